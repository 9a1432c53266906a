import type {
  ExpertReminderItems,
  ReportItem,
  ReturnedItem,
  UnscheduledItem,
  UpcomingItem,
} from "../../../domain/reminder-rules.js";
import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Block, type Button, clip, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import {
  rescheduleButton,
  reviseReportButton,
  scheduleNextButton,
  writeReportButton,
} from "../../visits/views/visit-buttons.js";
import { timeOfInstant } from "../../visits/visit-dates.js";
import { expertReminderTexts } from "./expert-reminder.texts.js";

/** Items shown per kind; the rest are counted and left to `/visit list` (a DM holds 50 blocks). */
export const MAX_ITEMS_PER_KIND = 8;

const SHORT = {
  upcoming: "shortUpcoming",
  overdue: "shortOverdue",
  unreported: "shortUnreported",
  returned: "shortReturned",
  unscheduled: "shortUnscheduled",
} as const;

/** An item with the visits feature's own button (it opens that feature's modal). */
function item(text: string, accessory: Button): Block {
  return section(clip(text, 2900), { accessory });
}

/** One DM that bundles everything an expert should act on today, each item with its button. */
export function expertReminderMessage(
  items: ExpertReminderItems,
  opts: { locale: Locale; today: string; horizon: string; tomorrow: string; visitGapDays: number },
) {
  const m = expertReminderTexts(opts.locale);
  const day = (d: string) => formatDayLabel(d, opts.locale);
  const blocks: Block[] = [header(m.header(day(opts.today)))];
  const group = <I>(title: string, list: I[], render: (i: I) => Block) => {
    if (list.length === 0) return;
    blocks.push(section(`*${title}*`));
    for (const i of list.slice(0, MAX_ITEMS_PER_KIND)) blocks.push(render(i));
    if (list.length > MAX_ITEMS_PER_KIND) blocks.push(context([m.more(list.length - MAX_ITEMS_PER_KIND)]));
  };
  group(m.overdue, items.overdue, (i: ReportItem) =>
    item(
      m.overdueLine({
        company: esc(i.companyName),
        round: m.round(i.visit.round),
        day: day(i.visitOn),
        due: day(i.dueOn),
      }),
      writeReportButton(i.visit.id, opts.locale, {
        round: i.visit.round,
        draft: i.visit.latestReport?.status === "draft",
      }),
    ),
  );
  group(m.returned, items.returned, (i: ReturnedItem) =>
    item(
      m.returnedLine({
        company: esc(i.companyName),
        round: m.round(i.visit.round),
        comment: i.comment ? esc(i.comment) : null,
      }),
      reviseReportButton(i.reportId, opts.locale),
    ),
  );
  group(m.unreported, items.unreported, (i: ReportItem) =>
    item(
      m.unreportedLine({
        company: esc(i.companyName),
        round: m.round(i.visit.round),
        day: day(i.visitOn),
        due: day(i.dueOn),
      }),
      writeReportButton(i.visit.id, opts.locale, {
        round: i.visit.round,
        draft: i.visit.latestReport?.status === "draft",
      }),
    ),
  );
  group(
    m.upcoming({ until: day(opts.horizon), tomorrow: opts.horizon === opts.tomorrow }),
    items.upcoming,
    (i: UpcomingItem) => {
      const v = i.visit;
      const when = `${day(v.scheduledOn as string)}${v.scheduledAt ? ` ${timeOfInstant(v.scheduledAt)}` : ""}`;
      const how = v.mode === "online" ? m.online : `${m.onsite}${v.place ? `・${esc(v.place)}` : ""}`;
      return item(
        m.upcomingLine({ when, round: m.round(v.round), company: esc(i.companyName), how }),
        rescheduleButton(v.id, opts.locale),
      );
    },
  );
  group(m.unscheduled, items.unscheduled, (i: UnscheduledItem) =>
    item(
      m.unscheduledLine({
        company: esc(i.companyName),
        round: i.nextRound,
        gap: opts.visitGapDays,
        since: day(i.since),
        afterVisit: i.sinceKind === "visit",
        planned: i.plannedOn ? day(i.plannedOn) : null,
      }),
      scheduleNextButton(i.caseId, opts.locale, i.nextRound),
    ),
  );
  blocks.push(context([m.footer]));
  const parts = (["overdue", "returned", "unreported", "upcoming", "unscheduled"] as const)
    .filter((k) => items[k].length > 0)
    .map((k) => m.count({ label: m[SHORT[k]], n: items[k].length }));
  return { text: m.summary(parts), blocks };
}
