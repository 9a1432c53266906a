import { WebClient } from "@slack/web-api";
import { loadAppEnv, loadDataEnv, loadSlackApiEnv, loadWebEnv, type SlackApiEnv } from "../config/env.js";
import { type Database, openDatabase } from "../db/client.js";
import { migrateDeploy } from "../db/migrate.js";
import type { DeliveryKick } from "../features/outbox/notifier.js";
import { type ChannelInspector, slackChannelInspector } from "../features/program/channel-check.js";
import type { UserDirectory } from "../features/roles/roles-service.js";
import { smeSettingsOf } from "../features/sme/sme-service.js";
import { type Clock, systemClock } from "../lib/clock.js";
import { createLogger, type Logger } from "../lib/logger.js";
import { buildServices } from "../services.js";

/**
 * How the CLI's services deliver: not at all. What a command queues (DMs, e-mails, posts) stays in
 * the outbox and the running app sends it on its next poll.
 */
export const QUEUE_ONLY: DeliveryKick = { kick() {} };

/** The CLI asks Slack about no user: everyone reads the default language. */
const NO_DIRECTORY: UserDirectory = { lookup: async () => null };

/** What the services of a CLI command are built with besides the database and the clock. */
export type CliServiceOptions = {
  /** Default QUEUE_ONLY; `desk run` delivers with an outbox dispatcher of its own. */
  delivery?: DeliveryKick;
  /** Default: the environment's channels (envChannelFallback). */
  channelFallback?: { secretariat: string | null; digest: string | null };
  /** Checks channels in Slack, for a command that sets one (default: none). */
  channelInspector?: ChannelInspector | null;
  /** SME links and e-mail as this environment configures them (PUBLIC_BASE_URL, LINK_SECRET, MAIL_FROM); default off. */
  web?: boolean;
  logger?: Logger;
};

/** The same services as the app's (src/services.ts), composed for a command. */
export function cliServices(db: Database, clock: Clock, opts: CliServiceOptions = {}) {
  const web = opts.web ? loadWebEnv() : null;
  return buildServices({
    db,
    clock,
    logger: opts.logger ?? cliLogger(),
    delivery: opts.delivery ?? QUEUE_ONLY,
    directory: NO_DIRECTORY,
    channelInspector: opts.channelInspector ?? null,
    channelFallback: opts.channelFallback ?? envChannelFallback(),
    mailEnabled: Boolean(web?.MAIL_FROM),
    sme: web ? smeSettingsOf(web) : null,
  });
}

export type CliServices = ReturnType<typeof cliServices>;

/** What data commands get: the database (migrated), a clock and the services; no Slack settings needed. */
export type CliContext = { db: Database; clock: Clock; services: CliServices; databaseUrl: string };

export type CliOptions = {
  /** Default true; commands that run beside the app pass false (its migration lock would make them wait). */
  migrate?: boolean;
  /** Checks channels in Slack (a command that sets one): needs SLACK_BOT_TOKEN, ConfigError otherwise. */
  inspectChannels?: boolean;
  /** See CliServiceOptions.web. */
  web?: boolean;
};

export async function withDatabase<T>(fn: (ctx: CliContext) => Promise<T>, opts: CliOptions = {}): Promise<T> {
  const env = loadDataEnv();
  if (opts.migrate !== false) await migrateDeploy(env.DATABASE_URL, { quiet: true });
  const db = await openDatabase(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
  try {
    const services = cliServices(db, systemClock, {
      channelInspector: opts.inspectChannels ? cliChannelInspector() : null,
      web: opts.web,
    });
    return await fn({ db, clock: systemClock, services, databaseUrl: env.DATABASE_URL });
  } finally {
    await db.disconnect();
  }
}

export function print(line = ""): void {
  process.stdout.write(`${line}\n`);
}

/** The CLI's log: JSON lines on stderr, warnings and errors unless LOG_LEVEL is debug. */
export function cliLogger(): Logger {
  return createLogger(loadDataEnv().LOG_LEVEL === "debug" ? "debug" : "warn");
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
