import { afterEach, describe, expect, it } from "vitest";
import { HONORARIA_IDS } from "../../src/features/honoraria/honoraria-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { createApplication, createCase } from "../support/fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import {
  acceptReport,
  activeVisit,
  lastDm,
  lastResponse,
  latestReport,
  openReport,
  reportValues,
  reviewMessage,
  scheduleVisit,
  submitReport,
  visitCase,
} from "../support/visit-fixtures.js";

const EXPERT = USERS.expert1.id;
const SEC = USERS.sec1.id;

describe("visits: a whole case", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  it("four visits, a returned report revised, acceptance, honoraria paid, the case completed", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);

    // The expert's list says what to do next.
    await h.driver.command(EXPERT, "/visit", "");
    await h.settle();
    expect(lastResponse(h)).toContain("第1回の訪問を予定してください");

    // Round 1: planned through `/visit schedule` (the only case: the modal opens at once).
    await h.driver.command(EXPERT, "/visit", "schedule");
    await h.settle();
    const modal = h.fake.lastView(EXPERT)!;
    expect(modal.view.callback_id).toBe(VISIT_IDS.scheduleModal);
    const round = modal.view.blocks.find((b: any) => b.block_id === "round");
    expect(round.element.initial_option.value).toBe("1");
    await h.driver.submitView(
      EXPERT,
      modal,
      h.driver.fill(modal, {
        訪問日: "2019-10-08",
        "開始時刻（日本時間）": "14:00",
        訪問の方法: "訪問（対面）",
        "場所（住所・事業所名、オンラインの場合は会議ツール）": "名古屋市中区1-2-3 本社",
      }),
    );
    await h.settle();
    const v1 = await activeVisit(h, c.id, 1);
    expect(v1.status).toBe("scheduled");
    expect(v1.scheduledAt?.toISOString()).toBe("2019-10-08T05:00:00.000Z");
    expect(lastDm(h, EXPERT).text).toContain("第1回訪問を登録しました");

    // Round 2 cannot be planned before round 1 is held: the refusal names the rule.
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.scheduleNextButton, value: String(c.id) });
    await h.settle();
    expect(lastResponse(h)).toContain("ルール「訪問は回の順番どおり」");

    // The visit takes place; the expert writes the report with the 25-item checklist.
    h.clock.set("2019-10-08T18:00:00");
    let view = await openReport(h, v1.id);
    expect(view.view.blocks.filter((b: any) => /^check_\d+$/.test(b.block_id))).toHaveLength(25);
    expect(view.view.blocks.length).toBeLessThanOrEqual(100);
    await submitReport(h, view, 1, { 実施日: "2019-10-08" });
    const r1 = await latestReport(h, v1.id);
    expect(r1).toMatchObject({ version: 1, status: "submitted" });
    const stored = JSON.parse(r1.content);
    expect(stored.content.selfDiagnosis).toMatchObject({ mode: "items", max: 100 });
    expect(stored.content.selfDiagnosis.categories).toHaveLength(3);
    // Held on Tue 10/8; 10/14 is 体育の日: five business days later is Wed 10/16.
    expect(await activeVisit(h, c.id, 1)).toMatchObject({ status: "held", reportDueOn: "2019-10-16" });
    expect(reviewMessage(h, r1.id).text).toContain("株式会社サンプル製作所");
    expect(lastDm(h, EXPERT).text).toContain("提出しました");

    // The secretariat returns it with a comment; the expert gets the comment and a revise button.
    await h.driver.clickButton(SEC, {
      actionId: VISIT_IDS.returnReportButton,
      value: String(r1.id),
      message: reviewMessage(h, r1.id),
    });
    await h.settle();
    const ret = h.fake.lastView(SEC)!;
    await h.driver.submitView(SEC, ret, h.driver.fill(ret, { 修正してほしい点: "リスクの優先度を追記してください。" }));
    await h.settle();
    expect((await latestReport(h, v1.id)).status).toBe("returned");
    const returnedDm = lastDm(h, EXPERT);
    expect(returnedDm.text).toContain("リスクの優先度を追記してください。");
    expect(JSON.stringify(returnedDm.blocks)).toContain(VISIT_IDS.reviseReportButton);
    expect(JSON.stringify(reviewMessage(h, r1.id).blocks)).not.toContain(VISIT_IDS.acceptReportButton);

    // Revision: the modal comes back filled in, with the comment; a second version is submitted.
    await h.driver.clickButton(EXPERT, {
      actionId: VISIT_IDS.reviseReportButton,
      value: String(r1.id),
      message: { channel: EXPERT, ts: returnedDm.ts },
    });
    await h.settle();
    view = h.fake.lastView(EXPERT)!;
    expect(JSON.stringify(view.view.blocks)).toContain("リスクの優先度を追記してください。");
    const attendees = view.view.blocks.find((b: any) => b.block_id === "attendees");
    expect(attendees.element.initial_value).toBe("代表取締役 田中様、総務課長 佐藤様");
    await submitReport(h, view, 1, {
      実施日: "2019-10-08",
      "把握した課題・リスク": "優先度: 高 パスワード、中 バックアップ",
    });
    const r1v2 = await latestReport(h, v1.id);
    expect(r1v2).toMatchObject({ version: 2, status: "submitted" });
    expect(await h.db.visitReport.count({ where: { visitId: v1.id } })).toBe(2);

    // Only the secretariat accepts: the expert's click is refused with the rule, nothing changes.
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.acceptReportButton, value: String(r1v2.id) });
    await h.settle();
    expect(lastResponse(h)).toContain("ルール「受理・差戻し・支払・完了・終了は事務局のみ」");
    expect((await latestReport(h, v1.id)).status).toBe("submitted");

    await acceptReport(h, r1v2.id);
    expect((await latestReport(h, v1.id)).status).toBe("accepted");
    expect(lastDm(h, EXPERT).text).toContain("受理されました");
    expect(await h.db.honorariumLine.findUniqueOrThrow({ where: { visitId: v1.id } })).toMatchObject({
      amountYen: 30000,
      status: "payable",
    });

    // Rounds 2–4.
    const plan = [
      { round: 2, date: "2019-10-23", held: "2019-10-23T17:00:00" },
      { round: 3, date: "2019-11-06", held: "2019-11-06T17:00:00" },
      { round: 4, date: "2019-11-20", held: "2019-11-20T17:00:00" },
    ];
    for (const p of plan) {
      await scheduleVisit(h, c.id, { date: p.date });
      const v = await activeVisit(h, c.id, p.round);
      expect(v.status).toBe("scheduled");
      h.clock.set(p.held);
      const form = await openReport(h, v.id);
      const res = await submitReport(h, form, p.round, { 実施日: p.date });
      expect(res.body?.response_action).toBeUndefined();
      await acceptReport(h, (await latestReport(h, v.id)).id);
    }
    const finalReport = JSON.parse((await latestReport(h, (await activeVisit(h, c.id, 4)).id)).content).content;
    expect(finalReport).toMatchObject({ finalScore: 82, securityAction: "two_stars" });
    const done = await h.db.case.findUniqueOrThrow({ where: { id: c.id } });
    expect(done).toMatchObject({ status: "completed", completedOn: "2019-11-20", completionReason: null });
    expect(h.fake.messages(EXPERT).some((m) => m.text.includes("指導が完了しました"))).toBe(true);
    // Completion sends the expert survey at once.
    expect(await h.db.surveyResponse.count({ where: { caseId: c.id, audience: "expert" } })).toBe(1);
    expect(h.fake.messages(EXPERT).some((m) => JSON.stringify(m.blocks ?? []).includes("survey"))).toBe(true);

    // Honoraria: four payable lines, paid in one batch; the expert gets the payment notice (PDF).
    await h.driver.command(SEC, "/desk", "honoraria");
    await h.settle();
    expect(lastResponse(h)).toContain("支払待ちの謝金: 4件 合計 120,000円");
    await h.driver.clickButton(SEC, { actionId: HONORARIA_IDS.openPayButton, value: "pay" });
    await h.settle();
    const pay = h.fake.lastView(SEC)!;
    const options = await h.driver.suggest(SEC, {
      actionId: HONORARIA_IDS.expertOptions,
      blockId: "experts",
      value: "",
      view: pay,
    });
    expect(options.options[0].text.text).toContain("山田 太郎");
    const values = h.driver.fill(pay, { 支払日: "2019-11-29", "メモ（振込の件名など）": "11月分" });
    await Promise.all([h.driver.submitView(SEC, pay, values), h.driver.submitView(SEC, pay, values)]);
    await h.settle();
    expect(await h.db.honorariumBatch.count()).toBe(1);
    expect(await h.db.honorariumLine.count({ where: { status: "paid" } })).toBe(4);
    const notices = h.fake.files().filter((f) => f.filename.endsWith(".pdf"));
    expect(notices).toHaveLength(1);
    // 120,000円 less 10.21 % withheld (12,252円).
    expect(notices[0].initial_comment).toContain("差引支払額 107,748円");

    await h.driver.command(EXPERT, "/visit", "honoraria");
    await h.settle();
    expect(lastResponse(h)).toContain("支払済み *120,000円*");

    // The case page shows the whole timeline.
    await h.driver.command(EXPERT, "/visit", `case ${c.id}`);
    await h.settle();
    const page = JSON.stringify(h.fake.lastView(EXPERT)!.view.blocks);
    expect(page).toContain("完了");
    expect(page).toContain("第1版 差戻し（修正待ち） → 第2版 受理");
    expect(page).toContain("支払済み 120,000円");
  });
});

