import { WebClient } from "@slack/web-api";
import { Command } from "commander";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { registerOutbox } from "../../src/cli/commands/outbox.js";
import type { Database } from "../../src/db/client.js";
import { Notifier } from "../../src/features/outbox/notifier.js";
import { OutboxDispatcher } from "../../src/features/outbox/outbox-dispatcher.js";
import { systemClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { freshDatabase } from "../support/db-fixture.js";
import { FakeSlack } from "../support/fake-slack.js";

describe("desk outbox list / retry", () => {
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
    const client = new WebClient("xoxb-test", {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    const dispatcher = new OutboxDispatcher(db, client, clock, createLogger("silent"), { pollMs: 50, channelGapMs: 0 });
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
