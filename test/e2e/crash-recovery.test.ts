/**
 * The real app (and the `desk` CLI) as child processes, killed with SIGKILL in the middle of a burst
 * and started again: the database is consistent, the outbox resumes, and every message reaches the
 * fake Slack exactly once.
 *
 * The kill lands while one send is in flight at Slack (a `delayMs` fault on a randomly chosen call),
 * which is the one moment where exactly-once can be asserted: Slack has not stored that message, and
 * the row the dead process had claimed is retaken once its lock (OUTBOX_LOCK_SECONDS) expires. The
 * instant after Slack stored a message and before the row is marked sent is the documented
 * at-least-once window (README → Operations).
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import { seedOverdueReports, seedPendingExperts, startAppProcess, stopProcess, until } from "../support/app-process.js";
import { launch } from "../support/child-process.js";
import { freshDatabaseFile } from "../support/db-fixture.js";
import { FakeSlack, type FakeSlackUser } from "../support/fake-slack.js";

const SECRET = "0123456789abcdef0123456789abcdef";
const TOKEN = "xoxb-crash-test";
const CHANNEL = "CSECRETARIAT";
const SEC = ["USEC1", "USEC2"];

/** A random index in [lo, hi], printed so that a failure can be replayed. */
function pick(lo: number, hi: number, label: string): number {
  const k = lo + Math.floor(Math.random() * (hi - lo + 1));
  process.stdout.write(`${label}: killing at call ${k}\n`);
  return k;
}

/** Lets the first k-1 calls of `method` through and holds the k-th at "Slack" for a long time. */
function holdCall(fake: FakeSlack, method: string, k: number): void {
  for (let i = 1; i < k; i++) fake.failNext(method, {});
  fake.failNext(method, { delayMs: 20_000 });
}

