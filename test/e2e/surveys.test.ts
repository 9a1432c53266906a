import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_EXPERT_QUESTIONS, DEFAULT_SME_QUESTIONS } from "../../src/features/surveys/default-questions.js";
import { importSurveyAnswers } from "../../src/features/surveys/survey-admin.js";
import { surveyReport } from "../../src/features/surveys/survey-report.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import type { FillValue } from "../support/slack-driver.js";
import { createActiveExpert, createCase } from "../support/survey-fixtures.js";

const label = (questions: typeof DEFAULT_EXPERT_QUESTIONS, id: string) => questions.find((q) => q.id === id)!.label.ja;
const E = (id: string) => label(DEFAULT_EXPERT_QUESTIONS, id);
const S = (id: string) => label(DEFAULT_SME_QUESTIONS, id);

/** An expert's answers by question label, as a person fills the modal. */
const EXPERT_ANSWERS: Record<string, FillValue> = {
  [E("mgmt_motivation")]: "向上した",
  [E("staff_motivation")]: "わからない",
  [E("continuation")]: "継続実施が見込める",
  [E("further_support")]: "あり",
  [E("difficulty")]: "難しかった",
  [E("difficulty_reasons")]: ["コンサルティングの進め方（コミュニケーションを含む）", "日程の調整・期間の短さ"],
  [E("tools_usability")]: "使いやすかった",
  [E("security_level")]: "上がった",
};

const SME_ANSWERS: Record<string, FillValue> = {
  [S("industry")]: "製造業",
  [S("size")]: "6〜20人",
  [S("outcome")]: "十分に得られた",
  [S("expert_knowledge")]: "高い",
  [S("communication")]: "スムーズだった",
  [S("fair_price")]: "12万円以上18万円未満",
  [S("further_support")]: "一時的な相談等の軽微な支援を希望する",
  [S("comments")]: "社内の意識が変わりました。",
};

