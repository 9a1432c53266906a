/**
 * Soak: 50 simulated people × 60 s of mixed interactions against one app (commands, buttons, modal
 * submissions with valid and invalid data, options loads). No HTTP errors, every ack under 3 s, no
 * error logs, every accepted write in the database exactly once. Not part of `npm test`: run with
 * `npm run test:soak` (prints the ack times per kind of request).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../support/harness.js";
import { ackSummary, checkLoad, type LoadReport, type Population, runLoad, startLoadHarness } from "../support/load.js";

const USERS = Number(process.env.SOAK_USERS ?? 50);
const DURATION_MS = Number(process.env.SOAK_SECONDS ?? 60) * 1000;

describe(`soak: ${USERS} people × ${DURATION_MS / 1000} s of mixed interactions`, () => {
  let h: Harness;
  let pop: Population;
  let report: LoadReport;

  const phases: Record<string, number> = {};

  beforeAll(async () => {
    let t = Date.now();
    const lap = (name: string) => {
      phases[name] = Date.now() - t;
      t = Date.now();
    };
    ({ h, pop } = await startLoadHarness(USERS, DURATION_MS));
    lap("setupMs");
    report = await runLoad(h, pop, { users: USERS, durationMs: DURATION_MS, seed: 2019 });
    lap("runMs");
    await h.settle();
    lap("settleMs");
  }, DURATION_MS + 180_000);
  afterAll(async () => {
    await h?.stop();
  });

  it("answers everything in time, logs no error and stores every accepted write", async () => {
    const summary = ackSummary(report);
    console.log(
      JSON.stringify(
        {
          users: USERS,
          seconds: DURATION_MS / 1000,
          ...phases,
          requests: report.requests,
          perSecond: Math.round((report.requests / report.wallMs) * 1000),
          accepted: Object.fromEntries(Object.entries(report.accepted).map(([k, v]) => [k, v.length])),
          rejected: Object.fromEntries(Object.entries(report.rejected).map(([k, v]) => [k, v.length])),
          ackMs: summary,
        },
        null,
        1,
      ),
    );
    expect(await checkLoad(h, pop, report)).toEqual([]);
    expect(report.accepted.applications.length).toBeGreaterThan(0);
    expect(report.accepted.visits.length).toBeGreaterThan(0);
    expect(report.rejected.applications.length).toBeGreaterThan(0);
  }, 120_000);
});