describe("visits: rules", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  it("each rule's refusal names the rule, and a refused report is kept as a draft", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);

    // After the program end date.
    let res = await scheduleVisit(h, c.id, { date: "2020-02-03" });
    expect(res.body.errors.date).toContain("ルール「事業終了日より後は不可」");
    // In the past.
    res = await scheduleVisit(h, c.id, { date: "2019-09-30" });
    expect(res.body.errors.date).toContain("ルール「過去の日付には予定できない」");
    // Out of order: round 3 chosen for a case with no visit yet.
    res = await scheduleVisit(h, c.id, { date: "2019-10-08", round: 3 });
    expect(res.body.errors.round).toContain("ルール「訪問は回の順番どおり」");
    expect(await h.db.visit.count()).toBe(0);

    await scheduleVisit(h, c.id, { date: "2019-10-08" });
    const v1 = await activeVisit(h, c.id, 1);
    h.clock.set("2019-10-09T09:00:00");
    // Mark round 1 held, then plan round 2.
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.heldButton, value: String(v1.id) });
    await h.settle();
    const held = h.fake.lastView(EXPERT)!;
    await h.driver.submitView(EXPERT, held, h.driver.fill(held, { 実施日: "2019-10-08", "所要時間（分）": "90" }));
    await h.settle();
    expect(await activeVisit(h, c.id, 1)).toMatchObject({ status: "held", durationMinutes: 90 });
    expect(lastDm(h, EXPERT).text).toContain("報告書の期限は 2019/10/16");
    await scheduleVisit(h, c.id, { date: "2019-10-15" });
    const v2 = await activeVisit(h, c.id, 2);

    h.clock.set("2019-10-16T09:00:00");
    // Round 2's report before round 1's is submitted.
    await openReport(h, v2.id);
    expect(lastResponse(h)).toContain("ルール「報告書は回の順番どおり」");

    // Someone else's case.
    await visitCase(h, { slackUserId: USERS.expert2.id, company: "他社株式会社" });
    await openReport(h, v1.id, "log", USERS.expert2.id);
    expect(lastResponse(h)).toContain("ルール「報告書は担当専門家のみ」");
    // The secretariat does not write reports either.
    await openReport(h, v1.id, "log", SEC);
    expect(lastResponse(h)).toContain("ルール「報告書は担当専門家のみ」");

    // Logging round 1 in the future, on round 2's day, before the matching: each refused by its rule.
    const view = await openReport(h, v1.id);
    for (const [day, rule] of [
      ["2019-10-20", "未来の訪問は記録できない"],
      ["2019-10-15", "同じ案件の訪問は同じ日に1回まで"],
      ["2019-09-05", "マッチング承認日より前は不可"],
    ] as const) {
      const r = await h.driver.submitView(EXPERT, view, h.driver.fill(view, reportValues(view, 1, { 実施日: day })));
      await h.settle();
      expect(r.body.response_action).toBe("errors");
      expect(r.body.errors.held_on).toContain(`ルール「${rule}」`);
    }
    // A problem found on the server (checklist half answered) keeps what was typed as a draft.
    const half = reportValues(view, 1, { 実施日: "2019-10-08", "把握した課題・リスク": "途中まで書いた所見" });
    for (const label of Object.keys(half)) if (/^([3-9]|1\d|2\d)\. /.test(label)) half[label] = null;
    const r = await h.driver.submitView(EXPERT, view, h.driver.fill(view, half));
    expect(r.body.errors.check_3).toContain("未回答の項目があります（3, 4, 5");
    const draft = await latestReport(h, v1.id);
    expect(draft.status).toBe("draft");
    expect(JSON.parse(draft.content).form.findings).toBe("途中まで書いた所見");
    expect(h.fake.messages(SECRETARIAT_CHANNEL).filter((m) => m.text.includes("支援実施報告書"))).toHaveLength(0);
  });

  it("a draft saved and resumed; a report submitted twice makes one version", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);
    await scheduleVisit(h, c.id, { date: "2019-10-08" });
    const v1 = await activeVisit(h, c.id, 1);
    h.clock.set("2019-10-08T20:00:00");

    let view = await openReport(h, v1.id);
    const partial = h.driver.fill(view, {
      "先方の出席者（役職・氏名）": "代表 田中様",
      "把握した課題・リスク": "書きかけの所見",
    });
    // Slack fails to refresh the modal: the draft is saved all the same, and the expert is told so.
    h.fake.failNext("views.update", { status: 500 });
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.saveDraftButton, view, values: partial });
    await h.settle();
    expect((await latestReport(h, v1.id)).status).toBe("draft");
    expect(
      JSON.stringify(h.fake.responses().map((r) => r.body)) +
        JSON.stringify(h.fake.messages(EXPERT).map((m) => m.text)),
    ).toContain("下書きは保存しました");
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.saveDraftButton, view, values: partial });
    await h.settle();
    view = h.fake.lastView(EXPERT)!;
    expect(JSON.stringify(view.view.blocks)).toContain("下書きを保存しました");
    await h.driver.closeView(EXPERT, view);
    expect((await latestReport(h, v1.id)).status).toBe("draft");

    // Later: `/visit log` opens the draft with everything typed.
    await h.driver.command(EXPERT, "/visit", "log");
    await h.settle();
    view = h.fake.lastView(EXPERT)!;
    const findings = view.view.blocks.find((b: any) => b.block_id === "findings");
    expect(findings.element.initial_value).toBe("書きかけの所見");
    expect(JSON.stringify(view.view.blocks)).toContain("下書き保存");

    const values = h.driver.fill(
      view,
      reportValues(view, 1, { 実施日: "2019-10-08", "把握した課題・リスク": "書きかけの所見（完成）" }),
    );
    await Promise.all([h.driver.submitView(EXPERT, view, values), h.driver.submitView(EXPERT, view, values)]);
    await h.settle();
    const reports = await h.db.visitReport.findMany({ where: { visitId: v1.id } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ version: 1, status: "submitted", submissionKey: view.id });
    expect(h.fake.messages(SECRETARIAT_CHANNEL).filter((m) => m.text.includes("支援実施報告書"))).toHaveLength(1);

    // The secretariat's App Home lists it with the decision buttons; the expert's shows it in review.
    await h.driver.appHomeOpened(SEC);
    await h.settle();
    const home = JSON.stringify(h.fake.homeView(SEC)!.view.blocks);
    expect(home).toContain("確認待ちの報告書（1件）");
    expect(home).toContain(VISIT_IDS.acceptReportButton);
    await h.driver.appHomeOpened(EXPERT);
    await h.settle();
    expect(JSON.stringify(h.fake.homeView(EXPERT)!.view.blocks)).toContain("第1回の報告書は事務局の確認待ちです");
  });
});

