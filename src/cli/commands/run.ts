import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { DateTime } from "luxon";
import { loadAppEnv, loadDataEnv } from "../../config/env.js";
import { type Database, openDatabase } from "../../db/client.js";
import type { PlannedUpload } from "../../features/digest/digest-service.js";
import { OutboxDispatcher } from "../../features/outbox/outbox-dispatcher.js";
import { slackChannelInspector } from "../../features/program/channel-check.js";
import { prepareProgram } from "../../features/program/program-channels.js";
import type { PlannedMessage } from "../../features/reminders/reminders-service.js";
import { runDailyReminders } from "../../jobs/daily-reminders.js";
import { runWeeklyDigest } from "../../jobs/weekly-digest.js";
import { type Clock, systemClock, ZONE } from "../../lib/clock.js";
import { cliLogger, cliServices, cliSlackClient, envChannelFallback, print } from "../cli-context.js";

const JOB_NAMES = ["daily-reminders", "weekly-digest"] as const;
type JobName = (typeof JOB_NAMES)[number];

export type RunOptions = { at?: string; dryRun?: boolean; chartOut?: string; program?: string };

/** "2019-12-02T09:00" (Japan time unless an offset is given) → instant; now when absent. */
export function parseAt(at: string | undefined, clock: Clock): Date {
  if (!at) return clock.now();
  const d = DateTime.fromISO(at, { zone: ZONE, setZone: true });
  if (!d.isValid)
    throw new Error(`--at ${at}: not an ISO date-time. Use e.g. 2019-12-02T09:00 (Japan time) or 2019-12-02T00:00Z.`);
  return d.toJSDate();
}

function describe(m: PlannedMessage): string {
  const to = m.audience === "expert" ? `DM to ${m.channel}` : `post to ${m.channel} (${m.audience} channel)`;
  return [
    `── ${to} — key ${m.key}`,
    "text:",
    m.content.text,
    "blocks:",
    JSON.stringify(m.content.blocks ?? [], null, 2),
    "",
  ].join("\n");
}

function describeUpload(u: PlannedUpload): string {
  const bytes = Buffer.from(u.payload.contentBase64, "base64");
  return `── file upload to ${u.payload.channel} — key ${u.key}\n${u.payload.filename} (${bytes.length.toLocaleString("en-US")} bytes PNG), title「${u.payload.title}」\n`;
}

const NO_CHANNEL = "(no secretariat channel set yet)";