describe("killed with SIGKILL mid-burst, then restarted", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function setup(users: FakeSlackUser[]) {
    const fake = await FakeSlack.start({
      users: [...SEC.map((id) => ({ id, name: id.toLowerCase() })), ...users],
      channels: [{ id: CHANNEL, isPrivate: true }],
      botToken: TOKEN,
    });
    cleanups.push(() => fake.stop());
    const file = await freshDatabaseFile();
    cleanups.push(() => file.cleanup());
    const env = {
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.url,
      SECRETARIAT_CHANNEL_ID: CHANNEL,
      SECRETARIAT_USER_IDS: SEC.join(","),
      DATABASE_URL: file.url,
      PORT: "0",
      JOBS_ENABLED: "false",
      LOG_LEVEL: "info",
      OUTBOX_LOCK_SECONDS: "1",
      PROGRAM_START: "2019-07-17",
      PROGRAM_END: "2020-01-31",
      PROGRAM_APPLY_FROM: "2019-08-14",
      PROGRAM_APPLY_UNTIL: "2019-11-21",
    };
    const db = await openDatabase(file.url);
    cleanups.push(() => db.disconnect());
    return { fake, env, db };
  }

  /** `npm start` against the fake; resolves with a driver once it listens. */
  async function startApp(env: Record<string, string>, fake: FakeSlack) {
    const started = await startAppProcess(env, fake, { signingSecret: SECRET });
    cleanups.push(() => stopProcess(started.app));
    return started;
  }

  const unsent = (db: Database) => db.client.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } });

  it("in the middle of 30 expert approvals racing (two members clicking each)", async () => {
    const experts = Array.from({ length: 30 }, (_, i) => ({
      id: `UEXP${String(i).padStart(3, "0")}`,
      name: `expert${i}`,
    }));
    const { fake, env, db } = await setup(experts);
    // 30 registrations already reviewed in the channel (posting them through the app would take
    // 30 s: Slack allows one post per second per channel, and the outbox keeps to it).
    const ids = await seedPendingExperts(db, fake, experts, { token: TOKEN, channel: CHANNEL });
    let { app, driver } = await startApp(env, fake);

    // The burst: 60 clicks at once; the k-th approval DM hangs at Slack and the process is killed.
    const k = pick(1, 30, "approvals");
    holdCall(fake, "chat.postMessage", k);
    // Requests cut off by the kill fail at the "Slack" end, as they would for real.
    const clicks = Promise.allSettled(
      ids.flatMap((id) =>
        SEC.map((user) => driver.clickButton(user, { actionId: EXPERT_IDS.approveButton, value: String(id) })),
      ),
    );
    await until(() => fake.inFlight("chat.postMessage") === 1, "the held approval DM");
    await stopProcess(app);
    await clicks;

    // Whatever got committed is whole: an approval has its audit row and both notifications.
    const approvedAtKill = await consistentApprovals(db, ids);
    expect(approvedAtKill.length).toBeGreaterThanOrEqual(k);
    expect(fake.messages().filter((m) => m.text.includes("承認されました"))).toHaveLength(k - 1);

    // Restart; the members click again where the approval did not happen; the outbox drains.
    ({ app, driver } = await startApp(env, fake));
    const left = ids.filter((id) => !approvedAtKill.includes(id));
    await Promise.all(
      left.flatMap((id) =>
        SEC.map((user) => driver.clickButton(user, { actionId: EXPERT_IDS.approveButton, value: String(id) })),
      ),
    );
    await until(async () => (await unsent(db)) === 0, "the outbox to drain after the restart");
    expect(await consistentApprovals(db, ids)).toEqual(ids);

    // Exactly once at Slack: one approval DM per expert, one update per review message.
    for (const u of experts)
      expect(fake.messages(u.id).filter((m) => m.text.includes("承認されました"))).toHaveLength(1);
    const reviews = fake.messages(CHANNEL);
    expect(reviews).toHaveLength(30);
    expect(reviews.every((m) => m.updated)).toBe(true);
    const updates = fake.calls("chat.update").filter((c) => c.status === 200 && c.response.ok);
    expect(updates.map((c) => c.args.ts).sort()).toEqual(reviews.map((m) => m.ts).sort());
    expect(await db.client.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
    // The held call is still "at Slack", abandoned by the dead process: it will store nothing.
    expect(fake.inFlight("chat.postMessage")).toBe(1);
    await stopProcess(app);
  }, 60_000);

  it("in the middle of the daily reminder job (`desk run daily-reminders`) sending 200 DMs", async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      id: `UMANY${String(i).padStart(4, "0")}`,
      name: `expert${i}`,
    }));
    const { fake, env, db } = await setup(many);
    await seedOverdueReports(db, many, { secretariat: CHANNEL });

    const k = pick(20, 180, "daily job");
    holdCall(fake, "chat.postMessage", k);
    const job = launch(["bin/desk.js", "run", "daily-reminders", "--at", "2019-12-02T09:00"], env);
    cleanups.push(() => stopProcess(job));
    await until(() => fake.inFlight("chat.postMessage") === 1 || job.child.exitCode !== null, "the held reminder");
    expect(job.child.exitCode, job.output()).toBeNull();
    await stopProcess(job);

    // The job's messages were all committed before sending began; k-1 went out; none is lost.
    const rows = await db.client.outboxMessage.findMany({ select: { key: true, status: true } });
    expect(rows.filter((r) => r.key.startsWith("reminder:expert:"))).toHaveLength(200);
    expect(rows.filter((r) => r.status === "sent")).toHaveLength(k - 1);
    expect(rows.filter((r) => r.status === "sending")).toHaveLength(1);
    expect(fake.messages()).toHaveLength(k - 1);

    const { app } = await startApp(env, fake);
    await until(async () => (await unsent(db)) === 0, "the outbox to drain after the restart");
    // Running the job again by hand afterwards sends nothing new (one message per recipient and day).
    const again = launch(["bin/desk.js", "run", "daily-reminders", "--at", "2019-12-02T09:00"], env);
    await again.exited;
    expect(again.output()).toMatch(/daily-reminders: |in progress/);

    for (const u of many) expect(fake.messages(u.id)).toHaveLength(1);
    expect(fake.messages()).toHaveLength(rows.length);
    expect(await db.client.outboxMessage.count({ where: { status: "sent" } })).toBe(rows.length);
    await stopProcess(app);
  }, 60_000);
});

/**
 * Checks that every approval in the database is whole and returns the approved expert ids: an
 * active expert has one approval audit row and both its outbox rows; a pending one has none.
 */
async function consistentApprovals(db: Database, ids: number[]): Promise<number[]> {
  const experts = await db.client.expert.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  const audits = await db.client.auditLog.findMany({ where: { action: "expert.approve" } });
  const keys = new Set((await db.client.outboxMessage.findMany({ select: { key: true } })).map((r) => r.key));
  const approved: number[] = [];
  for (const e of experts) {
    const own = audits.filter((a) => a.entityId === String(e.id));
    const notes = [`expert:${e.id}:approved:1`, `expert:${e.id}:review:1:decided`].filter((k) => keys.has(k));
    if (e.status === "active") {
      expect(own, `audit of expert ${e.id}`).toHaveLength(1);
      expect(notes, `notifications of expert ${e.id}`).toHaveLength(2);
      approved.push(e.id);
    } else {
      expect(e.status).toBe("pending");
      expect(own).toHaveLength(0);
      expect(notes).toHaveLength(0);
    }
  }
  return approved;
}