describe("visits: a visit held without a plan in the app", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  it("`/visit log` offers the unplanned round; `/visit schedule` for a past day points to `/visit log`", async () => {
    h = await startHarness({ now: "2019-10-10T10:00:00" });
    const { case: c } = await visitCase(h);

    // Planning the visit that already happened is refused, and the refusal names the path that works.
    const res = await scheduleVisit(h, c.id, { date: "2019-10-09" });
    expect(res.body.errors.date).toContain("ルール「過去の日付には予定できない」");
    expect(res.body.errors.date).toContain("`/visit log`");
    expect(res.body.errors.date).not.toContain("「報告書を書く」から");

    // No visit in the app: `/visit log` opens the report of round 1 held without a plan.
    await h.driver.command(EXPERT, "/visit", "log");
    await h.settle();
    const view = h.fake.lastView(EXPERT)!;
    expect(view.view.callback_id).toBe(VISIT_IDS.reportModal);
    expect(JSON.stringify(view.view.blocks)).toContain("第1回");
    expect(await h.db.visit.count()).toBe(0);
    const sent = await submitReport(h, view, 1, { 実施日: "2019-10-09" });
    expect(sent.body?.response_action).not.toBe("errors");
    const v1 = await activeVisit(h, c.id, 1);
    expect(v1).toMatchObject({ status: "held", heldOn: "2019-10-09", scheduledAt: null });
    expect(await latestReport(h, v1.id)).toMatchObject({ version: 1, status: "submitted" });

    // With the case number, and round 1's report in: round 2 is offered the same way.
    await h.driver.command(EXPERT, "/visit", `log ${c.id}`);
    await h.settle();
    const next = h.fake.lastView(EXPERT)!;
    expect(next.view.callback_id).toBe(VISIT_IDS.reportModal);
    expect(next.view.id).not.toBe(view.view.id);
    expect(JSON.stringify(next.view.blocks)).toContain("第2回");

    // Someone else's case number is refused by its rule.
    await visitCase(h, { slackUserId: USERS.expert2.id, company: "他社株式会社" });
    await h.driver.command(USERS.expert2.id, "/visit", `log ${c.id}`);
    await h.settle();
    expect(lastResponse(h)).toContain("ルール「報告書は担当専門家のみ」");
  });

  it("with two cases to log, `/visit log` lists the unplanned rounds as buttons; English too", async () => {
    h = await startHarness({ now: "2019-10-10T10:00:00" });
    const EN = USERS.english.id;
    const { case: a, expert } = await visitCase(h, { slackUserId: EN, company: "Alpha株式会社" });
    const application = await createApplication(h.db, { company: { name: "Beta株式会社" } });
    const b = await createCase(h.db, {
      applicationId: application.id,
      expertId: expert.id,
      approvedOn: "2019-09-10",
      approvedAt: new Date("2019-09-10T01:00:00Z"),
    });

    await h.driver.command(EN, "/visit", "log");
    await h.settle();
    const reply = h.fake.responses().at(-1)!.body as any;
    expect(reply.text).toBe("Which visit is the report for?");
    const buttons = reply.blocks.flatMap((x: any) => (x.accessory ? [x.accessory] : []));
    expect(buttons.map((x: any) => [x.action_id, x.value, x.text.text])).toEqual([
      [VISIT_IDS.logUnplannedButton, `${a.id}:1`, "Log visit 1 held without a plan"],
      [VISIT_IDS.logUnplannedButton, `${b.id}:1`, "Log visit 1 held without a plan"],
    ]);

    // The case number picks one: the English report modal for round 1.
    await h.driver.command(EN, "/visit", `log ${b.id}`);
    await h.settle();
    const view = h.fake.lastView(EN)!;
    expect(view.view.callback_id).toBe(VISIT_IDS.reportModal);
    expect(view.view.title.text).toBe("Visit report");

    await h.driver.clickButton(EN, { actionId: VISIT_IDS.scheduleNextButton, value: String(a.id) });
    await h.settle();
    const plan = h.fake.lastView(EN)!;
    const res = await h.driver.submitView(
      EN,
      plan,
      h.driver.fill(plan, {
        "Date of the visit": "2019-10-09",
        "Start time (Japan time)": "10:00",
        How: "On site",
        "Place (address, or the meeting tool if online)": "Head office",
      }),
    );
    expect(res.body.errors.date).toContain("is in the past");
    expect(res.body.errors.date).toContain("`/visit log`");
  });
});

