import { describe, expect, it } from "vitest";
import { choose, chooseOnWeb } from "../../../../src/features/matching/choose.js";
import { MATCHING_IDS } from "../../../../src/features/matching/matching-ids.js";
import { application, expert, fakeContext, proposal, secretariat, smeContact, stranger } from "./fakes.js";

const e1 = expert(1);
const e2 = expert(2, { nameKanji: "鈴木 一郎" });

/** A proposal of application 10 waiting for the SME's choice, and a store that lets it move on. */
function waiting(over: Parameters<typeof proposal>[3] = {}) {
  const moves: string[] = [];
  const fake = fakeContext({
    findProposal: async () => proposal(7, 10, [e1, e2], over),
    findMatchingApplication: async () => application(10, { status: "proposed" }),
    transitionProposal: async (_db, _id, from, data) => {
      moves.push(`proposal ${from}→${data.status}`);
      return true;
    },
    transitionApplication: async (_db, _id, from, data) => {
      moves.push(`application ${from}→${data.status}`);
      return true;
    },
  });
  return { ...fake, moves };
}

describe("the SME's choice", () => {
  it("the SME contact's click closes the proposal, moves the application to chosen and tells the channel", async () => {
    const { ctx, moves, audits, sent, kicks } = waiting();
    const result = await choose(ctx, smeContact, 7, 2, { via: "slack" });
    expect(result.expert.id).toBe(2);
    expect(result.application.status).toBe("chosen");
    expect(moves).toEqual(["proposal open→decided", "application proposed→chosen"]);
    expect(audits).toEqual(["matching.choose"]);
    expect(sent.map((s) => `${s.kind} ${s.key}`)).toEqual([
      "update proposal:7:sme:U_SME:decided",
      "update proposal:7:secretariat:chosen",
      "post proposal:7:secretariat:chosen:notice",
    ]);
    expect(sent[2].text).toBe("#10 株式会社サンプル: 鈴木 一郎 さんが選ばれました。内容を確認して承認してください。");
    expect(kicks()).toBe(1);
  });

  it("someone the candidates were not sent to is refused, and nothing changes", async () => {
    const { ctx, moves, sent } = waiting();
    await expect(choose(ctx, stranger, 7, 2, { via: "slack" })).rejects.toMatchObject({
      code: "forbidden",
      userMessage: { en: "These candidates were not sent to you, so you cannot choose among them." },
    });
    expect(moves).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("a choice after the proposal was decided is told who was chosen, and changes nothing", async () => {
    const { ctx, moves, sent } = waiting({ status: "decided", chosenExpertId: 1 });
    await expect(choose(ctx, smeContact, 7, 2, { via: "slack" })).rejects.toMatchObject({
      code: "already_done",
      userMessage: { ja: "この候補の案内はすでに選択済みです（専門家1 さん）。変更はありません。" },
    });
    expect(moves).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("a withdrawn proposal is closed for choices", async () => {
    const { ctx } = waiting({ status: "cancelled" });
    await expect(choose(ctx, smeContact, 7, 2, { via: "slack" })).rejects.toMatchObject({
      code: "already_done",
      userMessage: { en: "These candidates are closed already; nothing was changed." },
    });
  });

  it("the first choice wins: a click that loses the race to close the proposal is told it is decided", async () => {
    const { ctx, sent } = waiting();
    ctx.store.transitionProposal = async () => false;
    await expect(choose(ctx, smeContact, 7, 1, { via: "slack" })).rejects.toMatchObject({ code: "already_done" });
    expect(sent).toEqual([]);
  });

  it("an expert who is not among the candidates cannot be chosen", async () => {
    const { ctx } = waiting();
    await expect(choose(ctx, smeContact, 7, 99, { via: "slack" })).rejects.toMatchObject({
      code: "invalid_input",
      userMessage: { en: "That expert is not among these candidates." },
    });
  });

  it("the secretariat records a choice only with how it came and a date not in the future", async () => {
    const { ctx } = waiting();
    await expect(choose(ctx, secretariat, 7, 1, { via: "slack", contactedOn: "2026-05-11" })).resolves.toBeTruthy();
    const other = waiting();
    await expect(
      choose(other.ctx, secretariat, 7, 1, { via: "phone", contactedOn: "2026-05-12" }),
    ).rejects.toMatchObject({ code: "invalid_input", options: { field: MATCHING_IDS.blocks.contactedOn } });
    await expect(
      choose(other.ctx, smeContact, 7, 1, { via: "phone", contactedOn: "2026-05-10" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a recorded choice keeps the date and the channel in the application's note, in Japanese", async () => {
    const notes: (string | null | undefined)[] = [];
    const { ctx } = waiting();
    ctx.store.transitionApplication = async (_db, _id, _from, data) => {
      notes.push(data.chosenNote);
      return true;
    };
    await choose(ctx, secretariat, 7, 1, { via: "phone", contactedOn: "2026-05-10", note: " 田中様より " });
    expect(notes).toEqual(["2026/5/10 電話: 田中様より"]);
  });

  it("on the web, a link opens only its own application's proposal", async () => {
    const { ctx, moves } = waiting();
    await expect(chooseOnWeb(ctx, 11, 7, 1, "en")).rejects.toMatchObject({ code: "forbidden" });
    expect(moves).toEqual([]);
    const ok = waiting();
    await chooseOnWeb(ok.ctx, 10, 7, 1, "en");
    expect(ok.sent.at(-1)?.text).toBe(
      "#10 株式会社サンプル: 専門家1 さんが選ばれました（SMEがWebで選択）。内容を確認して承認してください。",
    );
  });
});
