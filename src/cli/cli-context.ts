import { WebClient } from "@slack/web-api";
import { loadAppEnv, loadDataEnv, loadSlackApiEnv, type SlackApiEnv } from "../config/env.js";
import { type Database, openDatabase } from "../db/client.js";
import { migrateDeploy } from "../db/migrate.js";
import { type ChannelInspector, slackChannelInspector } from "../features/program/channel-check.js";
import { ProgramService } from "../features/program/program-service.js";
import { type Clock, systemClock } from "../lib/clock.js";

/** What data commands get: the database (migrated) and a clock; no Slack settings needed. */
export type CliContext = { db: Database; clock: Clock; program: ProgramService; databaseUrl: string };

export async function withDatabase<T>(
  fn: (ctx: CliContext) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const env = loadDataEnv();
  if (opts.migrate !== false) await migrateDeploy(env.DATABASE_URL, { quiet: true });
  const db = await openDatabase(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
  try {
    return await fn({
      db,
      clock: systemClock,
      program: new ProgramService(db, systemClock),
      databaseUrl: env.DATABASE_URL,
    });
  } finally {
    await db.disconnect();
  }
}

export function print(line = ""): void {
  process.stdout.write(`${line}\n`);
}

/**
 * A Web API client for a CLI command: no automatic retries (the command reports and exits), 429s
 * rejected so the outbox can persist Retry-After.
 */
export function cliSlackClient(env: SlackApiEnv, timeoutMs = 15_000): WebClient {
  return new WebClient(env.SLACK_BOT_TOKEN, {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
  });
}

/** Checks channels in Slack for a command that sets one; needs SLACK_BOT_TOKEN (ConfigError otherwise). */
export function cliChannelInspector(): ChannelInspector {
  return slackChannelInspector(cliSlackClient(loadSlackApiEnv(), 10_000));
}

/**
 * The environment's channels, for commands that plan or queue without asking Slack (a dry run,
 * `desk survey run`): they stand in for empty program settings exactly as in the app.
 */
export function envChannelFallback(): { secretariat: string | null; digest: string | null } {
  try {
    const env = loadAppEnv();
    return { secretariat: env.SECRETARIAT_CHANNEL_ID, digest: env.DIGEST_CHANNEL_ID ?? null };
  } catch {
    return { secretariat: null, digest: null };
  }
}