describe("visits: completing after three visits, terminating", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  /** Rounds 1..n held with accepted reports, straight into the database. */
  async function heldRounds(caseId: number, expertId: number, n: number) {
    for (let r = 1; r <= n; r++) {
      const day = `2019-10-${String(r * 7).padStart(2, "0")}`;
      const v = await h.db.visit.create({
        data: { caseId, round: r, expertId, status: "held", heldOn: day, durationMinutes: 120, reportDueOn: day },
      });
      await h.db.visitReport.create({
        data: { visitId: v.id, version: 1, status: "accepted", content: JSON.stringify({ form: {} }) },
      });
    }
  }

  it("the secretariat completes a case after round 3 with a reason; the expert is told", async () => {
    h = await startHarness({ now: "2019-11-01T10:00:00" });
    const { case: c, expert } = await visitCase(h);
    await heldRounds(c.id, expert.id, 2);

    await h.driver.command(SEC, "/desk", `case ${c.id}`);
    await h.settle();
    const page = h.fake.lastView(SEC)!;
    // Before round 3 is accepted, completion is refused.
    await h.driver.clickButton(SEC, { actionId: VISIT_IDS.completeCaseButton, value: String(c.id), view: page });
    await h.settle();
    let reason = h.fake.lastView(SEC)!;
    const early = await h.driver.submitView(SEC, reason, h.driver.fill(reason, { 理由: "3回で完了" }));
    expect(early.body.errors.reason).toContain("第3回の報告書が受理されていない");

    const v3 = await h.db.visit.create({
      data: { caseId: c.id, round: 3, expertId: expert.id, status: "held", heldOn: "2019-10-28" },
    });
    await h.db.visitReport.create({ data: { visitId: v3.id, version: 1, status: "accepted", content: "{}" } });
    await scheduleVisit(h, c.id, { date: "2019-11-15" });

    // An expert cannot complete the case.
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.completeCaseButton, value: String(c.id) });
    await h.settle();
    expect(lastResponse(h)).toContain("ルール「受理・差戻し・支払・完了・終了は事務局のみ」");

    await h.driver.command(SEC, "/desk", `case ${c.id}`);
    await h.settle();
    await h.driver.clickButton(SEC, {
      actionId: VISIT_IDS.completeCaseButton,
      value: String(c.id),
      view: h.fake.lastView(SEC)!,
    });
    await h.settle();
    reason = h.fake.lastView(SEC)!;
    const res = await h.driver.submitView(
      SEC,
      reason,
      h.driver.fill(reason, { 理由: "3回の訪問ですべてのカリキュラムを終えたため" }),
    );
    expect(res.body).toEqual({ response_action: "clear" });
    await h.settle();
    expect(await h.db.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "completed",
      completedOn: "2019-11-01",
      completionReason: "3回の訪問ですべてのカリキュラムを終えたため",
    });
    expect((await h.db.visit.findFirstOrThrow({ where: { caseId: c.id, round: 4 } })).status).toBe("cancelled");
    expect(await h.db.surveyResponse.count({ where: { caseId: c.id, audience: "expert" } })).toBe(1);
    expect(lastDm(h, EXPERT).text).toContain("3回の訪問ですべてのカリキュラムを終えたため");
    // A closed case takes no more visits.
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.scheduleNextButton, value: String(c.id) });
    await h.settle();
    expect(lastResponse(h)).toContain("ルール「完了・終了した案件は変更できない」");
  });

  it("the secretariat terminates a case at any time with a reason; planned visits are cancelled", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);
    await scheduleVisit(h, c.id, { date: "2019-10-10" });
    await h.driver.clickButton(SEC, { actionId: VISIT_IDS.terminateCaseButton, value: String(c.id) });
    await h.settle();
    const reason = h.fake.lastView(SEC)!;
    const blank = await h.driver.submitView(SEC, reason, h.driver.fill(reason, { 理由: " " }));
    expect(blank.body.errors.reason).toContain("理由");
    await h.driver.submitView(SEC, reason, h.driver.fill(reason, { 理由: "先方の事業譲渡により継続できなくなった" }));
    await h.settle();
    expect(await h.db.case.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      status: "terminated",
      terminatedOn: "2019-10-01",
      terminationReason: "先方の事業譲渡により継続できなくなった",
    });
    expect((await activeVisit(h, c.id, 1).catch(() => null)) ?? null).toBeNull();
    expect(lastDm(h, EXPERT).text).toContain("途中終了");
    expect(lastDm(h, EXPERT).text).toContain("先方の事業譲渡により継続できなくなった");
  });
});

