import { describe, expect, it } from "vitest";
import type { DbClient } from "../../../../src/db/client.js";
import type { CaseRecord } from "../../../../src/features/cases/cases-repository.js";
import { askForOtherDates, confirmFirstVisit } from "../../../../src/features/first-visits/answer-first-visit.js";
import type {
  AnswerBy,
  FirstVisitContext,
  FirstVisitStore,
} from "../../../../src/features/first-visits/first-visit-context.js";
import { FIRST_VISIT_IDS } from "../../../../src/features/first-visits/first-visits-ids.js";
import type { FirstVisitProposal } from "../../../../src/features/first-visits/first-visits-repository.js";
import type { Actor } from "../../../../src/features/roles/actor.js";
import type { Visit } from "../../../../src/features/visits/visits-repository.js";
import { ManualClock } from "../../../../src/lib/clock.js";

const B = FIRST_VISIT_IDS.blocks;
const AT = new Date("2026-05-01T00:00:00Z");
const secretariat: Actor = { userId: "U_SEC", locale: "ja", isSecretariat: true, expert: null };

const theCase: CaseRecord = {
  id: 50,
  programId: 1,
  applicationId: 10,
  status: "active",
  approvedOn: "2026-05-01",
  firstVisitTarget: null,
  completedOn: null,
  completionReason: null,
  terminatedOn: null,
  terminationReason: null,
  companyName: "株式会社サンプル",
  contactName: "山田 花子",
  expert: { id: 1, nameKanji: "田中 一郎", slackUserId: "U_EXPERT", qualification: "riss" },
};

function proposalOf(over: Partial<FirstVisitProposal> = {}): FirstVisitProposal {
  return {
    id: 7,
    caseId: 50,
    status: "open",
    proposedBy: "U_EXPERT",
    proposedAs: "expert",
    // 2026-05-20 10:00 and 2026-05-08 10:00, Japan time (the clock stands at 2026-05-11 10:00).
    options: JSON.stringify(["2026-05-20T01:00:00.000Z", "2026-05-08T01:00:00.000Z"]),
    mode: "onsite",
    place: "本社",
    noteToSme: "",
    chosenOption: null,
    answeredVia: null,
    answeredBy: null,
    answerChannel: null,
    answerNote: null,
    answeredAt: null,
    visitId: null,
    submissionKey: null,
    createdAt: AT,
    ...over,
  };
}

function visitOf(plan: { round: number; date: string; time: string }): Visit {
  return {
    id: 90,
    caseId: 50,
    round: plan.round,
    expertId: 1,
    status: "scheduled",
    scheduledAt: new Date(`${plan.date}T${plan.time}:00+09:00`),
    mode: "onsite",
    place: "本社",
    heldOn: null,
    durationMinutes: null,
    reportDueOn: null,
    changeReason: null,
    createdAt: AT,
    updatedAt: AT,
  };
}

/** The first-visit context over fakes: one proposal of case 50 (application 10), a recording notifier. */
function fake(p: FirstVisitProposal = proposalOf()) {
  const sent: string[] = [];
  const moves: string[] = [];
  const planned: string[] = [];
  let kicks = 0;
  const tx = {} as DbClient;
  const store: FirstVisitStore = {
    findProposal: async () => p,
    findCase: async () => theCase,
    listVisitsOfCase: async () => [],
    transitionProposal: async (_db, _id, from, data) => {
      moves.push(`${from.join("|")}→${data.status ?? "visit"}`);
      return true;
    },
    writeAudit: async () => {},
    findUserLocale: async () => "en",
  };
  const record = async (_tx: DbClient, key: string) => {
    sent.push(key);
    return true;
  };
  const ctx: FirstVisitContext = {
    db: { client: tx, transaction: (fn) => fn(tx) },
    store,
    clock: new ManualClock("2026-05-11T10:00:00"),
    notifier: { post: record, dm: record, update: record, kick: () => void kicks++ },
    channels: { secretariat: async () => "C_SEC" },
    visits: {
      planVisit: async (_tx, _c, plan) => {
        planned.push(`${plan.round} ${plan.date} ${plan.time} ${plan.mode}`);
        return visitOf(plan);
      },
    },
    mails: null,
  };
  return { ctx, sent, moves, planned, kicks: () => kicks };
}

const onWeb: AnswerBy = { kind: "sme_web", applicationId: 10 };

