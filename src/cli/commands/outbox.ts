import type { Command } from "commander";
import { DateTime } from "luxon";
import { ZONE } from "../../lib/clock.js";
import { print, withDatabase } from "../cli-context.js";

// These run beside the app (which migrates at start); migrating here would wait on its lock.
const NO_MIGRATE = { migrate: false };
const STATUSES = ["pending", "sending", "sent", "dead"];

function when(d: Date | null): string {
  return d ? (DateTime.fromJSDate(d, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm:ss") as string) : "-";
}

/** `desk outbox list|retry`: see what the outbox holds and requeue messages that were given up. */
export function registerOutbox(program: Command): void {
  const outbox = program.command("outbox").description("list outgoing Slack messages; requeue the ones given up");
  outbox
    .command("list")
    .description("newest first; times are Japan time")
    .option("--status <status>", `only rows with this status (${STATUSES.join(", ")})`)
    .option("--key <prefix>", "only keys starting with this, e.g. reminder: or digest:2019-12-22")
    .option("--limit <n>", "how many rows", (v) => Number(v), 50)
    .action((opts: { status?: string; key?: string; limit: number }) =>
      withDatabase(async ({ services }) => {
        if (opts.status && !STATUSES.includes(opts.status))
          throw new Error(`--status must be one of ${STATUSES.join(", ")}`);
        const rows = await services.outbox.list({ status: opts.status, keyPrefix: opts.key, limit: opts.limit });
        if (rows.length === 0) return print("No messages match.");
        print(
          ["id", "status", "tries", "kind", "recipient", "created", "sent / next try", "key", "last error"].join("\t"),
        );
        for (const r of rows) {
          print(
            [
              r.id,
              r.status,
              r.attempts,
              r.kind,
              r.recipient,
              when(r.createdAt),
              r.status === "sent" ? when(r.sentAt) : r.status === "dead" ? "-" : when(r.nextAttemptAt),
              r.key,
              r.lastError ?? "",
            ].join("\t"),
          );
        }
      }, NO_MIGRATE),
    );
  outbox
    .command("retry")
    .description("put messages that were given up (dead) back in the queue; the running app sends them within 30 s")
    .option("--key <key>", "only the message with this exact key (default: every dead message)")
    .action((opts: { key?: string }) =>
      withDatabase(async ({ services }) => {
        const count = await services.outbox.retryDead({ key: opts.key });
        if (count === 0)
          return print(opts.key ? `No given-up message has the key ${opts.key}.` : "No given-up messages.");
        print(
          `${count} message(s) queued again with fresh attempts. The running app sends them within 30 seconds; \`desk outbox list --status dead\` shows any that fail again.`,
        );
      }, NO_MIGRATE),
    );
}
