import { WebClient } from "@slack/web-api";
import type { Command } from "commander";
import { ConfigError, loadAppEnv, loadDataEnv } from "../../config/env.js";
import { openDatabase } from "../../db/client.js";
import { runPrisma } from "../../db/migrate.js";
import { countOutboxByStatus, findDeadOutbox } from "../../features/outbox/outbox-repository.js";
import { findCurrentProgram } from "../../features/program/program-repository.js";
import { print } from "../cli-context.js";

type Check = { ok: boolean; label: string; detail: string };

/** Each line OK or NG with the fix; exit code 1 when anything is NG. */
export function registerDoctor(program: Command): void {
  program
    .command("doctor")
    .description("check configuration, database, migrations, Slack access and the outbox")
    .action(async () => {
      const checks: Check[] = [];
      const add = (ok: boolean, label: string, detail: string) => {
        checks.push({ ok, label, detail });
        print(`${ok ? "OK" : "NG"}  ${label.padEnd(22)} ${detail}`);
      };
      const dataEnv = loadDataEnv();
      let appEnv: ReturnType<typeof loadAppEnv> | null = null;
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

      const status = await runPrisma(["migrate", "status"], dataEnv.DATABASE_URL, { quiet: true });
      if (status.code === 0) add(true, "migrations", "all applied");
      else add(false, "migrations", "pending or failed migrations → run `npx desk migrate`");

      try {
        const db = await openDatabase(dataEnv.DATABASE_URL);
        try {
          const programRow = await findCurrentProgram(db.client).catch(() => null);
          add(true, "database", `${dataEnv.DATABASE_URL} reachable`);
          if (programRow) add(true, "program", `${programRow.name} ${programRow.startDate}..${programRow.endDate}`);
          else
            add(
              false,
              "program",
              "no program yet → `npx desk program set --name … --start … --end … --apply-from … --apply-until …` or start the app once",
            );
          const counts = await countOutboxByStatus(db.client).catch(() => ({}) as Record<string, number>);
          const dead = counts.dead ?? 0;
          if (dead === 0) add(true, "outbox", `pending ${counts.pending ?? 0}, sent ${counts.sent ?? 0}, given up 0`);
          else {
            const rows = await findDeadOutbox(db.client, 5);
            add(
              false,
              "outbox",
              `${dead} message(s) given up after retries; latest: ${rows.map((r) => `${r.key} (${r.lastError})`).join(", ")} → fix the cause (channel access, token), then \`npx desk outbox retry\``,
            );
          }
        } finally {
          await db.disconnect();
        }
      } catch (error) {
        add(false, "database", `${String(error)} → check DATABASE_URL and that the folder is writable`);
      }

      if (appEnv) {
        const client = new WebClient(appEnv.SLACK_BOT_TOKEN, {
          ...(appEnv.SLACK_API_URL ? { slackApiUrl: appEnv.SLACK_API_URL } : {}),
          retryConfig: { retries: 0 },
          timeout: 10_000,
        });
        try {
          const auth = await client.auth.test();
          add(true, "slack auth.test", `bot ${auth.user} in ${auth.team}`);
          for (const [label, channel] of [
            ["secretariat channel", appEnv.SECRETARIAT_CHANNEL_ID],
            ["digest channel", appEnv.DIGEST_CHANNEL_ID],
          ] as const) {
            if (!channel) {
              add(true, label, "not configured (optional)");
              continue;
            }
            try {
              const info = await client.conversations.info({ channel });
              const member = (info.channel as { is_member?: boolean } | undefined)?.is_member;
              add(
                member !== false,
                label,
                member === false
                  ? `${channel}: the bot is not a member → /invite @セキュリティ指導デスク in that channel`
                  : `${channel} reachable`,
              );
            } catch (error) {
              add(false, label, `${channel}: ${slackError(error)} → check the ID and invite the bot to the channel`);
            }
          }
        } catch (error) {
          add(
            false,
            "slack auth.test",
            `${slackError(error)} → check SLACK_BOT_TOKEN (reinstall the app if it was revoked)`,
          );
        }
      }
      if (checks.some((c) => !c.ok)) process.exitCode = 1;
    });
}

function slackError(error: unknown): string {
  const e = error as { data?: { error?: string }; message?: string };
  return e.data?.error ?? e.message ?? String(error);
}
