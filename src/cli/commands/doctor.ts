import { existsSync } from "node:fs";
import { WebClient } from "@slack/web-api";
import type { Command } from "commander";
import {
  type AppEnv,
  ConfigError,
  exampleValuesIn,
  loadAppEnv,
  loadDataEnv,
  loadWebEnv,
  type WebEnv,
  webEnabled,
  webProblems,
} from "../../config/env.js";
import { type Database, openDatabase } from "../../db/client.js";
import {
  databaseEngine,
  databasePathOf,
  postgresConnection,
  redactedMessage,
  redactUrl,
} from "../../db/database-url.js";
import { migrationState } from "../../db/migrate.js";
import { serverVersion } from "../../db/postgresql-backup.js";
import { createMailer } from "../../features/outbox/mailer.js";
import { checkProgramChannel, slackChannelInspector } from "../../features/program/channel-check.js";
import { channelTargets } from "../../features/program/program-channels.js";
import type { Program } from "../../features/program/program-service.js";
import { systemClock } from "../../lib/clock.js";
import { cliTexts } from "../cli.texts.js";
import { cliServices, print } from "../cli-context.js";

type Check = { ok: boolean; label: string; detail: string };

/** Each line OK or NG with the fix; exit code 1 when anything is NG. Only looks: it creates and changes nothing. */
export function registerDoctor(program: Command): void {
  program
    .command("doctor")
    .description("check configuration, database, migrations, Slack access, mail and the outbox (changes nothing)")
    .option("--mail", "also connect to the SMTP server and log in (sends nothing)")
    .action(async (opts: { mail?: boolean }) => {
      const checks: Check[] = [];
      const add = (ok: boolean, label: string, detail: string) => {
        checks.push({ ok, label, detail });
        print(`${ok ? "OK" : "NG"}  ${label.padEnd(22)} ${detail}`);
      };
      const dataEnv = loadDataEnv();
      let appEnv: AppEnv | null = null;
      try {
        appEnv = loadAppEnv();
        add(
          true,
          "configuration",
          `Slack settings present (${appEnv.SLACK_APP_TOKEN ? "Socket Mode" : `HTTP on port ${appEnv.PORT}`})`,
        );
      } catch (error) {
        const problems = error instanceof ConfigError ? error.problems.join("; ") : String(error);
        add(false, "configuration", `${problems} → set them in .env (see .env.example)`);
      }
      for (const { name, value } of exampleValuesIn()) {
        add(false, "configuration", `${name} is still the example value from .env.example (${value}) → ${FIX[name]}`);
      }

      let webEnv: WebEnv | null = null;
      try {
        webEnv = loadWebEnv();
      } catch (error) {
        const problems = error instanceof ConfigError ? error.problems.join("; ") : String(error);
        add(false, "web and mail", `${problems} → fix them in .env (see .env.example)`);
      }
      if (webEnv) await checkWebAndMail(webEnv, Boolean(opts.mail), add);

      const current = await checkDatabase(dataEnv.DATABASE_URL, add);
      if (appEnv) await checkSlack(appEnv, current, add);
      if (checks.some((c) => !c.ok)) process.exitCode = 1;
    });
}

type Add = (ok: boolean, label: string, detail: string) => void;

const FIX: Record<string, string> = {
  SLACK_BOT_TOKEN: "copy the Bot User OAuth Token from OAuth & Permissions",
  SLACK_SIGNING_SECRET: "copy the Signing Secret from Basic Information → App Credentials",
  SECRETARIAT_CHANNEL_ID: "put the ID of your private secretariat channel (channel details → bottom)",
  SECRETARIAT_USER_IDS: "put the member IDs of the first secretariat members (profile → ⋮ → Copy member ID)",
};

/** Where SME pages and mail go; with --mail, an SMTP connection and login (nothing is sent). */
async function checkWebAndMail(env: WebEnv, connect: boolean, add: Add): Promise<void> {
  const problems = webProblems(env);
  if (problems.length > 0) add(false, "web pages", `${problems.join("; ")} → set them in .env`);
  else if (webEnabled(env))
    add(
      true,
      "web pages",
      `application form at ${env.PUBLIC_BASE_URL}/apply; SME links under ${env.PUBLIC_BASE_URL}/s/…`,
    );
  else add(true, "web pages", "off (PUBLIC_BASE_URL not set): no public form, no SME e-mail or links — Slack only");
  if (!env.MAIL_FROM) {
    add(true, "mail", "off (MAIL_FROM not set)");
    return;
  }
  const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, mailDir: env.MAIL_DIR, timeoutMs: 10_000 });
  add(
    true,
    "mail",
    env.SMTP_URL
      ? `sent from ${env.MAIL_FROM} via ${mailer.description}${connect ? "" : " (`desk doctor --mail` tests the connection)"}`
      : `not sent: written as ${mailer.description} → set SMTP_URL to send`,
  );
  if (connect && env.SMTP_URL) {
    try {
      await mailer.verify();
      add(true, "smtp connection", `connected and accepted (${mailer.description}); nothing was sent`);
    } catch (error) {
      const e = error as { code?: string; responseCode?: number; message?: string };
      add(
        false,
        "smtp connection",
        `${e.responseCode ?? e.code ?? "error"}: ${e.message ?? String(error)} → check SMTP_URL (host, port, smtp:// or smtps://, user and password)`,
      );
    } finally {
      mailer.close();
    }
  }
}

/**
 * PostgreSQL 13 brought `DROP DATABASE … WITH (FORCE)` and what the app's SQL relies on; older
 * servers are out of their community support anyway.
 */
