import type { Command } from "commander";
import { DateTime } from "luxon";
import { segmentText } from "../../features/announcements/views/announcement-text.js";
import { ZONE } from "../../lib/clock.js";
import { parseIdArg } from "../../slack/payload.js";
import { print, withDatabase } from "../cli-context.js";

const NO_MIGRATE = { migrate: false };

function when(d: Date | null): string {
  return d ? (DateTime.fromJSDate(d, { zone: ZONE }).toFormat("yyyy-MM-dd HH:mm") as string) : "-";
}

/** What a recipient row's status means, for the operator. */
const STATUS_TEXT: Record<string, string> = {
  queued: "in the outbox (desk outbox list --key announcement:N: shows sent / given up)",
  pending: "e-mail waiting: mail was not configured when it was sent (desk announce send-pending N)",
  unreachable: "e-mail not sent: the record has no address any more",
};

/**
 * The CLI's announcements service has no Slack connection: what it queues (DMs, e-mails, the
 * channel's record) stays in the outbox and the running app sends it on its next poll; e-mail as
 * configured in this environment (PUBLIC_BASE_URL, LINK_SECRET, MAIL_FROM).
 */
const QUEUE_WITH_MAIL = { web: true };

function idArg(arg: string): number {
  const id = parseIdArg(arg);
  if (id === null) throw new Error(`"${arg}" is not an announcement number (e.g. 3)`);
  return id;
}

/** `desk announce list|show N`: announcements sent with `/desk announce`, and who got them. */
export function registerAnnounce(program: Command): void {
  const announce = program.command("announce").description("announcements sent with /desk announce, and who got them");
  announce
    .command("list")
    .description("newest first; times are Japan time")
    .option("--limit <n>", "how many", (v) => Number(v), 20)
    .action((opts: { limit: number }) =>
      withDatabase(async ({ services }) => {
        const rows = await services.announcements.history(opts.limit);
        if (rows.length === 0) return print("No announcements yet.");
        print(["id", "status", "sent", "by", "recipients", "segment", "title"].join("\t"));
        for (const a of rows)
          print(
            [
              a.id,
              a.status,
              when(a.sentAt),
              a.sentBy ?? a.createdBy,
              a._count.recipients,
              segmentText(a.segment, a.segmentParam, "en"),
              a.title,
            ].join("\t"),
          );
      }, NO_MIGRATE),
    );
  announce
    .command("show")
    .description("one announcement: its text and every recipient with the channel and status")
    .argument("<id>", "announcement number, e.g. 3")
    .action((arg: string) =>
      withDatabase(async ({ services }) => {
        const id = idArg(arg);
        const found = await services.announcements.record(id);
        if (!found) throw new Error(`Announcement #${id} does not exist (desk announce list shows them).`);
        const { announcement: a, counts, recipients: rows } = found;
        print(`Announcement #${a.id} (${a.status}) — ${segmentText(a.segment, a.segmentParam, "en")}`);
        print(`Sent: ${when(a.sentAt)} by ${a.sentBy ?? "-"}; drafted by ${a.createdBy}`);
        print(`Title: ${a.title}`);
        print(a.body);
        print();
        const summary = Object.entries(counts).map(([k, n]) => `${k} ${n}`);
        print(`Recipients: ${summary.length > 0 ? summary.join(", ") : "none (not sent)"}`);
        if (rows.length === 0) return;
        print(["kind", "record", "name", "channel", "address", "language", "status"].join("\t"));
        for (const r of rows)
          print(
            [
              r.kind,
              r.kind === "expert" ? `expert ${r.expertId}` : `application ${r.applicationId}`,
              r.name,
              r.channel,
              r.address.replace(/^(slack|email):/, ""),
              r.locale,
              `${r.status}: ${(STATUS_TEXT[r.status] ?? "").replace("N:", `${id}:`)}`,
            ].join("\t"),
          );
      }, NO_MIGRATE),
    );
  announce
    .command("send-pending")
    .description(
      "e-mail the recipients of a sent announcement that waited because e-mail was not configured (each once; the running app sends them)",
    )
    .argument("<id>", "announcement number, e.g. 3")
    .action((arg: string) =>
      withDatabase(async ({ services }) => {
        const id = idArg(arg);
        const { queued, skipped } = await services.announcements.sendPending(id, "cli");
        if (queued === 0 && skipped === 0) return print(`Announcement #${id} has no e-mail waiting.`);
        print(`Announcement #${id}: ${queued} e-mails queued; the running app sends them within a minute.`);
        if (skipped > 0) print(`${skipped} not sent: their record has no e-mail address any more.`);
      }, QUEUE_WITH_MAIL),
    );
  announce
    .command("resume")
    .description(
      "finish announcements left half-sent (status sending) by a stop; the app also does this when it starts",
    )
    .action(() =>
      withDatabase(async ({ services }) => {
        const ids = await services.announcements.resumeSending();
        if (ids.length === 0) return print("No announcement is being sent.");
        for (const id of ids) print(`Announcement #${id}: every recipient is queued; the running app sends them.`);
      }, QUEUE_WITH_MAIL),
    );
}
