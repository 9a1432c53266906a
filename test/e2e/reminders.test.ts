import { afterEach, describe, expect, it } from "vitest";
import { startApp } from "../../src/app.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { dailyRemindersJob, runDailyReminders } from "../../src/jobs/daily-reminders.js";
import { createLogger } from "../../src/lib/logger.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { Fixture } from "./reminders-fixture.js";

const E1 = USERS.expert1.id;
const E2 = USERS.expert2.id;

function buttons(message: { blocks?: any[] }): { action_id: string; value: string; text: string }[] {
  return (message.blocks ?? [])
    .map((b) => b.accessory)
    .filter((a) => a?.type === "button")
    .map((a) => ({ action_id: a.action_id, value: a.value, text: a.text.text }));
}

const textOf = (m: { text: string; blocks?: any[] }) => `${m.text}\n${JSON.stringify(m.blocks ?? [])}`;

describe("daily reminders", () => {
  let h: Harness;
  afterEach(async () => {
    await h?.stop();
  });

  async function run(at?: string) {
    if (at) h.clock.set(at);
    const outcome = await dailyRemindersJob.run(h.app.ctx, h.clock.now());
    await h.settle();
    return outcome;
  }

  /** expert1 has one of everything on Monday 2019-12-02; expert2 has nothing to do. */
  async function seedEverything() {
    const f = new Fixture(h.db);
    const e1 = await f.expert({ slackUserId: E1, name: "山田 太郎" });
    const e2 = await f.expert({ slackUserId: E2, name: "鈴木 花子" });
    const tomorrow = await f.case({ expertId: e1.id, company: "株式会社明日工業" });
    await f.visit({ caseId: tomorrow.id, expertId: e1.id, round: 1, heldOn: "2019-11-18" });
    const upcoming = await f.visit({ caseId: tomorrow.id, expertId: e1.id, round: 2, at: "2019-12-03T14:00" });
    const overdueCase = await f.case({ expertId: e1.id, company: "期限超過商事株式会社" });
    const overdue = await f.visit({
      caseId: overdueCase.id,
      expertId: e1.id,
      round: 1,
      heldOn: "2019-11-20",
      reportDueOn: "2019-11-27",
      report: null,
    });
    const draftCase = await f.case({ expertId: e1.id, company: "下書き製作所" });
    const draft = await f.visit({
      caseId: draftCase.id,
      expertId: e1.id,
      round: 1,
      heldOn: "2019-11-29",
      reportDueOn: "2019-12-06",
      report: "draft",
    });
    const returnedCase = await f.case({ expertId: e1.id, company: "差戻し電機株式会社" });
    const returned = await f.visit({
      caseId: returnedCase.id,
      expertId: e1.id,
      round: 1,
      heldOn: "2019-11-22",
      report: "returned",
      comment: "指摘事項の記載をお願いします",
    });
    // The next visit (round 2) was planned the day after, so only the report is owed.
    await f.visit({ caseId: returnedCase.id, expertId: e1.id, round: 2, at: "2019-12-10T10:00" });
    const idle = await f.case({ expertId: e1.id, company: "日程未定運輸株式会社" });
    await f.visit({ caseId: idle.id, expertId: e1.id, round: 1, heldOn: "2019-11-11" });
    // expert2: a case whose next visit is planned in good time.
    const calm = await f.case({ expertId: e2.id, company: "順調株式会社" });
    await f.visit({ caseId: calm.id, expertId: e2.id, round: 1, heldOn: "2019-11-25" });
    await f.visit({ caseId: calm.id, expertId: e2.id, round: 2, at: "2019-12-09T10:00" });
    return { f, e1, e2, upcoming, overdue, overdueCase, draft, returned, idle };
  }

  it("on a business day: one DM bundling each kind with the button that opens the right modal; nothing for an expert with nothing to do", async () => {
    h = await startHarness({ now: "2019-12-02T09:00:00" });
    const s = await seedEverything();
    await run();

    const dms = h.fake.messages(E1);
    expect(dms).toHaveLength(1);
    const dm = dms[0];
    expect(dm.text).toContain("期限超過の報告書 1件");
    const body = textOf(dm);
    expect(body).toContain("明日の訪問予定");
    expect(body).toContain("12月3日(火) 14:00");
    expect(body).toContain("株式会社明日工業");
    expect(body).toContain(
      "*期限超過商事株式会社* 第1回（11月20日(水)実施）の報告書 — 提出期限 11月27日(水) を過ぎています",
    );
    expect(body).toContain("*下書き製作所* 第1回（11月29日(金)実施）の報告書 — 提出期限 12月6日(金)");
    expect(body).toContain("指摘事項の記載をお願いします");
    expect(body).toContain("*日程未定運輸株式会社* 第2回の日程が未定です（前回訪問 11月11日(月) から）");
    expect(buttons(dm)).toEqual([
      { action_id: VISIT_IDS.openLogButton, value: String(s.overdue.visit.id), text: "第1回の報告書を書く" },
      { action_id: VISIT_IDS.reviseReportButton, value: String(s.returned.report!.id), text: "報告書を修正する" },
      {
        action_id: VISIT_IDS.openLogButton,
        value: String(s.draft.visit.id),
        text: "第1回の報告書を仕上げる（下書きあり）",
      },
      { action_id: VISIT_IDS.rescheduleButton, value: String(s.upcoming.visit.id), text: "日程変更" },
      // Round 1 of the overdue case was held 12 days ago and round 2 has no date either.
      { action_id: VISIT_IDS.scheduleNextButton, value: String(s.overdueCase.id), text: "第2回の訪問を予定する" },
      { action_id: VISIT_IDS.scheduleNextButton, value: String(s.idle.id), text: "第2回の訪問を予定する" },
    ]);
    // Each button opens the visits feature's modal for that visit or case.
    const opened: string[] = [];
    for (const b of buttons(dm)) {
      await h.driver.clickButton(E1, { actionId: b.action_id, value: b.value, message: dm });
      await h.settle();
      opened.push(h.fake.lastView(E1)!.view.callback_id);
    }
    expect(opened).toEqual([
      VISIT_IDS.reportModal,
      VISIT_IDS.reportModal,
      VISIT_IDS.reportModal,
      VISIT_IDS.rescheduleModal,
      VISIT_IDS.scheduleModal,
      VISIT_IDS.scheduleModal,
    ]);
    expect(h.fake.responses()).toHaveLength(0);
    expect(h.fake.messages(E2)).toHaveLength(0);
    // No queue has anything in it: the secretariat hears nothing.
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(0);
  });

  it("writes to an English-speaking expert in English", async () => {
    h = await startHarness({ now: "2019-12-02T09:00:00" });
    const f = new Fixture(h.db);
    await h.db.slackUser.create({ data: { slackUserId: USERS.english.id, locale: "en-US" } });
    const e = await f.expert({ slackUserId: USERS.english.id, name: "John Smith" });
    const c = await f.case({ expertId: e.id, company: "Acme KK" });
    await f.visit({
      caseId: c.id,
      expertId: e.id,
      round: 1,
      heldOn: "2019-11-20",
      reportDueOn: "2019-11-27",
      report: null,
    });
    await run();
    const dm = h.fake.messages(USERS.english.id)[0];
    expect(dm.text).toBe("Today's reminders: overdue reports: 1, visits to schedule: 1");
    expect(textOf(dm)).toContain("*Acme KK* Visit 1 (held Wed, Nov 20) — the report was due Wed, Nov 27");
    expect(buttons(dm).map((b) => b.text)).toEqual(["Write the report for visit 1", "Schedule visit 2"]);
  });

  it("the job run twice (and forced again) sends one message each", async () => {
    h = await startHarness({ now: "2019-12-02T09:00:00" });
    await seedEverything();
    const f = new Fixture(h.db);
    await f.application({ company: "審査待ち株式会社", status: "received", receivedOn: "2019-11-28" });
    await run();
    await run();
    await runDailyReminders({ ...h.app.ctx, reminders: h.services.reminders }, h.clock.now(), { force: true });
    await h.settle();
    expect(h.fake.messages(E1)).toHaveLength(1);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
    expect(h.fake.calls("chat.postMessage").filter((c) => c.status === 200)).toHaveLength(2);
    const runs = await h.db.jobRun.findMany({ where: { job: "daily-reminders" } });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ period: "2019-12-02", status: "done" });
  });

  it("sends nothing on a weekend, a national holiday or in the year-end closure, and looks ahead across them", async () => {
    h = await startHarness({ now: "2019-12-07T09:00:00" });
    await seedEverything();
    await run("2019-12-07T09:00:00"); // Saturday
    await run("2019-12-08T09:00:00"); // Sunday
    await run("2019-12-30T09:00:00"); // Monday in the year-end closure (12-29..01-03)
    await run("2020-01-13T09:00:00"); // 成人の日
    expect(h.fake.messages(E1)).toHaveLength(0);
    const skipped = await h.db.jobRun.findMany({ where: { job: "daily-reminders" }, orderBy: { period: "asc" } });
    expect(skipped.map((r) => [r.period, r.detail])).toEqual([
      ["2019-12-07", "skipped 2019-12-07: not_business_day"],
      ["2019-12-08", "skipped 2019-12-08: not_business_day"],
      ["2019-12-30", "skipped 2019-12-30: not_business_day"],
      ["2020-01-13", "skipped 2020-01-13: not_business_day"],
    ]);

    // Friday 2019-11-01: Monday 11-04 is a substitute holiday, so visits up to Tuesday 11-05 are "upcoming".
    const f = new Fixture(h.db);
    const e = await h.db.expert.findFirstOrThrow({ where: { slackUserId: E2 } });
    const c = await f.case({ expertId: e.id, company: "連休明け株式会社" });
    await f.visit({ caseId: c.id, expertId: e.id, round: 1, at: "2019-11-05T10:00" });
    await run("2019-11-01T09:00:00");
    const dm = h.fake.messages(E2).at(-1)!;
    expect(textOf(dm)).toContain("11月5日(火)までの訪問予定");
    expect(textOf(dm)).toContain("連休明け株式会社");

    // Friday 2019-12-27, the last business day of the year: the next one is Monday 2020-01-06.
    const nextYear = await f.case({ expertId: e.id, company: "年明け訪問株式会社" });
    await f.visit({ caseId: nextYear.id, expertId: e.id, round: 1, at: "2020-01-06T13:00" });
    await run("2019-12-27T09:00:00");
    const dec27 = h.fake.messages(E2).at(-1)!;
    expect(textOf(dec27)).toContain("1月6日(月)までの訪問予定");
    expect(textOf(dec27)).toContain("年明け訪問株式会社");
  });

  it("tells the secretariat channel about every queue, including a case at risk of missing the end date", async () => {
    h = await startHarness({ now: "2020-01-20T09:00:00" });
    const f = new Fixture(h.db);
    const e1 = await f.expert({ slackUserId: E1, name: "山田 太郎" });
    await f.application({ company: "審査待ち株式会社", status: "received", receivedOn: "2019-11-20" });
    const proposed = await f.application({ company: "提示中株式会社", status: "proposed" });
    await h.db.proposal.create({
      data: { applicationId: proposed.id, createdBy: "USEC1", sentAt: new Date("2020-01-10T01:00:00Z") },
    });
    const fresh = await f.application({ company: "提示したて株式会社", status: "proposed" });
    await h.db.proposal.create({
      data: { applicationId: fresh.id, createdBy: "USEC1", sentAt: new Date("2020-01-18T01:00:00Z") },
    });
    await f.application({ company: "選択済み株式会社", status: "chosen", chosenAt: new Date("2020-01-17T01:00:00Z") });
    const done = await f.case({ expertId: e1.id, company: "報告済み株式会社" });
    await f.visit({ caseId: done.id, expertId: e1.id, round: 1, heldOn: "2019-12-02" });
    const v = await f.visit({ caseId: done.id, expertId: e1.id, round: 2, heldOn: "2019-12-16" });
    await f.visit({ caseId: done.id, expertId: e1.id, round: 3, heldOn: "2020-01-15", report: "submitted" });
    await f.visit({ caseId: done.id, expertId: e1.id, round: 4, at: "2020-01-22T10:00" });
    await h.db.honorariumLine.create({ data: { visitId: v.visit.id, expertId: e1.id, amountYen: 30000 } });
    await h.db.ticket.create({ data: { askerSlackId: E1, question: "謝金の振込日は？" } });
    // Two visits left and none planned on 01-20: at a visit a week the last one falls on 02-03, after 01-31.
    const late = await f.case({ expertId: e1.id, company: "遅延リスク株式会社" });
    await f.visit({ caseId: late.id, expertId: e1.id, round: 1, heldOn: "2019-12-10" });
    await f.visit({ caseId: late.id, expertId: e1.id, round: 2, heldOn: "2019-12-24" });

    // Ten days earlier the same case could still finish (01-17, 01-24): not listed.
    await run("2020-01-10T09:00:00");
    expect(textOf(h.fake.messages(SECRETARIAT_CHANNEL)[0])).not.toContain("遅延リスク株式会社");
    await run("2020-01-20T09:00:00");
    const posts = h.fake.messages(SECRETARIAT_CHANNEL);
    expect(posts).toHaveLength(2);
    const body = textOf(posts[1]);
    expect(body).toContain("審査待ちの申込み* 1件");
    expect(body).toContain("審査待ち株式会社");
    expect(body).toContain("企業の選択待ちが5日を超えた候補提示* 1件");
    expect(body).toContain("提示中株式会社");
    expect(body).not.toContain("提示したて株式会社");
    expect(body).toContain("承認待ちのマッチング* 1件");
    expect(body).toContain("確認待ちの報告書* 1件");
    expect(body).toContain(
      `案件#${late.id} 遅延リスク株式会社（専門家 山田 太郎）残り2回・次回未定 → 最短でも 2月3日(月) 完了`,
    );
    expect(body).toContain("未払いの謝金* 1件 30,000円（専門家 1名）");
    expect(body).toContain("未回答の問い合わせ* 1件");
  });

  it("/desk snooze pauses one's own DMs for the dates given; off resumes them", async () => {
    h = await startHarness({ now: "2019-11-29T12:00:00" });
    await seedEverything();
    await h.driver.command(E1, "/desk", "snooze 2019-12-01 2019-12-03");
    await h.settle();
    expect(h.fake.responses().at(-1)!.body.text).toContain("2019/12/1〜2019/12/3 はリマインドのDMを送りません");
    await run("2019-12-02T09:00:00");
    expect(h.fake.messages(E1)).toHaveLength(0);

    await h.driver.command(E1, "/desk", "snooze 2019-12-05 2019-12-01");
    await h.settle();
    expect(h.fake.responses().at(-1)!.body.text).toContain("使い方");
    await h.driver.command(E1, "/desk", "snooze off");
    await h.settle();
    expect(h.fake.responses().at(-1)!.body.text).toContain("再開しました");
    await run("2019-12-03T09:00:00");
    expect(h.fake.messages(E1)).toHaveLength(1);
    const audit = await h.db.auditLog.findMany({ where: { entityType: "slack_user", entityId: E1 } });
    expect(audit.map((a) => a.action)).toEqual(["reminders.snooze", "reminders.snooze_off"]);
  });

  it("a run missed while the app was down is caught up once at start, not before the reminder time", async () => {
    h = await startHarness({ now: "2019-12-02T08:30:00" });
    await seedEverything();
    expect(await dailyRemindersJob.catchUp!(h.app.ctx, h.clock.now())).toBeNull();
    h.clock.set("2019-12-02T11:15:00");
    await h.app.jobs.start();
    h.app.jobs.stop();
    // Both jobs catch up: today's reminders and Monday's digest of last week.
    await h.fake.waitFor(() => h.fake.messages(E1).length > 0 && h.fake.files().some((f) => f.shared), 10_000);
    await dailyRemindersJob.catchUp!(h.app.ctx, h.clock.now());
    await h.settle();
    expect(h.fake.messages(E1)).toHaveLength(1);
  });

  it("a crash between the outbox write and the send: the message goes out once after restart", async () => {
    h = await startHarness({ now: "2019-12-02T09:00:00" });
    await seedEverything();
    // The process dies right after the job committed its outbox rows: nothing is sent yet.
    await h.services.dispatcher.stop();
    await dailyRemindersJob.run(h.app.ctx, h.clock.now());
    expect(await h.db.outboxMessage.count({ where: { status: "pending" } })).toBe(1);
    await h.app.stop();
    expect(h.fake.messages(E1)).toHaveLength(0);

    const again = await startApp({
      env: h.env,
      clock: h.clock,
      logger: createLogger("silent"),
      skipMigrate: true,
      retryConfig: { retries: 0 },
      dispatcherOptions: { channelGapMs: 0, baseBackoffMs: 20, maxBackoffMs: 200 },
      schedule: false,
    });
    try {
      await again.settle();
      // The restarted app's catch-up finds the day done: no second message.
      await dailyRemindersJob.catchUp!(again.ctx, h.clock.now());
      await again.settle();
      expect(h.fake.messages(E1)).toHaveLength(1);
      expect(await again.db.client.outboxMessage.count({ where: { status: "sent" } })).toBe(1);
    } finally {
      await again.stop();
    }
  });

  it("a send that died mid-flight (row left 'sending') is retaken once its lock expires, and sent once", async () => {
    h = await startHarness({ now: "2019-12-02T09:00:00" });
    await seedEverything();
    await h.services.dispatcher.stop();
    await dailyRemindersJob.run(h.app.ctx, h.clock.now());
    await h.db.outboxMessage.updateMany({
      data: { status: "sending", attempts: 1, lockedUntil: new Date(h.clock.now().getTime() + 60_000) },
    });
    await h.app.stop();
    const again = await startApp({
      env: h.env,
      clock: h.clock,
      logger: createLogger("silent"),
      skipMigrate: true,
      retryConfig: { retries: 0 },
      dispatcherOptions: { channelGapMs: 0 },
      schedule: false,
    });
    try {
      await again.settle();
      expect(h.fake.messages(E1)).toHaveLength(0);
      h.clock.advance(61_000);
      await again.services.dispatcher.drain();
      expect(h.fake.messages(E1)).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });

  it("Slack answers 429 then 200: the DM is sent once, after the Retry-After wait, without using up an attempt", async () => {
    h = await startHarness({ now: "2019-12-02T09:00:00" });
    await seedEverything();
    h.fake.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    await run();
    expect(h.fake.messages(E1)).toHaveLength(0);
    const row = await h.db.outboxMessage.findFirstOrThrow({ where: { key: { startsWith: "reminder:expert:" } } });
    expect(row).toMatchObject({ status: "pending", lastError: "ratelimited", attempts: 0 });
    expect(row.nextAttemptAt.getTime() - h.clock.now().getTime()).toBe(1000);
    h.clock.advance(1000);
    await h.settle();
    expect(h.fake.messages(E1)).toHaveLength(1);
    const calls = h.fake.calls("chat.postMessage");
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it("hundreds of DMs in one morning all arrive, once each, within Slack's rate limits", async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({
      id: `UMANY${String(i).padStart(4, "0")}`,
      name: `expert${i}`,
      locale: "ja-JP",
    }));
    h = await startHarness({ now: "2019-12-02T09:00:00", users: many });
    const programId = await new Fixture(h.db).programId();
    // Explicit ids so the whole morning's data goes in with a few bulk inserts.
    const ids = many.map((_, i) => 1000 + i);
    await h.db.expert.createMany({
      data: many.map((u, i) => ({
        id: ids[i],
        slackUserId: u.id,
        nameKanji: `専門家${i}`,
        nameKana: "せんもんか",
        qualification: "RISS",
        status: "active",
        registeredOn: "2019-08-01",
      })),
    });
    await h.db.company.createMany({
      data: ids.map((id, i) => ({ id, name: `企業${i}`, industry: "E", prefecture: 1 + (i % 47) })),
    });
    await h.db.application.createMany({
      data: ids.map((id) => ({
        id,
        programId,
        companyId: id,
        receivedOn: "2019-09-01",
        source: "web",
        contactName: "x",
        contactEmail: "x@example.jp",
        contactPhone: "0",
        status: "matched",
      })),
    });
    await h.db.case.createMany({
      data: ids.map((id) => ({
        id,
        programId,
        applicationId: id,
        expertId: id,
        approvedBy: "USEC1",
        approvedAt: new Date("2019-10-01T01:00:00Z"),
        approvedOn: "2019-10-01",
      })),
    });
    await h.db.visit.createMany({
      data: ids.map((id) => ({
        caseId: id,
        expertId: id,
        round: 1,
        status: "held",
        heldOn: "2019-11-20",
        reportDueOn: "2019-11-27",
      })),
    });
    h.fake.setRateLimits(true);
    // One 429 in the middle of the morning: the rest wait for the Retry-After instead of all failing.
    h.fake.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    await run();
    h.clock.advance(1000);
    await h.settle();
    const delivered = h.fake.calls("chat.postMessage").filter((c) => c.status === 200);
    const recipients = delivered.map((c) => c.args.channel);
    expect(new Set(recipients).size).toBe(250);
    expect(recipients).toHaveLength(250);
    for (const u of many) expect(h.fake.messages(u.id)).toHaveLength(1);
    // Only the injected 429: pacing kept every other call inside the limits.
    expect(h.fake.calls("chat.postMessage").filter((c) => c.status === 429)).toHaveLength(1);
    // 250 round trips to the fake: seconds alone, longer on a busy CI machine.
  }, 120_000);
});