describe("visits: report due dates across holidays", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  it("a visit on 12/27 is due 1/10 (year-end closure); one on 1/8 is due 1/16 (成人の日)", async () => {
    h = await startHarness({ now: "2019-12-27T09:00:00" });
    const { case: c } = await visitCase(h, { approvedOn: "2019-12-02" });
    await scheduleVisit(h, c.id, { date: "2019-12-27", time: "10:00" });
    const v1 = await activeVisit(h, c.id, 1);
    h.clock.set("2019-12-27T17:00:00");
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.heldButton, value: String(v1.id) });
    await h.settle();
    let held = h.fake.lastView(EXPERT)!;
    await h.driver.submitView(EXPERT, held, h.driver.fill(held, { 実施日: "2019-12-27" }));
    await h.settle();
    expect((await activeVisit(h, c.id, 1)).reportDueOn).toBe("2020-01-10");

    await scheduleVisit(h, c.id, { date: "2020-01-08" });
    const v2 = await activeVisit(h, c.id, 2);
    h.clock.set("2020-01-08T18:00:00");
    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.heldButton, value: String(v2.id) });
    await h.settle();
    held = h.fake.lastView(EXPERT)!;
    await h.driver.submitView(EXPERT, held, h.driver.fill(held, { 実施日: "2020-01-08" }));
    await h.settle();
    expect((await activeVisit(h, c.id, 2)).reportDueOn).toBe("2020-01-16");

    await h.driver.command(EXPERT, "/visit", "list");
    await h.settle();
    expect(lastResponse(h)).toContain("第1回の報告書を書いてください（期限 2020/1/10）");
  });
});