describe("the SME confirms a proposed date", () => {
  it("the date becomes visit 1; the channel, the expert and the proposal's message are told", async () => {
    const { ctx, sent, moves, planned, kicks } = fake();
    await expect(confirmFirstVisit(ctx, onWeb, 7, 1)).resolves.toMatchObject({ repeated: false, visitId: 90 });
    expect(planned).toEqual(["1 2026-05-20 10:00 onsite"]);
    expect(moves).toEqual(["open→confirmed", "confirmed→visit"]);
    expect(sent).toEqual(["fv:7:confirmed:sec-update", "fv:7:confirmed:sec", "fv:7:confirmed:expert"]);
    expect(kicks()).toBe(1);
  });

  it("the same answer again changes nothing", async () => {
    const { ctx, sent, planned, kicks } = fake(proposalOf({ status: "confirmed", chosenOption: 1, visitId: 90 }));
    await expect(confirmFirstVisit(ctx, onWeb, 7, 1)).resolves.toMatchObject({ repeated: true, visitId: 90 });
    expect([...sent, ...planned]).toEqual([]);
    expect(kicks()).toBe(0);
  });

  it("a proposal of another application is not found, like a missing one", async () => {
    const { ctx, moves } = fake();
    await expect(confirmFirstVisit(ctx, { kind: "sme_web", applicationId: 11 }, 7, 1)).rejects.toMatchObject({
      code: "not_found",
      userMessage: { ja: "候補日の提案が見つかりません。", en: "Proposal not found." },
    });
    expect(moves).toEqual([]);
  });

  it("a replaced proposal, a date that passed or one never proposed are refused", async () => {
    const replaced = fake(proposalOf({ status: "superseded" }));
    await expect(confirmFirstVisit(replaced.ctx, onWeb, 7, 1)).rejects.toMatchObject({
      code: "invalid_state",
      options: { field: B.answer },
      userMessage: { en: "These dates were replaced by a newer proposal; answer the latest one." },
    });
    const { ctx, planned } = fake();
    await expect(confirmFirstVisit(ctx, onWeb, 7, 2)).rejects.toMatchObject({
      userMessage: { en: "This date has already passed; propose new dates." },
    });
    await expect(confirmFirstVisit(ctx, onWeb, 7, 3)).rejects.toMatchObject({
      userMessage: { en: "Choose one of the proposed dates." },
    });
    expect(planned).toEqual([]);
  });

  it("a confirmed proposal names the date taken", async () => {
    const { ctx } = fake(proposalOf({ status: "confirmed", chosenOption: 1 }));
    await expect(confirmFirstVisit(ctx, onWeb, 7, 2)).rejects.toMatchObject({
      userMessage: {
        ja: "この提案はすでに確定しています（候補1）。日程を変える場合は案件ページの「日程変更」を使ってください。",
      },
    });
  });

  it("the secretariat records an answer only with how it came; others may not record", async () => {
    const { ctx } = fake();
    await expect(
      confirmFirstVisit(ctx, { kind: "secretariat", actor: secretariat, channel: null }, 7, 1),
    ).rejects.toMatchObject({ code: "invalid_input", options: { field: B.channel } });
    const expert: Actor = {
      userId: "U_EXPERT",
      locale: "ja",
      isSecretariat: false,
      expert: { id: 1, status: "active" },
    };
    await expect(
      confirmFirstVisit(ctx, { kind: "secretariat", actor: expert, channel: "phone" }, 7, 1),
    ).rejects.toMatchObject({
      code: "rule_violation",
      userMessage: {
        ja: "ルール「受理・差戻し・支払・完了・終了は事務局のみ」により受け付けられません。SMEの回答の記録は事務局メンバーだけが行えます。",
      },
    });
  });
});

describe("none of the dates suits the SME", () => {
  it("needs the SME's wishes", async () => {
    const { ctx, moves } = fake();
    await expect(askForOtherDates(ctx, onWeb, 7, "  ")).rejects.toMatchObject({
      code: "invalid_input",
      options: { field: B.answerNote },
    });
    expect(moves).toEqual([]);
  });

  it("the proposal is declined; the channel hears it, and the expert who proposed", async () => {
    const { ctx, moves, sent } = fake();
    await expect(askForOtherDates(ctx, onWeb, 7, " 火曜の午後 ")).resolves.toMatchObject({
      repeated: false,
      proposal: { status: "declined", answerNote: "火曜の午後" },
    });
    expect(moves).toEqual(["open→declined"]);
    expect(sent).toEqual(["fv:7:declined:sec-update", "fv:7:declined:sec", "fv:7:declined:expert"]);
  });

  it("a proposal the secretariat made: only the channel hears it", async () => {
    const { ctx, sent } = fake(proposalOf({ proposedAs: "secretariat", proposedBy: "U_SEC" }));
    await askForOtherDates(ctx, onWeb, 7, "火曜の午後");
    expect(sent).toEqual(["fv:7:declined:sec-update", "fv:7:declined:sec"]);
  });
});
