import { describe, expect, it } from "vitest";
import { cliServices, QUEUE_ONLY } from "../../../src/cli/cli-context.js";
import type { Database } from "../../../src/db/client.js";
import { ManualClock } from "../../../src/lib/clock.js";
import { createLogger } from "../../../src/lib/logger.js";

/** Building the services touches no database: a stand-in that fails on any use proves it. */
const untouchable = new Proxy({} as Database, {
  get(_target, key) {
    throw new Error(`the database was used (${String(key)})`);
  },
});

describe("the CLI's services (one composition with the app's, src/services.ts)", () => {
  const clock = new ManualClock("2019-12-02T09:00");
  const logger = createLogger("silent");

  it("queue and do not send: their delivery port is a no-op unless a command brings a dispatcher", () => {
    const services = cliServices(untouchable, clock, { logger, channelFallback: { secretariat: "C1", digest: null } });
    expect(services.dispatcher).toBe(QUEUE_ONLY);
    expect(() => services.notifier.kick()).not.toThrow();
    expect(services.sme).toBeNull();
  });

  it("deliver through the dispatcher a command passes (desk run)", () => {
    let kicks = 0;
    const delivery = { kick: () => void kicks++ };
    const services = cliServices(untouchable, clock, {
      logger,
      delivery,
      channelFallback: { secretariat: "C1", digest: null },
    });
    services.notifier.kick();
    expect(kicks).toBe(1);
  });
});
