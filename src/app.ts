import { Server } from "node:http";
import { App, type CustomRoute, ErrorCode, HTTPReceiver, type HTTPReceiverOptions, LogLevel } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import type { AppEnv } from "./config/env.js";
import { type Database, openDatabase, urgently } from "./db/client.js";
import { migrateDeploy } from "./db/migrate.js";
import { createMailer, type Mailer } from "./features/outbox/mailer.js";
import { type DispatcherOptions, OutboxDispatcher } from "./features/outbox/outbox-dispatcher.js";
import { slackChannelInspector } from "./features/program/channel-check.js";
import { prepareProgram } from "./features/program/program-channels.js";
import { smeSettingsOf } from "./features/sme/sme-service.js";
import { registerJobs } from "./jobs/index.js";
import { JobScheduler } from "./jobs/scheduler.js";
import { type Clock, systemClock } from "./lib/clock.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { registerListeners } from "./listeners/index.js";
import { buildServices, type Services } from "./services.js";
import { CommandRouter } from "./slack/command-router.js";
import type { AppContext } from "./slack/context.js";
import { HomeRegistry } from "./slack/home.js";
import { slackFetch } from "./slack/slack-fetch.js";
import { registerChooseRoutes } from "./web/choose-routes.js";
import { registerFirstVisitWeb } from "./web/first-visit-routes.js";
import { WebRouter, type WebRouterOptions } from "./web/router.js";
import { registerWebRoutes } from "./web/routes.js";
import { SmeSectionRegistry } from "./web/sme-sections.js";
import { registerSurveyWeb } from "./web/survey-routes.js";

export type StartOptions = {
  env: AppEnv;
  clock?: Clock;
  logger?: Logger;
  /** Skip running migrations (tests hand over an already migrated database). */
  skipMigrate?: boolean;
  /** Web API retry policy for interactive calls; tests use { retries: 0 }. */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  dispatcherOptions?: Partial<DispatcherOptions>;
  /** Per-call Web API timeout in ms (default 10 s interactive, 15 s outbox); tests shorten it. */
  apiTimeoutMs?: number;
  /** Run the cron schedules (off in tests, which call jobs directly). */
  schedule?: boolean;
  /** Web page limits (tests lower the POST rate limit). */
  webOptions?: Pick<WebRouterOptions, "rateLimit">;
  /** SMTP socket timeouts in ms (tests shorten them). */
  mailTimeoutMs?: number;
};

export type RunningApp = {
  app: App;
  ctx: AppContext;
  services: Services;
  db: Database;
  router: CommandRouter;
  home: HomeRegistry;
  jobs: JobScheduler;
  /** The public pages (null when PUBLIC_BASE_URL / LINK_SECRET are not set). */
  web: { router: WebRouter; sections: SmeSectionRegistry } | null;
  mailer: Mailer | null;
  /** The port of the HTTP receiver (undefined in Socket Mode). */
  port?: number;
  /** Resolves when no request is being handled and the outbox has nothing due. */
  settle(): Promise<void>;
  stop(): Promise<void>;
};

