/**
 * First-visit mediation through signed Slack requests: the expert (or the secretariat) proposes
 * dates, the secretariat records the SME's answer on its behalf, the confirmed date becomes visit 1
 * and both sides are told; "none fits" goes back to the proposer; the App Home lists what waits.
 */
import { afterEach, describe, expect, it } from "vitest";
import { FIRST_VISIT_IDS } from "../../src/features/first-visits/first-visits-ids.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { lastDm, lastResponse, scheduleVisit, visitCase } from "../support/visit-fixtures.js";

const EXPERT = USERS.expert1.id;
const SEC = USERS.sec1.id;

const PLACE = "場所（住所・事業所名、オンラインの場合は会議ツール）";

async function openPropose(h: Harness, caseId: number, userId = EXPERT) {
  await h.driver.clickButton(userId, { actionId: FIRST_VISIT_IDS.proposeButton, value: String(caseId) });
  await h.settle();
  const view = h.fake.lastView(userId);
  expect(view?.view.callback_id, lastResponse(h)).toBe(FIRST_VISIT_IDS.proposeModal);
  return view!;
}

async function propose(h: Harness, caseId: number, slots: [string, string][], userId = EXPERT, extra = {}) {
  const view = await openPropose(h, caseId, userId);
  const values: Record<string, string> = { 訪問の方法: "訪問（対面）", [PLACE]: "本社会議室", ...extra };
  slots.forEach(([date, time], i) => {
    values[`候補${i + 1}の日付`] = date;
    values[`候補${i + 1}の開始時刻（日本時間）`] = time;
  });
  const res = await h.driver.submitView(userId, view, h.driver.fill(view, values));
  await h.settle();
  return res;
}

function channelMessage(h: Harness, proposalId: number) {
  return h.fake
    .messages(SECRETARIAT_CHANNEL)
    .find((m) => JSON.stringify(m.blocks ?? []).includes(`fv_proposal_${proposalId}`))!;
}

async function openRecord(h: Harness, proposalId: number, userId = SEC) {
  await h.driver.clickButton(userId, {
    actionId: FIRST_VISIT_IDS.recordAnswerButton,
    value: String(proposalId),
    message: channelMessage(h, proposalId),
  });
  await h.settle();
  return h.fake.lastView(userId)!;
}

async function homeText(h: Harness, userId = SEC) {
  await h.driver.appHomeOpened(userId);
  await h.settle();
  return JSON.stringify(h.fake.homeView(userId)?.view.blocks ?? []);
}

