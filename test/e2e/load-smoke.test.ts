/**
 * A short run of the load simulation (5 people × 5 s) so CI exercises it; the full one (50 × 60 s)
 * is `npm run test:soak`. No HTTP errors, every ack under Slack's 3 s, no error logs, and every
 * write the app accepted is in the database exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../support/harness.js";
import { ackSummary, checkLoad, type LoadReport, type Population, runLoad, startLoadHarness } from "../support/load.js";

describe("load smoke: 5 people × 5 s of mixed interactions", () => {
  let h: Harness;
  let pop: Population;
  let report: LoadReport;

  beforeAll(async () => {
    ({ h, pop } = await startLoadHarness(5, 5_000));
    report = await runLoad(h, pop, { users: 5, durationMs: 5_000, seed: 7, thinkMs: [50, 400] });
    await h.settle();
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
  });

  it("answers everything in time, logs no error and stores every accepted write", async () => {
    expect(await checkLoad(h, pop, report)).toEqual([]);
    expect(report.requests).toBeGreaterThan(20);
    const writes = report.accepted;
    expect(writes.applications.length + writes.tickets.length + writes.visits.length).toBeGreaterThan(0);
    expect(ackSummary(report).all.max).toBeLessThan(3000);
  });
});