/** Composition root: config → db → services → Bolt → listeners → jobs. */
export async function startApp(opts: StartOptions): Promise<RunningApp> {
  const { env } = opts;
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? createLogger(env.LOG_LEVEL);
  if (!opts.skipMigrate) await migrateDeploy(env.DATABASE_URL, { quiet: true });
  const db = await openDatabase(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });

  const slackApiUrl = env.SLACK_API_URL;
  const retryConfig = opts.retryConfig ?? { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1000 };
  const socketMode = Boolean(env.SLACK_APP_TOKEN);
  // Verify the token ourselves before building the App: a revoked or mistyped token stops the start
  // with a clear message, and Bolt does not fire its own unawaited auth.test.
  const startClient = new WebClient(env.SLACK_BOT_TOKEN, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    fetch: slackFetch,
    retryConfig,
    timeout: 10_000,
  });
  const identity = await verifyToken(startClient);
  const mailer = env.MAIL_FROM
    ? createMailer({
        smtpUrl: env.SMTP_URL,
        from: env.MAIL_FROM,
        mailDir: env.MAIL_DIR,
        ...(opts.mailTimeoutMs ? { timeoutMs: opts.mailTimeoutMs } : {}),
      })
    : null;
  const smeSettings = smeSettingsOf(env);
  const webRouter = smeSettings
    ? new WebRouter({
        db,
        secret: smeSettings.linkSecret,
        secureCookies: smeSettings.baseUrl.startsWith("https://"),
        trustProxy: env.TRUST_PROXY,
        logger,
        ...opts.webOptions,
      })
    : null;
  const customRoutes: CustomRoute[] = [
    {
      path: "/healthz",
      method: ["GET"],
      handler: (_req, res) => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ ok: true }));
      },
    },
    // The public pages; their routes are registered below, once the services exist.
    ...(webRouter ? webRouter.customRoutes() : []),
  ];
  const boltLog = boltLogger(logger);
  const boltLevel = env.LOG_LEVEL === "debug" ? LogLevel.DEBUG : LogLevel.WARN;
  const app = new App({
    token: env.SLACK_BOT_TOKEN,
    botId: identity.botId,
    botUserId: identity.botUserId,
    // Also what respond() posts to response_url with.
    clientOptions: {
      ...(slackApiUrl ? { slackApiUrl } : {}),
      fetch: slackFetch,
      retryConfig,
      timeout: opts.apiTimeoutMs ?? 10_000,
    },
    logger: boltLog,
    logLevel: boltLevel,
    // In Socket Mode Bolt serves the custom routes (health check, web pages) on PORT too.
    ...(socketMode
      ? {
          socketMode: true,
          appToken: env.SLACK_APP_TOKEN,
          port: env.PORT,
          signingSecret: env.SLACK_SIGNING_SECRET,
          customRoutes,
        }
      : {
          receiver: new HTTPReceiver({
            signingSecret: env.SLACK_SIGNING_SECRET,
            customRoutes,
            logger: boltLog,
            logLevel: boltLevel,
            dispatchErrorHandler: dispatchError(logger, webRouter),
          }),
        }),
  });
  // The outbox handles 429 itself (persisted Retry-After), so its client rejects instead of waiting.
  const outboxClient = new WebClient(env.SLACK_BOT_TOKEN, {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    fetch: slackFetch,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: opts.apiTimeoutMs ?? 15_000,
  });
  const directory = {
    async lookup(userId: string) {
      const res = await app.client.users.info({ user: userId, include_locale: true });
      const user = res.user as { locale?: string; real_name?: string } | undefined;
      return user ? { locale: user.locale ?? null, realName: user.real_name ?? null } : null;
    },
  };
  const dispatcher = new OutboxDispatcher(
    db,
    outboxClient,
    clock,
    logger,
    {
      ...(env.OUTBOX_LOCK_SECONDS ? { lockMs: env.OUTBOX_LOCK_SECONDS * 1000 } : {}),
      ...(env.OUTBOX_POLL_SECONDS ? { pollMs: env.OUTBOX_POLL_SECONDS * 1000 } : {}),
      ...opts.dispatcherOptions,
    },
    mailer,
  );
  const services = buildServices({
    db,
    clock,
    logger,
    delivery: dispatcher,
    directory,
    // A modal submission waits for this check: Slack wants the answer within 3 s.
    channelInspector: slackChannelInspector(app.client, { timeoutMs: 1_500 }),
    channelFallback: { secretariat: env.SECRETARIAT_CHANNEL_ID, digest: env.DIGEST_CHANNEL_ID ?? null },
    mailEnabled: mailer !== null,
    sme: smeSettings,
  });
  try {
    await prepareProgram(services.program, env, slackChannelInspector(startClient), logger);
  } catch (error) {
    await db.disconnect();
    throw error;
  }
  await services.roles.seedSecretariat(env.SECRETARIAT_USER_IDS);
  // Notices of a batch paid just before a stop are queued now (each still sent once; another
  // instance starting at the same moment may win the race, which is fine).
  await services.honoraria.queueMissingNotices().catch((error: unknown) => {
    logger.warn("queueing missing payment notices failed", { error: String(error) });
  });

  const ctx: AppContext = {
    db,
    clock,
    logger,
    services,
  };
  // Counts requests whose listeners are still running: shutdown waits for them, tests settle on them.
  let inFlight = 0;
  const idleWaiters: (() => void)[] = [];
  app.use(async ({ body, next }) => {
    inFlight++;
    try {
      // A view submission or an options load is answered only after its database work: that work
      // goes ahead of background work (see urgently in db/client.ts).
      const type = (body as { type?: string }).type;
      if (type === "view_submission" || type === "block_suggestion") await urgently(next);
      else await next();
    } finally {
      inFlight--;
      if (inFlight === 0) for (const resolve of idleWaiters.splice(0)) resolve();
    }
  });
  const whenIdle = () =>
    inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));

  const router = new CommandRouter();
  const home = new HomeRegistry();
  registerListeners(app, ctx, router, home);
  const sections = new SmeSectionRegistry();
  if (webRouter && services.sme) {
    const webDeps = {
      applications: services.applications,
      program: services.program,
      sme: services.sme,
      sections,
    };
    registerWebRoutes(webRouter, webDeps);
    registerChooseRoutes(webRouter, { ...webDeps, matching: services.matching });
    registerFirstVisitWeb(webRouter, { sme: services.sme, firstVisits: services.firstVisits, sections });
    registerSurveyWeb(webRouter, { sme: services.sme, surveys: services.surveys, sections });
  }
  router.attach(app, ctx);
  home.attach(app, ctx);
  app.error(async (error) => {
    logger.error("unhandled Bolt error", { error: String(error) });
  });

  const jobs = new JobScheduler(ctx);
  registerJobs(jobs);
  let port: number | undefined;
  if (socketMode) {
    await app.start();
  } else {
    // The HTTP receiver answers with its node:http server (port 0 picks a free port: tests, bench).
    const server = await app.start(env.PORT);
    const address = server instanceof Server ? server.address() : null;
    port = typeof address === "object" && address ? address.port : env.PORT;
  }
  services.dispatcher.kick();
  // Announcements whose recipients were being built when the app last stopped: finish them.
  void services.announcements.resumeSending().catch((error) => {
    logger.error("resuming announcements failed", { error: String(error) });
  });
  if (opts.schedule !== false && env.JOBS_ENABLED) await jobs.start();

  let stopping: Promise<void> | null = null;
  return {
    app,
    ctx,
    services,
    db,
    router,
    home,
    jobs,
    port,
    web: webRouter ? { router: webRouter, sections } : null,
    mailer,
    async settle() {
      await webRouter?.whenIdle();
      await whenIdle();
      await services.announcements.idle();
      await services.dispatcher.drain();
      await whenIdle();
    },
    stop() {
      stopping ??= (async () => {
        jobs.stop();
        await app.stop();
        await whenIdle();
        // Between batches: the rest of an announcement is resumed at the next start.
        await services.announcements.stop();
        await services.dispatcher.stop();
        mailer?.close();
        await db.disconnect();
      })();
      return stopping;
    },
  };
}

