import { join } from "node:path";
import { type RunningApp, type StartOptions, startApp } from "../../src/app.js";
import { type AppEnv, loadAppEnv } from "../../src/config/env.js";
import type { DbClient } from "../../src/db/client.js";
import { ManualClock } from "../../src/lib/clock.js";
import { createLogger, type LogLevel } from "../../src/lib/logger.js";
import { freshDatabaseFile } from "./db-fixture.js";
import { FakeSlack, type FakeSlackUser } from "./fake-slack.js";
import { type LoadBalancer, startLoadBalancer } from "./load-balancer.js";
import { freePort } from "./pg-cluster.js";
import { SlackDriver } from "./slack-driver.js";

export const BOT_TOKEN = "xoxb-test-token";
export const SIGNING_SECRET = "0123456789abcdef0123456789abcdef";
export const SECRETARIAT_CHANNEL = "CSECRETARIAT";
export const DIGEST_CHANNEL = "CDIGEST";
/** Users every harness knows: two secretariat members, two would-be experts, an SME contact, an outsider, an English speaker. */
export const USERS = {
  sec1: { id: "USEC1", name: "jimukyoku1", realName: "事務局 一郎", locale: "ja-JP" },
  sec2: { id: "USEC2", name: "jimukyoku2", realName: "事務局 二郎", locale: "ja-JP" },
  expert1: { id: "UEXP1", name: "yamada", realName: "山田 太郎", locale: "ja-JP" },
  expert2: { id: "UEXP2", name: "suzuki", realName: "鈴木 花子", locale: "ja-JP" },
  sme1: { id: "USME1", name: "tanaka", realName: "田中 一", locale: "ja-JP" },
  outsider: { id: "UOUT1", name: "outsider", realName: "部外 者", locale: "ja-JP" },
  english: { id: "UENG1", name: "smith", realName: "John Smith", locale: "en-US" },
} satisfies Record<string, FakeSlackUser>;

export type HarnessOptions = {
  /** Japan-time ISO instant the clock starts at (default 2019-10-01T10:00, inside the 2019 program). */
  now?: string;
  users?: FakeSlackUser[];
  /** Extra environment (e.g. PROGRAM_* dates). */
  env?: Record<string, string>;
  logLevel?: LogLevel;
  /** Web API timeout and outbox policy overrides (fault tests shorten both). */
  appOptions?: Pick<StartOptions, "apiTimeoutMs" | "dispatcherOptions" | "retryConfig" | "webOptions">;
  /**
   * Serve the public pages: PUBLIC_BASE_URL = http://127.0.0.1:<the app's port>, a LINK_SECRET
   * and MAIL_FROM are set.
   */
  web?: boolean;
  /** Send mail to this SMTP URL (see test/support/smtp.ts); without it, with `web`, mail goes to .eml files in `mailDir`. */
  smtpUrl?: string;
  /** Where .eml files go when no smtpUrl is given (default: a temporary folder). */
  mailDir?: string;
  /**
   * App instances sharing the one database (default: DESK_TEST_INSTANCES, else 1). With more than
   * one, the Slack driver sends each request to the next instance in turn and `baseUrl` (and
   * PUBLIC_BASE_URL) is a load balancer that does the same with page requests; `app` and
   * `services` are the first instance's.
   */
  instances?: number;
};

/** The instances every harness runs unless a test says otherwise (`npm run test:pg` sets 2). */
export const DEFAULT_INSTANCES = Number(process.env.DESK_TEST_INSTANCES ?? "1");

export const LINK_SECRET = "test-link-secret-0123456789abcdef0123456789";
export const MAIL_FROM = "セキュリティ指導デスク事務局 <desk@example.jp>";