describe("first-visit mediation", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  it("the expert proposes two dates, the secretariat records the SME's choice: visit 1 is planned and both sides are told", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h, { approvedOn: "2019-09-20" });

    // Before any proposal the secretariat's Home lists the case with its days since approval.
    let home = await homeText(h);
    expect(home).toContain("初回訪問日が未確定の案件（1件）");
    expect(home).toContain("承認から *11日*");
    expect(home).toContain("候補日の提案なし");

    const res = await propose(h, c.id, [
      ["2019-10-08", "10:00"],
      ["2019-10-10", "14:00"],
    ]);
    expect(res.body?.response_action).not.toBe("errors");
    const p = await h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId: c.id } });
    expect(p).toMatchObject({ status: "open", proposedBy: EXPERT, proposedAs: "expert", mode: "onsite" });
    const posted = channelMessage(h, p.id);
    expect(posted.text).toContain("山田 太郎 さんが初回訪問の候補日を提案しました");
    expect(JSON.stringify(posted.blocks)).toContain("1) 10月8日(火) 10:00");
    expect(JSON.stringify(posted.blocks)).toContain("2) 10月10日(木) 14:00");
    expect(lastDm(h, EXPERT).text).toContain("候補日をSMEに提案しました");
    // No mail is written yet: only Slack posts (and no visit) came of the proposal.
    const kinds = await h.db.outboxMessage.findMany({ select: { kind: true } });
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(["post"]));
    expect(await h.db.visit.count({ where: { caseId: c.id } })).toBe(0);

    // Two days later the Home shows the proposal waiting for the SME.
    h.clock.set("2019-10-03T09:00:00");
    home = await homeText(h);
    expect(home).toContain("承認から *13日*");
    expect(home).toContain("2019/10/1 からSMEの回答待ち");
    expect(home).toContain(FIRST_VISIT_IDS.recordAnswerButton);

    // The SME phones: the second date suits. The secretariat records it on the SME's behalf.
    const modal = await openRecord(h, p.id);
    expect(modal.view.callback_id).toBe(FIRST_VISIT_IDS.recordAnswerModal);
    const values = h.driver.fill(modal, { SMEの回答: "2) 10月10日(木) 14:00", 回答を受けた方法: "電話" });
    const answered = await h.driver.submitView(SEC, modal, values);
    await h.settle();
    expect(answered.body?.response_action).not.toBe("errors");

    const visit = await h.db.visit.findFirstOrThrow({ where: { caseId: c.id, round: 1 } });
    expect(visit).toMatchObject({ status: "scheduled", mode: "onsite", place: "本社会議室" });
    expect(visit.scheduledAt?.toISOString()).toBe("2019-10-10T05:00:00.000Z");
    expect(await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "confirmed",
      chosenOption: 2,
      answeredVia: "secretariat",
      answeredBy: SEC,
      answerChannel: "phone",
      visitId: visit.id,
    });
    const dm = lastDm(h, EXPERT);
    expect(dm.text).toContain("初回訪問が 10月10日(木) 14:00 に確定しました");
    expect(JSON.stringify(dm.blocks)).toContain("SMEに代わって記録");
    const confirmedPost = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.text.includes("確定しました"));
    expect(confirmedPost?.text, JSON.stringify(h.fake.messages(SECRETARIAT_CHANNEL).map((m) => m.text))).toContain(
      "初回訪問が 10月10日(木) 14:00 に確定しました",
    );
    // The proposal's own message no longer offers to record an answer.
    const updated = channelMessage(h, p.id);
    expect(JSON.stringify(updated.blocks)).not.toContain(FIRST_VISIT_IDS.recordAnswerButton);
    expect(JSON.stringify(updated.blocks)).toContain("確定: 10月10日(木) 14:00");
    const audit = await h.db.auditLog.findMany({
      where: { entityType: "first_visit_proposal", entityId: String(p.id) },
    });
    expect(audit.map((a) => a.action)).toEqual(["first_visit.propose", "first_visit.confirm"]);

    // The Home no longer lists the case.
    home = await homeText(h);
    expect(home).toContain("初回訪問日が未確定の案件（0件）");

    // The same submission again, and the same answer through the service: nothing happens twice.
    const outboxBefore = await h.db.outboxMessage.count();
    const auditBefore = await h.db.auditLog.count();
    const again = await h.driver.submitView(SEC, modal, values, { skipClientChecks: true });
    await h.settle();
    expect(again.status).toBe(200);
    const sec = await h.services.roles.resolveActor(SEC);
    const repeat = await h.services.firstVisits.confirm({ kind: "secretariat", actor: sec, channel: "phone" }, p.id, 2);
    expect(repeat.repeated).toBe(true);
    expect(await h.db.visit.count({ where: { caseId: c.id } })).toBe(1);
    expect(await h.db.outboxMessage.count()).toBe(outboxBefore);
    expect(await h.db.auditLog.count()).toBe(auditBefore);
    // Another date on the answered proposal is refused with a clear reason.
    await expect(
      h.services.firstVisits.confirm({ kind: "secretariat", actor: sec, channel: "phone" }, p.id, 1),
    ).rejects.toThrow(/already confirmed/);
    expect(h.errors()).toEqual([]);
  });

  it("none fits: the expert is told the SME's note and proposes again from the DM", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);
    await propose(h, c.id, [["2019-10-08", "10:00"]]);
    const first = await h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId: c.id } });

    const modal = await openRecord(h, first.id);
    // "None fits" needs the SME's note: refused inline, nothing stored.
    let res = await h.driver.submitView(
      SEC,
      modal,
      h.driver.fill(modal, { SMEの回答: "どの日程も都合が合わない（別の日程を希望）", 回答を受けた方法: "メール" }),
    );
    expect(res.body.errors[FIRST_VISIT_IDS.blocks.answerNote]).toContain("SMEの希望");
    expect((await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("open");
    res = await h.driver.submitView(
      SEC,
      modal,
      h.driver.fill(modal, {
        SMEの回答: "どの日程も都合が合わない（別の日程を希望）",
        回答を受けた方法: "メール",
        SMEからのメモ: "火曜の午後なら都合がつきます <!channel>",
      }),
    );
    await h.settle();
    expect(res.body?.response_action).not.toBe("errors");
    expect(await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "declined",
      answerNote: "火曜の午後なら都合がつきます <!channel>",
    });
    const dm = lastDm(h, EXPERT);
    expect(dm.text).toContain("いずれも都合が合わない");
    const dmBlocks = JSON.stringify(dm.blocks);
    expect(dmBlocks).toContain("火曜の午後なら都合がつきます &lt;!channel&gt;");
    expect(dmBlocks).toContain(FIRST_VISIT_IDS.proposeButton);
    expect(await homeText(h)).toContain("SMEが別の日程を希望");
    expect(await h.db.visit.count({ where: { caseId: c.id } })).toBe(0);

    // The expert proposes again from the DM's button; the modal shows the SME's note.
    const view = await openPropose(h, c.id);
    expect(JSON.stringify(view.view.blocks)).toContain("火曜の午後なら都合がつきます");
    await propose(h, c.id, [
      ["2019-10-15", "14:00"],
      ["2019-10-23", "14:00"],
    ]);
    const second = await h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId: c.id, status: "open" } });
    expect(second.id).not.toBe(first.id);
    // The old proposal cannot be answered any more.
    const sec = await h.services.roles.resolveActor(SEC);
    await expect(
      h.services.firstVisits.confirm({ kind: "secretariat", actor: sec, channel: "phone" }, first.id, 1),
    ).rejects.toThrow(/asked for other dates/);
    expect(h.errors()).toEqual([]);
  });

  it("the secretariat proposes from the App Home; the expert is told; a newer proposal replaces the open one", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);
    await homeText(h);
    await propose(h, c.id, [["2019-10-09", "13:30"]], SEC, { 訪問の方法: "オンライン", [PLACE]: "Zoom" });
    const first = await h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId: c.id } });
    expect(first).toMatchObject({ proposedAs: "secretariat", mode: "online", place: "Zoom" });
    expect(lastDm(h, EXPERT).text).toContain("事務局が初回訪問の候補日をSMEに提案しました");
    expect(channelMessage(h, first.id).text).toContain(`事務局 <@${SEC}>が初回訪問の候補日を提案しました`);

    await propose(h, c.id, [["2019-10-11", "10:00"]], EXPERT);
    expect((await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("superseded");
    expect(JSON.stringify(channelMessage(h, first.id).blocks)).toContain("新しい候補日の提案に置き換えられました");
    const sec = await h.services.roles.resolveActor(SEC);
    await expect(
      h.services.firstVisits.confirm({ kind: "secretariat", actor: sec, channel: "fax" }, first.id, 1),
    ).rejects.toThrow(/replaced by a newer proposal/);
  });

  it("refuses bad dates inline, each next to its date, and stores nothing", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);
    const view = await openPropose(h, c.id);
    const submit = async (values: Record<string, string | null>) => {
      const res = await h.driver.submitView(EXPERT, view, h.driver.fill(view, values), { skipClientChecks: true });
      await h.settle();
      return res.body?.errors ?? {};
    };
    const base = { 訪問の方法: "訪問（対面）", [PLACE]: "本社" };
    // No date at all.
    let errors = await submit({ ...base, "候補1の開始時刻（日本時間）": null });
    expect(errors[FIRST_VISIT_IDS.dateBlock(1)]).toContain("候補日を1つ以上入力してください");
    // A Saturday, a past day and a day after the program, at once.
    errors = await submit({
      ...base,
      候補1の日付: "2019-10-05",
      "候補1の開始時刻（日本時間）": "10:00",
      候補2の日付: "2019-09-30",
      "候補2の開始時刻（日本時間）": "10:00",
      候補3の日付: "2020-02-03",
      "候補3の開始時刻（日本時間）": "10:00",
    });
    expect(errors[FIRST_VISIT_IDS.dateBlock(1)]).toContain("ルール「初回訪問の候補日は営業日に限る」");
    expect(errors[FIRST_VISIT_IDS.dateBlock(2)]).toContain("ルール「過去の日付には予定できない」");
    expect(errors[FIRST_VISIT_IDS.dateBlock(3)]).toContain("ルール「事業終了日より後は不可」");
    // A national holiday (体育の日), an hour already past today, and a day without a time.
    errors = await submit({
      ...base,
      候補1の日付: "2019-10-14",
      "候補1の開始時刻（日本時間）": "10:00",
      候補2の日付: "2019-10-01",
      "候補2の開始時刻（日本時間）": "09:00",
      候補3の日付: "2019-10-08",
    });
    expect(errors[FIRST_VISIT_IDS.dateBlock(1)]).toContain("営業日");
    expect(errors[FIRST_VISIT_IDS.dateBlock(2)]).toContain("09:00 はすでに過ぎています");
    expect(errors[FIRST_VISIT_IDS.dateBlock(3)]).toContain("開始時刻も選んでください");
    // Before the matching was approved (2019-09-10) is refused with that rule.
    h.clock.set("2019-09-02T10:00:00");
    errors = await submit({ ...base, 候補1の日付: "2019-09-05", "候補1の開始時刻（日本時間）": "10:00" });
    expect(errors[FIRST_VISIT_IDS.dateBlock(1)]).toContain("マッチング承認日より前は不可");
    h.clock.set("2019-10-01T10:00:00");
    // On site needs a place; the same date twice is refused.
    errors = await submit({ 訪問の方法: "訪問（対面）", [PLACE]: "", 候補1の日付: "2019-10-08" });
    expect(errors[FIRST_VISIT_IDS.blocks.place]).toContain("訪問先の場所");
    errors = await submit({
      ...base,
      候補1の日付: "2019-10-08",
      候補2の日付: "2019-10-08",
      "候補2の開始時刻（日本時間）": "10:00",
    });
    expect(errors[FIRST_VISIT_IDS.dateBlock(2)]).toContain("候補1と同じ日時です");
    // Four dates (possible only outside the modal, e.g. a later web form) are refused by the service.
    const actor = await h.services.roles.resolveActor(EXPERT);
    const four = ["2019-10-08", "2019-10-09", "2019-10-10", "2019-10-11"].map((date) => ({ date, time: "10:00" }));
    await expect(
      h.services.firstVisits.propose(actor, c.id, { slots: four, mode: "onsite", place: "本社", note: "" }),
    ).rejects.toMatchObject({ userMessage: { en: expect.stringContaining("at most 3 dates") } });
    expect(await h.db.firstVisitProposal.count()).toBe(0);
    expect(h.errors()).toEqual([]);
  });

  it("only the case's expert and the secretariat propose; only the secretariat records the answer", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);
    const { createExpert } = await import("../support/fixtures.js");
    await createExpert(h.db, { slackUserId: USERS.expert2.id, nameKanji: "鈴木 花子", nameKana: "すずき はなこ" });

    await h.driver.clickButton(USERS.expert2.id, { actionId: FIRST_VISIT_IDS.proposeButton, value: String(c.id) });
    await h.settle();
    expect(lastResponse(h)).toContain(`案件 #${c.id} はあなたの担当ではありません`);
    await h.driver.clickButton(USERS.outsider.id, { actionId: FIRST_VISIT_IDS.proposeButton, value: String(c.id) });
    await h.settle();
    expect(lastResponse(h)).toContain("事務局だけが行えます");

    await propose(h, c.id, [["2019-10-08", "10:00"]]);
    const p = await h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId: c.id } });
    await h.driver.clickButton(EXPERT, { actionId: FIRST_VISIT_IDS.recordAnswerButton, value: String(p.id) });
    await h.settle();
    expect(lastResponse(h)).toContain("事務局メンバーだけが行えます");
    // The SME's web answer is scoped to its own application: another application's id finds nothing.
    await expect(
      h.services.firstVisits.confirm({ kind: "sme_web", applicationId: c.applicationId + 1000 }, p.id, 1),
    ).rejects.toThrow(/Proposal not found/);
    expect((await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("open");

    // The SME itself (its signed page) confirms: the message says so.
    await h.services.firstVisits.confirm({ kind: "sme_web", applicationId: c.applicationId }, p.id, 1);
    await h.settle();
    expect(JSON.stringify(lastDm(h, EXPERT).blocks)).toContain("SMEがWebで回答");
  });

  it("scheduling visit 1 directly with /visit schedule closes the open proposal and the case leaves the list", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);
    await propose(h, c.id, [["2019-10-08", "10:00"]]);
    const p = await h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId: c.id } });
    await scheduleVisit(h, c.id, { date: "2019-10-09", time: "15:00" });
    expect((await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("closed");
    expect(JSON.stringify(channelMessage(h, p.id).blocks)).toContain("第1回の訪問が直接登録されたため終了しました");
    expect(await homeText(h)).toContain("初回訪問日が未確定の案件（0件）");
    // Proposing now is refused: visit 1 is planned.
    await h.driver.clickButton(EXPERT, { actionId: FIRST_VISIT_IDS.proposeButton, value: String(c.id) });
    await h.settle();
    expect(lastResponse(h)).toContain("第1回の訪問はすでに登録されています");
  });
});
