import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { ABANDONED_RUN_MS, runOncePerPeriod } from "../../src/features/job-runs/job-runs-service.js";
import { ManualClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { freshDatabase } from "../support/db-fixture.js";

describe("runOncePerPeriod (JobRun)", () => {
  let db: Database;
  let close: () => Promise<void>;
  const clock = new ManualClock("2019-12-02T09:00:00");
  const deps = () => ({ db, clock, logger: createLogger("silent") });
  beforeEach(async () => {
    ({ db, close } = await freshDatabase());
  });
  afterEach(async () => {
    await close();
  });

  it("two instances starting the same period at once: one runs, the other stands down", async () => {
    let runs = 0;
    const work = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 20));
      return { summary: "ok" };
    };
    const [a, b] = await Promise.all([
      runOncePerPeriod(deps(), "daily-reminders", "2019-12-02", work),
      runOncePerPeriod(deps(), "daily-reminders", "2019-12-02", work),
    ]);
    expect(runs).toBe(1);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    const again = await runOncePerPeriod(deps(), "daily-reminders", "2019-12-02", work);
    expect(again).toEqual({ ran: false, reason: "done", detail: "ok" });
    expect(runs).toBe(1);
  });

  it("a failed run is retried by the next attempt; an abandoned one after the lock period; force re-runs a done one", async () => {
    await expect(
      runOncePerPeriod(deps(), "weekly-digest", "2019-11-24", async () => {
        throw new Error("database is locked");
      }),
    ).rejects.toThrow("database is locked");
    const failed = await db.client.jobRun.findFirstOrThrow();
    expect(failed).toMatchObject({ status: "failed", detail: "Error: database is locked" });
    expect((await runOncePerPeriod(deps(), "weekly-digest", "2019-11-24", async () => ({ summary: "sent" }))).ran).toBe(
      true,
    );

    await db.client.jobRun.create({ data: { job: "weekly-digest", period: "2019-12-01", startedAt: clock.now() } });
    const busy = await runOncePerPeriod(deps(), "weekly-digest", "2019-12-01", async () => ({ summary: "x" }));
    expect(busy).toMatchObject({ ran: false, reason: "running" });
    clock.advance(ABANDONED_RUN_MS + 1);
    expect((await runOncePerPeriod(deps(), "weekly-digest", "2019-12-01", async () => ({ summary: "x" }))).ran).toBe(
      true,
    );
    const forced = await runOncePerPeriod(deps(), "weekly-digest", "2019-12-01", async () => ({ summary: "y" }), {
      force: true,
    });
    expect(forced.ran).toBe(true);
    expect(await db.client.jobRun.count()).toBe(2);
  });
});