export type Harness = {
  /** http://127.0.0.1:<port>: the app's pages (and PUBLIC_BASE_URL with `web`). */
  baseUrl: string;
  fake: FakeSlack;
  driver: SlackDriver;
  /** The first instance. */
  app: RunningApp;
  /** Every instance on the database, the first one first. */
  apps: RunningApp[];
  clock: ManualClock;
  db: DbClient;
  env: AppEnv;
  services: RunningApp["services"];
  /** Every log line the app wrote (JSON objects), whatever the printed level. */
  logs: Record<string, unknown>[];
  /** Log lines of unexpected failures (level error), which tests of bad input expect none of. */
  errors(): Record<string, unknown>[];
  /** Waits until every instance's requests finished and the outbox has sent what is due. */
  settle(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * The real app on a temporary copy of the test database, its Web API pointed at a local fake
 * Slack, driven over HTTP with signed requests. The 2019 program's dates are the default program.
 */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const users = [...Object.values(USERS), ...(opts.users ?? [])];
  const fake = await FakeSlack.start({
    users,
    channels: [{ id: SECRETARIAT_CHANNEL, name: "jimukyoku", isPrivate: true }, DIGEST_CHANNEL, "C0GENERAL"],
    botToken: BOT_TOKEN,
  });
  const file = await freshDatabaseFile();
  const clock = new ManualClock(opts.now ?? "2019-10-01T10:00:00");
  const instances = opts.instances ?? DEFAULT_INSTANCES;
  const balancer: LoadBalancer | null = instances > 1 ? await startLoadBalancer() : null;
  // The app's port must be known before start when it is PUBLIC_BASE_URL.
  const port = opts.web && !balancer ? await freePort() : 0;
  const web: Record<string, string> = opts.web
    ? {
        PUBLIC_BASE_URL: balancer?.url ?? `http://127.0.0.1:${port}`,
        LINK_SECRET,
        MAIL_FROM,
        MAIL_DIR: opts.mailDir ?? join(file.dir, "mail"),
        SECRETARIAT_NAME: "指導事業 事務局",
        SECRETARIAT_ADDRESS: "東京都千代田区丸の内1-1-1",
        SECRETARIAT_PHONE: "03-0000-0000",
        SECRETARIAT_EMAIL: "desk@example.jp",
        ...(opts.smtpUrl ? { SMTP_URL: opts.smtpUrl } : {}),
      }
    : {};
  const env = loadAppEnv({
    DATABASE_URL: file.url,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    PORT: String(port),
    SECRETARIAT_CHANNEL_ID: SECRETARIAT_CHANNEL,
    DIGEST_CHANNEL_ID: DIGEST_CHANNEL,
    SECRETARIAT_USER_IDS: `${USERS.sec1.id},${USERS.sec2.id}`,
    PROGRAM_NAME: "中小企業の情報セキュリティマネジメント指導業務",
    PROGRAM_START: "2019-07-17",
    PROGRAM_END: "2020-01-31",
    PROGRAM_APPLY_FROM: "2019-08-14",
    PROGRAM_APPLY_UNTIL: "2019-11-21",
    JOBS_ENABLED: "false",
    LOG_LEVEL: "error",
    ...web,
    ...opts.env,
  });
  const level = opts.logLevel ?? (process.env.TEST_LOG_LEVEL as LogLevel | undefined) ?? "silent";
  const logs: Record<string, unknown>[] = [];
  const print = createLogger(level);
  const sink = (line: string) => {
    const entry = JSON.parse(line) as Record<string, unknown>;
    logs.push(entry);
    const at = entry.level as "debug" | "info" | "warn" | "error";
    print[at](String(entry.msg), entry);
  };
  const start: StartOptions = {
    env,
    clock,
    logger: createLogger("debug", sink),
    skipMigrate: true,
    retryConfig: opts.appOptions?.retryConfig ?? { retries: 0 },
    dispatcherOptions: { channelGapMs: 0, baseBackoffMs: 20, maxBackoffMs: 200, ...opts.appOptions?.dispatcherOptions },
    ...(opts.appOptions?.apiTimeoutMs ? { apiTimeoutMs: opts.appOptions.apiTimeoutMs } : {}),
    ...(opts.appOptions?.webOptions ? { webOptions: opts.appOptions.webOptions } : {}),
    mailTimeoutMs: 2_000,
    schedule: false,
  };
  const apps: RunningApp[] = [];
  // One after the other: the first start seeds the program and the secretariat, the next finds them.
  for (let i = 0; i < instances; i++) apps.push(await startApp(start));
  const [app] = apps;
  balancer?.route(apps.map((a) => a.port ?? 0));
  const driver = new SlackDriver({
    appUrl: apps.map((a) => `http://127.0.0.1:${a.port}/slack/events`),
    signingSecret: SIGNING_SECRET,
    fake,
  });
  return {
    baseUrl: balancer?.url ?? `http://127.0.0.1:${app.port}`,
    fake,
    driver,
    app,
    apps,
    clock,
    db: app.db.client,
    env,
    services: app.services,
    async settle() {
      // Twice round: a message an instance was still sending when another settled is awaited by its own.
      for (let round = apps.length > 1 ? 2 : 1; round > 0; round--) for (const a of apps) await a.settle();
    },
    logs,
    errors: () => logs.filter((l) => l.level === "error"),
    async stop() {
      for (const a of apps) await a.stop();
      await balancer?.stop();
      await fake.stop();
      await file.cleanup();
    },
  };
}