/** Prints what the job would send for `at`, sending and recording nothing. */
async function dryRun(job: JobName, db: Database, clock: Clock, at: Date, opts: RunOptions): Promise<void> {
  // A dry run sends nothing, so a program without channels yet can still be previewed.
  const fallback = envChannelFallback();
  const s = cliServices(db, clock, {
    channelFallback: { secretariat: fallback.secretariat ?? NO_CHANNEL, digest: fallback.digest },
  });
  const when = DateTime.fromJSDate(at, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm");
  if (job === "daily-reminders") {
    const plan = await s.reminders.plan(at);
    print(`daily-reminders for ${plan.date} (at ${when} Japan time) — dry run: nothing is sent or recorded.`);
    if (plan.skipped === "not_business_day") return print(`Nothing to send: ${plan.date} is not a business day.`);
    if (plan.skipped === "no_program") return print("Nothing to send: no program is set up.");
    print(`${plan.messages.length} message(s); ${plan.snoozed.length} snoozed user(s) skipped.\n`);
    for (const m of plan.messages) print(describe(m));
    return;
  }
  const program = opts.program === undefined ? undefined : await s.programYears.resolve(opts.program);
  const plan = await s.digest.plan(at, program);
  print(
    `weekly-digest for the week ${plan.weekStart}..${plan.weekEnd} (at ${when} Japan time) — dry run: nothing is sent or recorded.`,
  );
  if (plan.skipped === "outside_program") return print("Nothing to send: that week is outside the program period.");
  if (plan.skipped === "no_program") return print("Nothing to send: no program is set up.");
  print(`${plan.messages.length} message(s), ${plan.uploads.length} file upload(s).\n`);
  for (const m of plan.messages) print(describe(m));
  for (const u of plan.uploads) {
    print(describeUpload(u));
    if (opts.chartOut) {
      writeFileSync(opts.chartOut, Buffer.from(u.payload.contentBase64, "base64"));
      print(`chart written to ${opts.chartOut}`);
    }
  }
}

/** Runs the job for real (outbox keys keep it to one message per recipient and period) and delivers. */
async function runForReal(job: JobName, db: Database, clock: Clock, at: Date): Promise<void> {
  const env = loadAppEnv();
  const client = cliSlackClient(env);
  const logger = cliLogger();
  const dispatcher = new OutboxDispatcher(db, client, clock, logger, {
    pollMs: 0,
    ...(env.OUTBOX_LOCK_SECONDS ? { lockMs: env.OUTBOX_LOCK_SECONDS * 1000 } : {}),
  });
  const s = cliServices(db, clock, {
    delivery: dispatcher,
    channelFallback: { secretariat: env.SECRETARIAT_CHANNEL_ID, digest: env.DIGEST_CHANNEL_ID ?? null },
    logger,
  });
  // What the app does at start: the channels checked, the program seeded from the environment.
  await prepareProgram(s.program, env, slackChannelInspector(client), logger);
  const deps = { db, clock, logger };
  const outcome =
    job === "daily-reminders"
      ? await runDailyReminders({ ...deps, reminders: s.reminders }, at, { force: true })
      : await runWeeklyDigest({ ...deps, digest: s.digest }, at, { force: true });
  if (!outcome.ran) {
    print(`${job}: another run of this period is in progress; nothing done.`);
    return;
  }
  print(`${job}: ${outcome.result.summary}`);
  await dispatcher.drain();
  await dispatcher.stop();
  const rows = await Promise.all(outcome.result.keys.map((k) => s.outbox.byKey(k)));
  const by = (status: string) => rows.filter((r) => r?.status === status).length;
  print(
    `delivery: ${by("sent")} sent, ${by("pending") + by("sending")} waiting (the app sends them), ${by("dead")} given up`,
  );
  if (by("dead") > 0) process.exitCode = 1;
}

export async function runJobCommand(job: string, opts: RunOptions, clock: Clock = systemClock): Promise<void> {
  if (!JOB_NAMES.includes(job as JobName)) throw new Error(`Unknown job "${job}". Jobs: ${JOB_NAMES.join(", ")}.`);
  if (opts.program !== undefined && (!opts.dryRun || job !== "weekly-digest"))
    throw new Error(
      "--program works with weekly-digest --dry-run: the digest that is sent is always the current program's.",
    );
  const at = parseAt(opts.at, clock);
  // No migration here: this runs beside the app (which migrates at start) and must not wait on its lock.
  const db = await openDatabase(loadDataEnv().DATABASE_URL);
  try {
    if (opts.dryRun) await dryRun(job as JobName, db, clock, at, opts);
    else await runForReal(job as JobName, db, clock, at);
  } finally {
    await db.disconnect();
  }
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("run a scheduled job now or for a given moment (re-run a missed job; --dry-run prints instead)")
    .argument("<job>", JOB_NAMES.join(" | "))
    .option("--at <iso>", "the moment to run for, e.g. 2019-12-02T09:00 (Japan time unless an offset is given)")
    .option("--dry-run", "print the Block Kit and text of every message instead of sending; records nothing")
    .option("--chart-out <file>", "with --dry-run and weekly-digest: also write the chart PNG to this file")
    .option(
      "--program <name>",
      "with --dry-run and weekly-digest: the digest of this program year (default: the current one; only the current one is sent)",
    )
    .action((job: string, opts: RunOptions) => runJobCommand(job, opts));
}
