import { runOncePerPeriod } from "../features/job-runs/job-runs-service.js";
import { nowJst, todayJst } from "../lib/clock.js";
import type { AppContext } from "../slack/context.js";
import { cronAt } from "./cron-expression.js";
import type { Job } from "./scheduler.js";

export const SURVEYS_JOB = "surveys";

async function run(ctx: AppContext, at: Date) {
  const period = todayJst({ now: () => at });
  return runOncePerPeriod(ctx, SURVEYS_JOB, period, async () => {
    const { invited, reminded } = await ctx.services.surveys.runDaily();
    return { invited, reminded, summary: `invited ${invited}, reminded ${reminded}` };
  });
}

/**
 * Daily at the program's reminder time: invites completed cases that have no survey yet (in case
 * the completion did not) and sends survey reminders (after N business days, at most twice).
 */
export const surveyJob: Job = {
  name: SURVEYS_JOB,
  cron: async (ctx) => cronAt((await ctx.services.program.currentOrNull())?.reminderTime ?? "09:00"),
  run,
  catchUp: async (ctx, at) => {
    const program = await ctx.services.program.currentOrNull();
    const now = nowJst({ now: () => at });
    // A restart after today's run time catches up once (the JobRun row keeps it to once a day).
    if (program && now.toFormat("HH:mm") >= program.reminderTime) return run(ctx, at);
    return undefined;
  },
};