describe("surveys after a completed case", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  /** What the visits feature does when a case completes: invite inside its transaction, kick after. */
  async function complete(opts: { sme?: string | null; company?: string } = {}) {
    const expert = await createActiveExpert(h.db, { slackUserId: USERS.expert1.id, name: "山田 太郎" });
    const c = await createCase(h.db, { expertId: expert.id, smeSlackUserId: opts.sme ?? null, company: opts.company });
    await h.app.db.transaction((tx) => h.services.surveys.inviteForCase(tx, c.id));
    h.services.notifier.kick();
    await h.settle();
    return c;
  }

  const dms = (user: string) => h.fake.messages(user);
  const lastDm = (user: string) => dms(user).at(-1)!;

  async function openFromMessage(user: string, message: { channel: string; ts: string }) {
    await h.driver.clickButton(user, { actionId: "survey_answer_open", message });
    await h.settle();
    return h.fake.lastView(user)!;
  }

  it("completion → DM with a button → answered → changed until closed → closed", async () => {
    const c = await complete({ sme: USERS.sme1.id, company: "株式会社ミナト製作所" });

    // The expert and the SME contact (on Slack) each get one DM with a button.
    const invite = lastDm(USERS.expert1.id);
    expect(invite.text).toContain("株式会社ミナト製作所");
    expect(invite.text).toContain("専門家アンケート");
    expect(JSON.stringify(invite.blocks)).toContain("アンケートに回答する");
    expect(lastDm(USERS.sme1.id).text).toContain("訪問指導が完了しました");
    expect(await h.db.surveyResponse.count({ where: { caseId: c.id } })).toBe(2);

    // Calling it again (a retry, or the daily sweep) invites nobody twice.
    await h.app.db.transaction((tx) => h.services.surveys.inviteForCase(tx, c.id));
    expect((await h.services.surveys.runDaily()).invited).toBe(0);
    await h.settle();
    expect(dms(USERS.expert1.id)).toHaveLength(1);

    // Answer.
    const modal = await openFromMessage(USERS.expert1.id, invite);
    expect(modal.view.title.text).toBe("専門家アンケート");
    const res = await h.driver.submitView(USERS.expert1.id, modal, h.driver.fill(modal, EXPERT_ANSWERS));
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const answered = await h.db.surveyResponse.findUniqueOrThrow({
      where: { caseId_audience: { caseId: c.id, audience: "expert" } },
    });
    expect(answered.status).toBe("answered");
    expect(JSON.parse(answered.answers)).toMatchObject({
      mgmt_motivation: "rose",
      difficulty_reasons: ["consulting", "schedule"],
    });
    expect(lastDm(USERS.expert1.id).text).toContain("ご回答いただきありがとうございました");

    // Change: the modal comes back pre-filled; one answer changes, the rest stays.
    const again = await openFromMessage(USERS.expert1.id, lastDm(USERS.expert1.id));
    expect(JSON.stringify(again.view.blocks)).toContain("前回の回答が入っています");
    await h.driver.submitView(USERS.expert1.id, again, h.driver.fill(again, { [E("staff_motivation")]: "向上した" }));
    await h.settle();
    const changed = await h.db.surveyResponse.findUniqueOrThrow({ where: { id: answered.id } });
    expect(JSON.parse(changed.answers)).toMatchObject({ staff_motivation: "rose", mgmt_motivation: "rose" });
    expect(lastDm(USERS.expert1.id).text).toContain("回答を変更しました");
    const audit = await h.db.auditLog.findMany({
      where: { entityType: "survey_response", entityId: String(answered.id) },
    });
    expect(audit.map((a) => a.action)).toEqual(["survey.invite", "survey.answer", "survey.change"]);

    // A modal left open while the secretariat closes the survey cannot be sent any more.
    const stale = await openFromMessage(USERS.expert1.id, lastDm(USERS.expert1.id));
    await h.driver.command(USERS.sec1.id, "/desk", "survey close");
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)!.body)).toContain("回答済み 1 件、未回答のまま締切 1 件");
    const refused = await h.driver.submitView(USERS.expert1.id, stale, h.driver.fill(stale, {}));
    expect(refused.body.response_action).toBe("errors");
    expect(Object.values(refused.body.errors).join()).toContain("締め切られました");
    await h.driver.clickButton(USERS.sme1.id, { actionId: "survey_answer_open", message: lastDm(USERS.sme1.id) });
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)!.body)).toContain("締め切られました");
    const sme = await h.db.surveyResponse.findUniqueOrThrow({
      where: { caseId_audience: { caseId: c.id, audience: "sme" } },
    });
    expect(sme.status).toBe("closed");
    expect(
      JSON.parse((await h.db.surveyResponse.findUniqueOrThrow({ where: { id: answered.id } })).answers),
    ).toMatchObject({
      staff_motivation: "rose",
    });
  });

  it("only the respondent (or the secretariat) can open a survey", async () => {
    await complete({ sme: USERS.sme1.id });
    const invite = lastDm(USERS.expert1.id);
    await h.driver.clickButton(USERS.outsider.id, { actionId: "survey_answer_open", message: invite });
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)!.body)).toContain("見つかりません");
    expect(h.fake.lastView(USERS.outsider.id)).toBeUndefined();
  });

  it("reminds after N business days, skipping holidays, at most twice", async () => {
    // Invited Tue 2019-10-01; N = 5 business days.
    const c = await complete({ sme: USERS.sme1.id });
    const expertInvite = lastDm(USERS.expert1.id);
    // The expert answers; the SME does not.
    const modal = await openFromMessage(USERS.expert1.id, expertInvite);
    await h.driver.submitView(USERS.expert1.id, modal, h.driver.fill(modal, EXPERT_ANSWERS));
    await h.settle();

    const run = async (at: string) => {
      h.clock.set(at);
      const r = await h.services.surveys.runDaily();
      await h.settle();
      return r.reminded;
    };
    expect(await run("2019-10-07T09:00:00")).toBe(0); // four business days
    expect(await run("2019-10-08T09:00:00")).toBe(1); // fifth business day
    expect(lastDm(USERS.sme1.id).text).toContain("【リマインド 1/2】");
    expect(await run("2019-10-08T18:00:00")).toBe(0); // same day again: nothing
    // 10/14 (Mon) is Sports Day: five business days after 10/08 is 10/16.
    expect(await run("2019-10-15T09:00:00")).toBe(0);
    expect(await run("2019-10-16T09:00:00")).toBe(1);
    expect(lastDm(USERS.sme1.id).text).toContain("【リマインド 2/2】");
    expect(await run("2019-12-02T09:00:00")).toBe(0); // never a third time
    expect(dms(USERS.sme1.id).filter((m) => m.text.includes("リマインド"))).toHaveLength(2);
    expect(dms(USERS.expert1.id).filter((m) => m.text.includes("リマインド"))).toHaveLength(0);
    const row = await h.db.surveyResponse.findUniqueOrThrow({
      where: { caseId_audience: { caseId: c.id, audience: "sme" } },
    });
    expect(row.remindersSent).toBe(2);

    // The daily job runs once per day through the scheduler too.
    const job = h.app.jobs.list().find((j) => j.name === "surveys")!;
    expect(await job.cron(h.app.ctx)).toBe("0 9 * * *");
  });

  it("an SME not on Slack: the secretariat enters the paper answer on its behalf", async () => {
    const c = await complete({ sme: null, company: "有限会社カワセ商店" });
    // No DM to anyone but the expert; the secretariat channel is asked to enter the answer.
    const notice = h.fake.messages(SECRETARIAT_CHANNEL).at(-1)!;
    expect(notice.text).toContain("有限会社カワセ商店");
    expect(notice.text).toContain("代理入力");

    const modal = await openFromMessage(USERS.sec1.id, notice);
    expect(modal.view.title.text).toBe("指導先企業アンケート");
    expect(JSON.stringify(modal.view.blocks)).toContain("回答者に代わって入力します");
    await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, { ...SME_ANSWERS, 回答の受け取り方法: "紙の回答用紙" }),
    );
    await h.settle();
    const row = await h.db.surveyResponse.findUniqueOrThrow({
      where: { caseId_audience: { caseId: c.id, audience: "sme" } },
    });
    expect(row.status).toBe("answered");
    expect(row.enteredBy).toBe(USERS.sec1.id);
    expect(row.respondentSlackId).toBeNull();
    expect(JSON.parse(row.answers)).toMatchObject({ industry: "E", size: "upto20", fair_price: "120k_180k" });
    expect(lastDm(USERS.sec1.id).text).toContain("代理入力しました");
    const audit = await h.db.auditLog.findFirstOrThrow({
      where: { action: "survey.answer", entityId: String(row.id) },
    });
    expect(JSON.parse(audit.after!).source).toBe("paper");

    // `/desk survey enter CASE` opens the same form, pre-filled, for a correction.
    await h.driver.command(USERS.sec1.id, "/desk", `survey enter ${c.id}`);
    await h.settle();
    const again = h.fake.lastView(USERS.sec1.id)!;
    expect(again.view.callback_id).toBe("survey_answer");
    expect(JSON.stringify(again.view.blocks)).toContain("社内の意識が変わりました。");

    // Non-members cannot use the secretariat's entry.
    await h.driver.command(USERS.expert1.id, "/desk", `survey enter ${c.id}`);
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)!.body)).toContain("事務局メンバーだけ");
  });

  it("percentages per question with n and the response rate, against a hand-computed fixture", async () => {
    const expert = await createActiveExpert(h.db, { slackUserId: USERS.expert1.id });
    const cases = [];
    for (let i = 0; i < 4; i++) cases.push(await createCase(h.db, { expertId: expert.id }));
    // The sweep invites all four completed cases (expert + SME each).
    expect((await h.services.surveys.runDaily()).invited).toBe(8);
    await h.settle();

    // Three SMEs answered on paper (imported); the fourth did not. Labels or values both work.
    const csv = [
      "case_id,outcome,expert_knowledge,fair_price,further_support,comments",
      `${cases[0].id},十分に得られた,高い,12万円未満,none,`,
      `${cases[1].id},some,やや物足りない,18万円以上,regular,"とても良かった, また頼みたい"`,
      `${cases[2].id},none,high,120k_180k,light,`,
    ].join("\n");
    const result = await importSurveyAnswers(h.app.db, h.clock, "test", csv);
    expect(result).toEqual({ created: 3, changed: 0, errors: [] });

    const rows = await surveyReport(h.db);
    const sme = (questionId: string, kind: "option" | "headline", answer?: string) =>
      rows.find(
        (r) =>
          r.audience === "sme" && r.questionId === questionId && r.kind === kind && (!answer || r.answer === answer),
      )!;
    // Response rate 3 / 4 = 75.0%.
    expect(sme("outcome", "headline")).toMatchObject({ responses: 3, invited: 4, responseRate: 75, n: 3 });
    // Outcome achieved (much + some) 2 / 3 = 66.7%.
    expect(sme("outcome", "headline")).toMatchObject({ count: 2, percent: 66.7 });
    // Expert knowledge rated high (high + rather high) 2 / 3.
    expect(sme("expert_knowledge", "headline")).toMatchObject({ count: 2, percent: 66.7 });
    // Fair price ≥ ¥120k: 2 / 3; under ¥120k: 1 / 3 = 33.3%.
    expect(sme("fair_price", "headline")).toMatchObject({ count: 2, percent: 66.7 });
    expect(sme("fair_price", "option", "12万円未満")).toMatchObject({ count: 1, percent: 33.3 });
    // Industry was not in the file: n = 0, no percentage.
    expect(sme("industry", "option", "製造業")).toMatchObject({ n: 0, percent: null });
    // Nobody answered the expert survey yet.
    expect(rows.find((r) => r.audience === "expert")).toMatchObject({ responses: 0, invited: 4, responseRate: 0 });

    // A bad file imports nothing and says which line is wrong.
    const bad = await importSurveyAnswers(
      h.app.db,
      h.clock,
      "test",
      `case_id,outcome\n${cases[3].id},maybe\n9999,much\n`,
    );
    expect(bad.created).toBe(0);
    expect(bad.errors.join("\n")).toContain('line 2: "maybe" is not a choice of outcome');
    expect(await h.db.surveyResponse.count({ where: { status: "answered" } })).toBe(3);

    // The secretariat sees the same numbers in Slack.
    await h.driver.command(USERS.sec1.id, "/desk", "survey status");
    await h.settle();
    const status = JSON.stringify(h.fake.responses().at(-1)!.body);
    expect(status).toContain("回答 3 / 依頼 4（回収率 75.0%）");
    expect(status).toContain("成果が得られた: *66.7%* (n=3)");
  });
});
