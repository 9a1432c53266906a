/**
 * Sending N reminder DMs through the outbox to the fake Slack with Slack's per-method rate limits
 * switched on: all delivered, none twice, and how close the total time is to what the limits allow.
 */
import { WebClient } from "@slack/web-api";
import { openDatabase } from "../src/db/client.js";
import { Notifier } from "../src/features/outbox/notifier.js";
import { DEFAULT_DISPATCHER_OPTIONS, OutboxDispatcher } from "../src/features/outbox/outbox-dispatcher.js";
import { systemClock } from "../src/lib/clock.js";
import { createLogger } from "../src/lib/logger.js";
import { FakeSlack } from "../test/support/fake-slack.js";

/** The fake's workspace cap for chat.postMessage (SLACK.md: several hundred a minute). */
const POSTS_PER_MINUTE = 600;

export type DeliveryResult = {
  messages: number;
  delivered: number;
  duplicates: number;
  wall_s: number;
  ceiling_s: number;
  rate_limited_answers: number;
};

/** `databaseUrl`: an empty, migrated database. */
export async function benchDelivery(databaseUrl: string, messages: number): Promise<DeliveryResult> {
  const users = Array.from({ length: messages }, (_, i) => ({
    id: `UDELIV${String(i).padStart(5, "0")}`,
    name: `user${i}`,
  }));
  const fake = await FakeSlack.start({ users, rateLimits: true, botToken: "xoxb-delivery" });
  try {
    const db = await openDatabase(databaseUrl);
    const client = new WebClient("xoxb-delivery", {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    // The dispatcher is told the same budget the fake enforces (the app's default is a more careful 300/min).
    const dispatcher = new OutboxDispatcher(db, client, systemClock, createLogger("error"), {
      methodLimits: {
        ...DEFAULT_DISPATCHER_OPTIONS.methodLimits,
        "chat.postMessage": { limit: POSTS_PER_MINUTE, windowMs: 60_000 },
      },
      pollMs: 0,
      batchSize: 200,
    });
    const notifier = new Notifier(dispatcher, systemClock);
    await db.transaction(async (tx) => {
      for (const u of users)
        await notifier.dm(tx, `bench:daily:${u.id}:2019-12-10`, u.id, {
          text: "本日のリマインド: 報告書の提出期限が近づいています。",
        });
    });
    const started = performance.now();
    for (;;) {
      await dispatcher.drain();
      const left = await db.client.outboxMessage.count({ where: { status: { in: ["pending", "sending"] } } });
      if (left === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const wall = (performance.now() - started) / 1000;
    await dispatcher.stop();
    await db.disconnect();
    const perUser = new Map<string, number>();
    for (const m of fake.messages()) perUser.set(m.channel, (perUser.get(m.channel) ?? 0) + 1);
    const delivered = users.filter((u) => (perUser.get(u.id) ?? perUser.get(`D${u.id}`) ?? 0) > 0).length;
    const duplicates = [...perUser.values()].reduce((n, c) => n + Math.max(0, c - 1), 0);
    const limited = fake.calls("chat.postMessage").filter((c) => c.status === 429).length;
    return {
      messages,
      delivered,
      duplicates,
      wall_s: Number(wall.toFixed(1)),
      // A sliding window lets the first minute's budget go at once, then one budget a minute.
      ceiling_s: Math.floor((messages - 1) / POSTS_PER_MINUTE) * 60,
      rate_limited_answers: limited,
    };
  } finally {
    await fake.stop();
  }
}
