/**
 * Two app processes on one PostgreSQL database, as a deployment with several instances behind a
 * load balancer runs them: both schedule the jobs, both run an outbox dispatcher, and Slack's
 * requests reach either.
 *
 * Both processes get the same shifted clock (test/support/shifted-clock.ts): 09:00 on Monday
 * 2019-12-02 comes a few seconds after they are up, so their cron schedules fire at the same
 * moment, and the day's reminders (200 overdue reports) and the weekly digest are due. The tests
 * run in the order of that morning: the tick, a SIGKILL in the middle of the reminder DMs, the
 * restart, then work that alternates between the instances.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import {
  type AppProcess,
  seedOverdueReports,
  seedPendingExperts,
  startAppProcess,
  stopProcess,
  until,
} from "../support/app-process.js";
import { freshDatabaseFile, TEST_ENGINE, type TestDatabase } from "../support/db-fixture.js";
import { FakeSlack } from "../support/fake-slack.js";

const SECRET = "0123456789abcdef0123456789abcdef";
const TOKEN = "xoxb-two-instances";
const CHANNEL = "CSECRETARIAT";
const DIGEST = "CDIGEST";
const SEC = ["USEC1", "USEC2"];
const NEWCOMER = "UNEW1";
const PENDING = Array.from({ length: 30 }, (_, i) => ({
  id: `UPEND${String(i).padStart(2, "0")}`,
  name: `pending${i}`,
}));
const MANY = Array.from({ length: 200 }, (_, i) => ({ id: `UMANY${String(i).padStart(4, "0")}`, name: `expert${i}` }));
/** Both processes' clocks read this at the same real instant: the reminders' and the digest's time. */
const TICK = "2019-12-02T09:00:00+09:00";
/** How long after the launch the tick comes: both processes must be up and scheduled by then. */
const LEAD_MS = 20_000;
const FORM = {
  "氏名（漢字）": "山田 太郎",
  "氏名（かな）": "やまだ たろう",
  資格: "情報処理安全確保支援士（RISS）",
  "情報処理安全確保支援士 登録番号": "012345",
  居住都道府県: "愛知県",
  訪問できる都道府県: ["愛知県", "岐阜県"],
  支援経験のある業種: ["製造業"],
  同時に担当できる最大件数: "3",
  "自己紹介・得意分野": "製造業のISMS構築支援が得意です。",
};

