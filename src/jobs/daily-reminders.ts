import type { Database } from "../db/client.js";
import { type RunOutcome, runOncePerPeriod } from "../features/job-runs/job-runs-service.js";
import type { RemindersService, SendResult } from "../features/reminders/reminders-service.js";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import { cronAt } from "./cron-expression.js";
import type { Job } from "./scheduler.js";

export const DAILY_REMINDERS = "daily-reminders";

export type ReminderDeps = { db: Database; clock: Clock; logger: Logger; reminders: RemindersService };

/** Today's reminders once per day (JobRun), however many instances or restarts; `force` re-runs a done day. */
export function runDailyReminders(
  deps: ReminderDeps,
  at: Date,
  opts: { force?: boolean } = {},
): Promise<RunOutcome<SendResult>> {
  return runOncePerPeriod(deps, DAILY_REMINDERS, deps.reminders.periodOf(at), () => deps.reminders.send(at), opts);
}

/** Runs at the program's reminder time every day; the service sends only on business days. */
export const dailyRemindersJob: Job = {
  name: DAILY_REMINDERS,
  cron: async (ctx) => cronAt((await ctx.services.program.current()).reminderTime),
  run: (ctx, at) => runDailyReminders({ ...ctx, reminders: ctx.services.reminders }, at),
  async catchUp(ctx, at) {
    if (!(await ctx.services.reminders.isDue(at))) return null;
    return runDailyReminders({ ...ctx, reminders: ctx.services.reminders }, at);
  },
};
