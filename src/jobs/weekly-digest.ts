import type { Database } from "../db/client.js";
import type { DigestService } from "../features/digest/digest-service.js";
import { runOncePerPeriod } from "../features/job-runs/job-runs-service.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { cronAt } from "./cron-expression.js";
import type { Job } from "./scheduler.js";

export const WEEKLY_DIGEST = "weekly-digest";

export type DigestDeps = { db: Database; clock: Clock; logger: Logger; digest: DigestService };

/** The digest of the last finished week, once per week (JobRun); `force` re-runs a done week. */
export function runWeeklyDigest(deps: DigestDeps, at: Date, opts: { force?: boolean } = {}) {
  return runOncePerPeriod(deps, WEEKLY_DIGEST, deps.digest.periodOf(at), () => deps.digest.send(at), opts);
}

/** Runs on the program's digest weekday and time (default Monday 09:00, Japan time). */
export const weeklyDigestJob: Job = {
  name: WEEKLY_DIGEST,
  cron: async (ctx) => {
    const p = await ctx.services.program.current();
    return cronAt(p.digestTime, p.digestWeekday);
  },
  run: (ctx, at) => runWeeklyDigest({ ...ctx, digest: ctx.services.digest }, at),
  async catchUp(ctx, at) {
    if (!(await ctx.services.digest.isDue(at))) return null;
    return runWeeklyDigest({ ...ctx, digest: ctx.services.digest }, at);
  },
};
