/**
 * The scheduled jobs' work at a scale: the daily reminder computation, the weekly digest (with its
 * chart) and the final report (workbook) — wall time, peak RSS and SQL statements issued.
 */
import { WebClient } from "@slack/web-api";
import { openDatabase } from "../src/db/client.js";
import { DigestService } from "../src/features/digest/digest-service.js";
import { FinalReportService } from "../src/features/final-report/final-report-service.js";
import { Notifier } from "../src/features/outbox/notifier.js";
import { OutboxDispatcher } from "../src/features/outbox/outbox-dispatcher.js";
import { programChannels } from "../src/features/program/program-channels.js";
import { ProgramService } from "../src/features/program/program-service.js";
import { RemindersService } from "../src/features/reminders/reminders-service.js";
import { ManualClock } from "../src/lib/clock.js";
import { createLogger } from "../src/lib/logger.js";

export type JobResult = {
  job: string;
  scale: number;
  wall_ms: number;
  peak_rss_mb: number;
  /** How much the RSS grew during the job (peak minus the RSS at its start). */
  rss_growth_mb: number;
  sql_statements: number;
  output: string;
};

/** A business day in the December crunch, and the Monday after the busiest week. */
const REMINDERS_AT = "2019-12-10T09:00";
const DIGEST_AT = "2019-12-09T09:00";

async function measure(fn: () => Promise<string>, statements: () => number) {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const before = statements();
  const started = performance.now();
  const output = await fn();
  const wall = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    wall_ms: Math.round(wall),
    peak_rss_mb: Math.round(peak / 1048576),
    // The process's RSS does not shrink back after seeding bigger databases: the growth is the job's own.
    rss_growth_mb: Math.round((peak - start) / 1048576),
    sql_statements: statements() - before,
    output,
  };
}

export async function benchJobs(databaseUrl: string, scale: number): Promise<JobResult[]> {
  const db = await openDatabase(databaseUrl);
  try {
    const clock = new ManualClock(REMINDERS_AT);
    const logger = createLogger("error");
    const program = new ProgramService(db, clock);
    // Made-up channels (nothing is sent): seeded, not checked in Slack.
    await program.ensureSeeded(
      { name: "bench", secretariatChannelId: "CBENCHSEC", digestChannelId: "CBENCHDIGEST" },
      "bench",
    );
    const notifier = new Notifier(new OutboxDispatcher(db, new WebClient(), clock, logger, { pollMs: 0 }), clock);
    const channels = programChannels(program, { secretariat: "CBENCHSEC", digest: "CBENCHDIGEST" });
    const reminders = new RemindersService(db, clock, notifier, program, channels, logger);
    const digest = new DigestService(db, notifier, program, channels, logger);
    const reports = new FinalReportService(db, clock, program);
    const results: JobResult[] = [];
    const run = async (job: string, fn: () => Promise<string>) => {
      await fn(); // warm-up: module initialisation and statement caches are not the job's cost
      results.push({ job, scale, ...(await measure(fn, db.statementCount)) });
    };
    await run("daily-reminders", async () => {
      const plan = await reminders.plan(new Date(`${REMINDERS_AT}:00+09:00`));
      return `${plan.messages.length} messages`;
    });
    await run("weekly-digest", async () => {
      const plan = await digest.plan(new Date(`${DIGEST_AT}:00+09:00`));
      const bytes = plan.uploads.reduce((n, u) => n + Buffer.from(u.payload.contentBase64, "base64").length, 0);
      return `${plan.messages.length} messages, chart ${bytes} bytes`;
    });
    await run("final-report", async () => {
      const built = await reports.build("final", {});
      const xlsx = await reports.render(built, "xlsx", {});
      return `workbook ${xlsx.content.length} bytes`;
    });
    return results;
  } finally {
    await db.disconnect();
  }
}