describe.skipIf(TEST_ENGINE !== "postgresql")(
  "two app instances on one PostgreSQL database (skipped on SQLite: a SQLite file serves one instance)",
  () => {
    let fake: FakeSlack;
    let file: TestDatabase;
    let db: Database;
    let env: Record<string, string>;
    let a: AppProcess;
    let b: AppProcess;
    let pendingIds: number[];

    const start = () =>
      startAppProcess(env, fake, { signingSecret: SECRET, preload: ["./test/support/shifted-clock.ts"] });
    const unsent = () => db.client.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } });
    const reminderDms = () => MANY.filter((u) => fake.messages(u.id).length > 0).length;
    /** The "job done" lines both processes logged (the JSON log on stdout). */
    const jobsDone = () =>
      [a, b]
        .flatMap((p) => p.app.output().split("\n"))
        .filter((line) => line.startsWith("{") && line.includes('"job done"'))
        .map((line) => JSON.parse(line).job as string)
        .sort();
    const search = async (p: AppProcess, query: string) =>
      (await p.driver.suggest(SEC[0], { actionId: "application_recruiter", blockId: "recruiter", value: query }))
        .options as { value: string }[];

    beforeAll(async () => {
      fake = await FakeSlack.start({
        users: [
          ...SEC.map((id) => ({ id, name: id.toLowerCase() })),
          { id: NEWCOMER, name: "yamada", realName: "山田 太郎", locale: "ja-JP" },
          ...PENDING,
          ...MANY,
        ],
        channels: [{ id: CHANNEL, isPrivate: true }, DIGEST],
        botToken: TOKEN,
      });
      file = await freshDatabaseFile();
      db = await openDatabase(file.url);
      pendingIds = await seedPendingExperts(db, fake, PENDING, { token: TOKEN, channel: CHANNEL });
      await seedOverdueReports(db, MANY, { secretariat: CHANNEL, digest: DIGEST });
      const tickAt = Date.now() + LEAD_MS;
      env = {
        SLACK_BOT_TOKEN: TOKEN,
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: fake.url,
        SECRETARIAT_CHANNEL_ID: CHANNEL,
        DIGEST_CHANNEL_ID: DIGEST,
        SECRETARIAT_USER_IDS: SEC.join(","),
        DATABASE_URL: file.url,
        PORT: "0",
        JOBS_ENABLED: "true",
        LOG_LEVEL: "info",
        // A killed instance's claimed rows are retaken after a second; each instance looks for
        // rows the other wrote every second.
        OUTBOX_LOCK_SECONDS: "1",
        OUTBOX_POLL_SECONDS: "1",
        DESK_TEST_CLOCK: TICK,
        DESK_TEST_CLOCK_AT: String(tickAt),
      };
      [a, b] = await Promise.all([start(), start()]);
      expect(Date.now(), "both instances were up well before the tick (a slow machine: raise LEAD_MS)").toBeLessThan(
        tickAt - 2_000,
      );
    }, 60_000);

    afterAll(async () => {
      for (const p of [a, b]) if (p) await stopProcess(p.app);
      await db?.disconnect();
      await fake?.stop();
      await file?.cleanup();
    });

    it("(b) at 09:00 both instances' schedules fire at once; each job runs once for the period", async () => {
      // Slack takes a moment over each DM, so that the burst lasts while the next test kills one instance.
      fake.failNext("chat.postMessage", { delayMs: 40 }, MANY.length);
      await until(
        async () => (await db.client.jobRun.count({ where: { status: "done" } })) === 3,
        "the 09:00 jobs",
        LEAD_MS + 15_000,
      );
      const runs = await db.client.jobRun.findMany({ orderBy: { job: "asc" } });
      expect(runs.map((r) => [r.job, r.period, r.status])).toEqual([
        ["daily-reminders", "2019-12-02", "done"],
        ["surveys", "2019-12-02", "done"],
        ["weekly-digest", "2019-12-01", "done"],
      ]);
      // Each job ran in one of the two processes; the other found the period claimed.
      expect(jobsDone()).toEqual(["daily-reminders", "surveys", "weekly-digest"]);
      expect(await db.client.outboxMessage.count({ where: { key: { startsWith: "reminder:expert:" } } })).toBe(
        MANY.length,
      );
      await until(() => fake.messages(DIGEST).length > 0, "the digest post");
      expect(fake.messages(DIGEST)).toHaveLength(1);
      expect(fake.messages(DIGEST)[0].text).toContain("週次進捗ダイジェスト（2019/11/25〜2019/12/1）");
    });

    it("(d) SIGKILL of one instance in the middle of the reminder DMs: the other sends the rest, each exactly once", async () => {
      const k = 40 + Math.floor(Math.random() * 110);
      process.stdout.write(`two instances: killing the first after ${k} reminder DMs\n`);
      await until(() => reminderDms() >= k, `${k} reminder DMs`);
      await stopProcess(a.app);
      const atKill = reminderDms();
      expect(atKill, "the kill landed in the middle of the burst").toBeLessThan(MANY.length);

      // The rows the dead instance had claimed are retaken once their lock (1 s) expires.
      await until(async () => (await unsent()) === 0, "the surviving instance to send the rest");
      for (const u of MANY) expect(fake.messages(u.id), u.id).toHaveLength(1);
      expect(await db.client.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
      expect(fake.messages(DIGEST)).toHaveLength(1);
    });

    it("(e) the killed instance, restarted, joins without sending anything again", async () => {
      const posts = fake.calls("chat.postMessage").length;
      a = await start();
      // Its catch-up at start finds the day's jobs done; its dispatcher (polling every second) finds nothing due.
      await new Promise((r) => setTimeout(r, 2_500));
      expect(fake.calls("chat.postMessage")).toHaveLength(posts);
      expect(await db.client.jobRun.count()).toBe(3);
      expect(await db.client.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
      for (const u of MANY) expect(fake.messages(u.id)).toHaveLength(1);
    });

    it("(a) requests alternate between the instances with one instance's results: registered on one, approved on the other, found by both", async () => {
      // Both instances have their name index loaded before the change.
      for (const p of [a, b]) expect(await search(p, "やまだ")).toEqual([]);

      await a.driver.command(NEWCOMER, "/expert", "register");
      const view = await fake.waitFor(() => fake.lastView(NEWCOMER), 10_000);
      const res = await b.driver.submitView(NEWCOMER, view, b.driver.fill(view, FORM));
      expect(res.status).toBe(200);
      expect(res.body?.response_action).toBeUndefined();
      const review = await fake.waitFor(() => fake.messages(CHANNEL).find((m) => m.text.includes("山田 太郎")), 10_000);
      const expert = await db.client.expert.findUniqueOrThrow({ where: { slackUserId: NEWCOMER } });
      expect(expert.status).toBe("pending");

      // Two members click Approve at the same moment, one on each instance: one approval.
      await Promise.all([
        a.driver.clickButton(SEC[0], { actionId: EXPERT_IDS.approveButton, value: String(expert.id), message: review }),
        b.driver.clickButton(SEC[1], { actionId: EXPERT_IDS.approveButton, value: String(expert.id), message: review }),
      ]);
      await until(
        async () => (await db.client.expert.findUniqueOrThrow({ where: { id: expert.id } })).status === "active",
        "the approval",
      );
      for (const p of [a, b]) expect((await search(p, "やまだ")).map((o) => o.value)).toEqual([String(expert.id)]);

      await until(
        () =>
          fake.messages(NEWCOMER).some((m) => m.text.includes("承認されました")) &&
          fake.messages(CHANNEL).some((m) => m.ts === review.ts && m.updated === true),
        "the approval DM and the review update",
      );
      await until(
        () => JSON.stringify(fake.responses().map((r) => r.body)).includes("すでに承認済み"),
        "the other click's answer",
      );
      const dms = fake.messages(NEWCOMER).map((m) => m.text);
      expect(dms.filter((t) => t.includes("受け付けました"))).toHaveLength(1);
      expect(dms.filter((t) => t.includes("承認されました"))).toHaveLength(1);
      const audit = await db.client.auditLog.findMany({ where: { entityType: "expert", entityId: String(expert.id) } });
      expect(audit.map((r) => r.action)).toEqual(["expert.register", "expert.approve"]);
    });

    it("(c) a burst of approvals on both instances: every DM and every review update is sent once though both dispatchers run", async () => {
      // Each pending expert is approved by two members at once, each click on another instance.
      const clicks = await Promise.all(
        pendingIds.flatMap((id, i) => {
          const [first, second] = i % 2 === 0 ? [a, b] : [b, a];
          return [
            first.driver.clickButton(SEC[0], { actionId: EXPERT_IDS.approveButton, value: String(id) }),
            second.driver.clickButton(SEC[1], { actionId: EXPERT_IDS.approveButton, value: String(id) }),
          ];
        }),
      );
      expect(clicks.map((c) => c.status)).toEqual(clicks.map(() => 200));
      await until(
        async () =>
          (await db.client.expert.count({ where: { id: { in: pendingIds }, status: "active" } })) ===
            pendingIds.length && (await unsent()) === 0,
        "every approval and its messages",
      );
      for (const u of PENDING)
        expect(
          fake.messages(u.id).filter((m) => m.text.includes("承認されました")),
          u.id,
        ).toHaveLength(1);
      // One update of each review message.
      const posted = await db.client.outboxMessage.findMany({
        where: { key: { in: pendingIds.map((id) => `expert:${id}:review:1`) } },
      });
      const reviews = posted.map((r) => r.resultTs).sort();
      expect(fake.messages(CHANNEL).filter((m) => reviews.includes(m.ts) && m.updated)).toHaveLength(PENDING.length);
      const updates = fake.calls("chat.update").filter((c) => c.status === 200 && c.response.ok);
      expect(
        updates
          .map((c) => c.args.ts)
          .filter((ts) => reviews.includes(ts))
          .sort(),
      ).toEqual(reviews);
      expect(await db.client.auditLog.count({ where: { action: "expert.approve" } })).toBe(PENDING.length + 1);
      expect(await db.client.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
    });
  },
);
