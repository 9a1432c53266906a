import { WebClient } from "@slack/web-api";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerOutbox } from "../../src/cli/commands/outbox.js";
import { type Database, openDatabase } from "../../src/db/client.js";
import { Notifier } from "../../src/features/outbox/notifier.js";
import { OutboxDispatcher } from "../../src/features/outbox/outbox-dispatcher.js";
import { systemClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { freshDatabase } from "../support/db-fixture.js";
import { FakeSlack } from "../support/fake-slack.js";

let db: Database;
let url: string;
let close: () => Promise<void>;
let fake: FakeSlack;
beforeEach(async () => {
  ({ db, url, close } = await freshDatabase());
  fake = await FakeSlack.start({ channels: ["CSECRETARIAT"], botToken: "xoxb-test" });
});
afterEach(async () => {
  await close();
  await fake.stop();
  vi.unstubAllEnvs();
});

const slackClient = () =>
  new WebClient("xoxb-test", { slackApiUrl: fake.url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });

describe("desk outbox list / retry", () => {
  async function desk(...args: string[]): Promise<string> {
    vi.stubEnv("DATABASE_URL", url);
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      const program = new Command().exitOverride();
      registerOutbox(program);
      await program.parseAsync(["node", "desk", ...args]);
    } finally {
      spy.mockRestore();
    }
    return out.join("");
  }

  it("a message given up is listed, requeued by `desk outbox retry`, and picked up by the running dispatcher's poll", async () => {
    // The CLI stamps the requeued row with the real time, as the app's dispatcher does.
    const clock = systemClock;
    const dispatcher = new OutboxDispatcher(db, slackClient(), clock, createLogger("silent"), {
      pollMs: 50,
      channelGapMs: 0,
    });
    const notifier = new Notifier(dispatcher, clock);
    try {
      await db.transaction((tx) => notifier.post(tx, "digest:2019-12-01", "CDIGEST", { text: "週次進捗ダイジェスト" }));
      notifier.kick();
      await dispatcher.drain();
      expect((await db.client.outboxMessage.findFirstOrThrow()).status).toBe("dead");

      const listed = await desk("outbox", "list", "--status", "dead");
      expect(listed).toContain("digest:2019-12-01");
      expect(listed).toContain("channel_not_found");

      // The operator invites the bot to the channel, then requeues.
      fake.addChannel("CDIGEST");
      expect(await desk("outbox", "retry")).toContain("1 message(s) queued again");
      await fake.waitFor(() => fake.messages("CDIGEST").length === 1, 5000);
      await dispatcher.drain();
      const row = await db.client.outboxMessage.findFirstOrThrow();
      expect(row).toMatchObject({ status: "sent", attempts: 1 });
      expect(await desk("outbox", "retry")).toContain("No given-up messages.");
    } finally {
      await dispatcher.stop();
    }
  });
});

describe("two instances share one outbox", () => {
  it("each due message is sent exactly once, including those a crashed instance left 'sending'", async () => {
    const now = Date.now();
    const row = (key: string) => ({
      key,
      kind: "post",
      recipient: "CSECRETARIAT",
      payload: JSON.stringify({ channel: "CSECRETARIAT", text: key }),
      createdAt: new Date(now - 120_000),
    });
    // A crashed instance claimed these and died mid-send: their lock ran out a minute ago.
    const abandoned = Array.from({ length: 6 }, (_, i) => `abandoned:${i}`);
    const pending = Array.from({ length: 12 }, (_, i) => `pending:${i}`);
    await db.client.outboxMessage.createMany({
      data: [
        ...abandoned.map((key) => ({
          ...row(key),
          status: "sending",
          attempts: 1,
          nextAttemptAt: new Date(now - 120_000),
          lockedUntil: new Date(now - 60_000),
        })),
        ...pending.map((key) => ({ ...row(key), nextAttemptAt: new Date(now - 1_000) })),
      ],
    });
    // Slack answers each post after a while, so both instances are mid-send on the same rows.
    fake.failNext("chat.postMessage", { delayMs: 40 }, abandoned.length + pending.length);

    const other = await openDatabase(url);
    try {
      const [a, b] = [db, other].map(
        (instance) =>
          new OutboxDispatcher(instance, slackClient(), systemClock, createLogger("silent"), {
            pollMs: 0,
            channelGapMs: 0,
          }),
      );
      // Both read the same due rows, then race to claim them one by one.
      const handled = await Promise.all([a.passOnce(), b.passOnce()]);
      expect(handled[0]).toBeGreaterThan(0);
      expect(handled[1]).toBeGreaterThan(0);
      expect(handled[0] + handled[1]).toBe(abandoned.length + pending.length);
      expect(await a.passOnce()).toBe(0);
    } finally {
      await other.disconnect();
    }

    const posted = fake.messages("CSECRETARIAT").map((m) => m.text);
    expect(posted.sort()).toEqual([...abandoned, ...pending].sort());
    const rows = await db.client.outboxMessage.findMany();
    expect(rows.every((r) => r.status === "sent" && r.attempts === (r.key.startsWith("abandoned") ? 2 : 1))).toBe(true);
  });
});