async function verifyToken(client: WebClient): Promise<{ botId: string; botUserId: string }> {
  try {
    const auth = await client.auth.test();
    return { botId: String(auth.bot_id ?? ""), botUserId: String(auth.user_id ?? "") };
  } catch (error) {
    const e = error as { data?: { error?: string }; message?: string };
    const reason = e.data?.error ?? e.message ?? String(error);
    throw new Error(
      reason === "invalid_auth" || reason === "token_revoked" || reason === "not_authed"
        ? `Slack refused SLACK_BOT_TOKEN (${reason}). Copy the Bot User OAuth Token again from OAuth & Permissions (reinstall the app if it was revoked).`
        : `Could not reach Slack to verify SLACK_BOT_TOKEN (${reason}). Check the network or SLACK_API_URL.`,
    );
  }
}

/** Bolt's and the Web API client's logs in our one-line JSON format. */
function boltLogger(logger: Logger) {
  let level = LogLevel.WARN;
  const join = (msgs: unknown[]) => msgs.map((m) => (typeof m === "string" ? m : JSON.stringify(m))).join(" ");
  return {
    debug: (...msgs: unknown[]) => logger.debug(join(msgs), { source: "bolt" }),
    info: (...msgs: unknown[]) => logger.info(join(msgs), { source: "bolt" }),
    warn: (...msgs: unknown[]) => logger.warn(join(msgs), { source: "bolt" }),
    error: (...msgs: unknown[]) => logger.error(join(msgs), { source: "bolt" }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

/**
 * Requests the HTTP receiver could not route. Bolt's custom-route matching decodes the path and
 * throws on broken percent-encoding (`/s/x%FF`): that is the client's error (400 page, a warning),
 * not a crash. Unknown paths get Bolt's 404; anything else is logged and answered 500.
 */
function dispatchError(
  logger: Logger,
  web: WebRouter | null,
): NonNullable<HTTPReceiverOptions["dispatchErrorHandler"]> {
  return async ({ error, request, response }) => {
    if (error instanceof URIError) {
      logger.warn("request with a malformed path refused", { method: request.method, error: error.message });
      if (web) web.badRequest(response);
      else {
        response.writeHead(400);
        response.end();
      }
      return;
    }
    if ((error as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError) {
      response.writeHead(404);
      response.end();
      return;
    }
    logger.error("request could not be dispatched", { method: request.method, error: String(error) });
    response.writeHead(500);
    response.end();
  };
}