describe("visits: rescheduling, cancelling and deliverables", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  it("a planned visit is moved and cancelled with reasons; deliverables are handed in and reviewed", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h);
    await scheduleVisit(h, c.id, { date: "2019-10-08" });
    const v1 = await activeVisit(h, c.id, 1);

    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.rescheduleButton, value: String(v1.id) });
    await h.settle();
    const move = h.fake.lastView(EXPERT)!;
    await h.driver.submitView(
      EXPERT,
      move,
      h.driver.fill(move, { 訪問日: "2019-10-10", 訪問の方法: "オンライン", 変更の理由: "先方の都合" }),
    );
    await h.settle();
    const moved = await activeVisit(h, c.id, 1);
    expect(moved).toMatchObject({ mode: "online", changeReason: "先方の都合" });
    expect(moved.scheduledAt?.toISOString()).toBe("2019-10-10T01:00:00.000Z");
    expect(lastDm(h, EXPERT).text).toContain("先方の都合");

    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.cancelButton, value: String(v1.id) });
    await h.settle();
    const cancel = h.fake.lastView(EXPERT)!;
    await h.driver.submitView(EXPERT, cancel, h.driver.fill(cancel, { 取消しの理由: "担当者の急病" }));
    await h.settle();
    expect((await h.db.visit.findUniqueOrThrow({ where: { id: v1.id } })).status).toBe("cancelled");
    // The round can be planned again.
    await scheduleVisit(h, c.id, { date: "2019-10-17" });
    expect((await activeVisit(h, c.id, 1)).id).not.toBe(v1.id);

    // A deliverable handed in as a link.
    await h.driver.command(EXPERT, "/visit", "deliverable");
    await h.settle();
    const form = h.fake.lastView(EXPERT)!;
    const noLink = await h.driver.submitView(
      EXPERT,
      form,
      h.driver.fill(form, { 成果物の種類: "情報セキュリティ基本方針" }),
    );
    expect(noLink.body.errors.url).toContain("リンク");
    await h.driver.submitView(
      EXPERT,
      form,
      h.driver.fill(form, {
        成果物の種類: "情報セキュリティ基本方針",
        タイトル: "基本方針 第1版",
        "リンク（共有ストレージのURLなど）": "https://files.example.jp/policy-v1.docx",
      }),
    );
    await h.settle();
    const d = await h.db.deliverable.findFirstOrThrow({ where: { caseId: c.id } });
    expect(d).toMatchObject({
      kind: "basic_policy",
      status: "submitted",
      url: "https://files.example.jp/policy-v1.docx",
    });
    const msg = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.text.includes("成果物"))!;
    expect(msg.text).toContain("情報セキュリティ基本方針");

    await h.driver.clickButton(EXPERT, { actionId: VISIT_IDS.acceptDeliverableButton, value: String(d.id) });
    await h.settle();
    expect(lastResponse(h)).toContain("ルール「受理・差戻し・支払・完了・終了は事務局のみ」");
    await h.driver.clickButton(SEC, {
      actionId: VISIT_IDS.acceptDeliverableButton,
      value: String(d.id),
      message: msg,
    });
    await h.settle();
    expect((await h.db.deliverable.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("accepted");
    expect(lastDm(h, EXPERT).text).toContain("受理されました");

    await h.driver.command(SEC, "/desk", `case ${c.id}`);
    await h.settle();
    const page = h.fake.lastView(SEC)!;
    expect(JSON.stringify(page.view.blocks)).toContain("情報セキュリティ基本方針「基本方針 第1版」 — 受理");
    expect(JSON.stringify(page.view.blocks)).toContain("担当者の急病");
  });

  it("speaks English to an English-locale expert", async () => {
    h = await startHarness({ now: "2019-10-01T10:00:00" });
    const { case: c } = await visitCase(h, { slackUserId: USERS.english.id });
    await h.driver.command(USERS.english.id, "/visit", "list");
    await h.settle();
    expect(lastResponse(h)).toContain("Schedule visit 1");
    await h.driver.clickButton(USERS.english.id, { actionId: VISIT_IDS.scheduleNextButton, value: String(c.id) });
    await h.settle();
    expect(h.fake.lastView(USERS.english.id)!.view.title.text).toBe("Schedule a visit");
  });
});
