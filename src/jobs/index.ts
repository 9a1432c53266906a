import { dailyRemindersJob } from "./daily-reminders.js";
import type { JobScheduler } from "./scheduler.js";
import { surveyJob } from "./survey-job.js";
import { weeklyDigestJob } from "./weekly-digest.js";

/** Every scheduled job; `desk run <name>` runs the same ones by name. */
export const JOBS = [dailyRemindersJob, weeklyDigestJob, surveyJob];

export function registerJobs(jobs: JobScheduler): void {
  for (const job of JOBS) jobs.register(job);
}