const MIN_POSTGRESQL = 13;

/** Migrations, program and outbox, read through a read-only connection; the current program or null. */
async function checkDatabase(databaseUrl: string, add: Add): Promise<Program | null> {
  const opened = await openToLook(databaseUrl, add);
  if (!opened) return null;
  const { db, name } = opened;
  try {
    add(true, "database", `${name} readable`);
    if (db.engine === "postgresql") {
      const version = await serverVersion((sql) => db.read.get(sql));
      if (version.num < MIN_POSTGRESQL * 10_000)
        add(
          false,
          "server",
          `PostgreSQL ${version.text}: the desk needs PostgreSQL ${MIN_POSTGRESQL} or newer → upgrade the server`,
        );
      else add(true, "server", `PostgreSQL ${version.text}`);
    }
    const state = await migrationState(db);
    if (state.failed.length > 0)
      add(false, "migrations", `failed: ${state.failed.join(", ")} → see \`npx desk migrate --status\``);
    else if (state.pending.length > 0)
      add(
        false,
        "migrations",
        `${state.pending.length} pending (${state.pending.join(", ")}) → run \`npx desk migrate\``,
      );
    else add(true, "migrations", "all applied");
    if (state.pending.length > 0 || state.failed.length > 0) return null;

    const services = cliServices(db, systemClock);
    const programRow = await services.program.currentOrNull();
    if (programRow) add(true, "program", `${programRow.name} ${programRow.startDate}..${programRow.endDate}`);
    else
      add(
        false,
        "program",
        "no program yet → `npx desk program set --name … --start … --end … --apply-from … --apply-until …` or start the app once",
      );
    const counts = await services.outbox.countByStatus();
    const dead = counts.dead ?? 0;
    if (dead === 0) add(true, "outbox", `pending ${counts.pending ?? 0}, sent ${counts.sent ?? 0}, given up 0`);
    else {
      const rows = await services.outbox.dead(5);
      add(
        false,
        "outbox",
        `${dead} message(s) given up after retries; latest: ${rows.map((r) => `${r.key} (${r.lastError})`).join(", ")} → fix the cause (channel access, token; for e-mail the address or SMTP_URL), then \`npx desk outbox retry\``,
      );
    }
    return programRow;
  } catch (error) {
    add(false, "database", `${redactedMessage(error, databaseUrl)} → check DATABASE_URL`);
    return null;
  } finally {
    await db.disconnect();
  }
}

/**
 * Opens the database read-only, or says NG and why: a SQLite file that does not exist is not
 * created (nor its folder); a PostgreSQL server that refuses says its reason, the password never shown.
 */
async function openToLook(databaseUrl: string, add: Add): Promise<{ db: Database; name: string } | null> {
  let engine: Database["engine"];
  let name: string;
  try {
    engine = databaseEngine(databaseUrl);
    if (engine === "postgresql") {
      postgresConnection(databaseUrl);
      name = redactUrl(databaseUrl);
    } else name = databasePathOf(databaseUrl);
  } catch (error) {
    add(false, "database", `${error instanceof Error ? error.message : String(error)} → fix DATABASE_URL`);
    return null;
  }
  if (engine === "sqlite" && !existsSync(name)) {
    add(
      false,
      "database",
      `database file does not exist yet (${name}): it is created by \`npm start\` or \`npx desk migrate\``,
    );
    return null;
  }
  try {
    return { db: await openDatabase(databaseUrl, { readOnly: true }), name };
  } catch (error) {
    if (engine === "sqlite")
      add(false, "database", `${String(error)} → check DATABASE_URL and that the file is readable`);
    else
      add(
        false,
        "database",
        `cannot connect to ${name}: ${redactedMessage(error, databaseUrl)} → check DATABASE_URL${(error as { code?: string }).code === "3D000" ? " (or create the database, then run `npx desk migrate`)" : ""}`,
      );
    return null;
  }
}

/** auth.test, then each program channel against the channel rule. */
async function checkSlack(env: AppEnv, current: Program | null, add: Add): Promise<void> {
  const client = new WebClient(env.SLACK_BOT_TOKEN, {
    ...(env.SLACK_API_URL ? { slackApiUrl: env.SLACK_API_URL } : {}),
    retryConfig: { retries: 0 },
    timeout: 10_000,
  });
  try {
    const auth = await client.auth.test();
    add(true, "slack auth.test", `bot ${auth.user} in ${auth.team}`);
  } catch (error) {
    const e = error as { code?: string; data?: { error?: string }; message?: string };
    if (e.code === "slack_webapi_platform_error")
      add(
        false,
        "slack auth.test",
        `Slack refused the token (${e.data?.error}) → check SLACK_BOT_TOKEN (reinstall the app if it was revoked)`,
      );
    else
      add(
        false,
        "slack auth.test",
        `${cliTexts.en.cannotReachSlack} — ${cliTexts.ja.cannotReachSlack}: ${e.message ?? String(error)}`,
      );
    return;
  }
  if (!env.DIGEST_CHANNEL_ID && !current?.digestChannelId)
    add(true, "digest channel", "not configured (optional; the digest goes to the secretariat channel)");
  const inspector = slackChannelInspector(client);
  for (const target of channelTargets(env, current)) {
    const label = `${target.role} channel`;
    const problem = await checkProgramChannel(inspector, target.role, target.id);
    if (problem) add(false, label, `${target.id} (${target.source}): ${problem.message.en}`);
    else
      add(
        true,
        label,
        `${target.id} (${target.source}) ${target.role === "secretariat" ? "private, " : ""}bot is a member`,
      );
  }
}
