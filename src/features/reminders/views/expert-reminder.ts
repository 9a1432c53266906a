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

/** Items shown per kind; the rest are counted and left to `/visit list` (a DM holds 50 blocks). */
export const MAX_ITEMS_PER_KIND = 8;

const T = {
  ja: {
    header: (day: string) => `今日のリマインド（${day}）`,
    upcoming: (until: string, tomorrow: boolean) => (tomorrow ? "明日の訪問予定" : `${until}までの訪問予定`),
    overdue: "提出期限を過ぎた報告書",
    unreported: "まだ提出されていない報告書",
    returned: "差し戻された報告書（修正をお願いします）",
    unscheduled: "次回訪問の日程が決まっていない案件",
    round: (n: number) => `第${n}回`,
    online: "オンライン",
    onsite: "訪問",
    upcomingLine: (when: string, round: string, company: string, how: string) =>
      `*${when}* ${round} — ${company}（${how}）`,
    overdueLine: (company: string, round: string, day: string, due: string) =>
      `*${company}* ${round}（${day}実施）の報告書 — 提出期限 ${due} を過ぎています`,
    unreportedLine: (company: string, round: string, day: string, due: string) =>
      `*${company}* ${round}（${day}実施）の報告書 — 提出期限 ${due}`,
    returnedLine: (company: string, round: string, comment: string | null) =>
      `*${company}* ${round}の報告書が差し戻されました${comment ? `\n事務局のコメント: ${comment}` : ""}`,
    unscheduledLine: (i: UnscheduledItem, gap: number, since: string, planned: string | null) =>
      planned
        ? `*${esc(i.companyName)}* 第${i.nextRound}回の予定 ${planned} は、前回から${gap}日の目安を過ぎています`
        : `*${esc(i.companyName)}* 第${i.nextRound}回の日程が未定です（${i.sinceKind === "visit" ? "前回訪問" : "マッチング承認"} ${since} から）`,
    more: (n: number) => `ほか ${n} 件は \`/visit list\` で確認できます。`,
    footer:
      "リマインドを止める期間は `/desk snooze 開始日 終了日`（例: `/desk snooze 2019-12-28 2020-01-05`）で設定できます。",
    summary: (parts: string[]) => `今日のリマインド: ${parts.join("、")}`,
    count: (label: string, n: number) => `${label} ${n}件`,
    short: {
      upcoming: "訪問予定",
      overdue: "期限超過の報告書",
      unreported: "未提出の報告書",
      returned: "差し戻し",
      unscheduled: "日程未定",
    },
  },
  en: {
    header: (day: string) => `Today's reminders (${day})`,
    upcoming: (until: string, tomorrow: boolean) => (tomorrow ? "Visits tomorrow" : `Visits up to ${until}`),
    overdue: "Reports past their due date",
    unreported: "Reports not submitted yet",
    returned: "Reports returned for revision",
    unscheduled: "Cases without a date for the next visit",
    round: (n: number) => `Visit ${n}`,
    online: "online",
    onsite: "on site",
    upcomingLine: (when: string, round: string, company: string, how: string) =>
      `*${when}* ${round} — ${company} (${how})`,
    overdueLine: (company: string, round: string, day: string, due: string) =>
      `*${company}* ${round} (held ${day}) — the report was due ${due}`,
    unreportedLine: (company: string, round: string, day: string, due: string) =>
      `*${company}* ${round} (held ${day}) — report due ${due}`,
    returnedLine: (company: string, round: string, comment: string | null) =>
      `*${company}* the report of ${round} was returned${comment ? `\nSecretariat's comment: ${comment}` : ""}`,
    unscheduledLine: (i: UnscheduledItem, gap: number, since: string, planned: string | null) =>
      planned
        ? `*${esc(i.companyName)}* visit ${i.nextRound} is planned for ${planned}, more than ${gap} days after the last one`
        : `*${esc(i.companyName)}* visit ${i.nextRound} has no date yet (${i.sinceKind === "visit" ? "last visit" : "matched"} ${since})`,
    more: (n: number) => `${n} more: see \`/visit list\`.`,
    footer:
      "Pause these reminders for a period with `/desk snooze FROM UNTIL` (e.g. `/desk snooze 2019-12-28 2020-01-05`).",
    summary: (parts: string[]) => `Today's reminders: ${parts.join(", ")}`,
    count: (label: string, n: number) => `${label}: ${n}`,
    short: {
      upcoming: "visits",
      overdue: "overdue reports",
      unreported: "reports to submit",
      returned: "returned reports",
      unscheduled: "visits to schedule",
    },
  },
};

/** An item with the visits feature's own button (it opens that feature's modal). */
function item(text: string, accessory: Button): Block {
  return section(clip(text, 2900), { accessory });
}

/** One DM that bundles everything an expert should act on today, each item with its button. */
export function expertReminderMessage(
  items: ExpertReminderItems,
  opts: { locale: Locale; today: string; horizon: string; tomorrow: string; visitGapDays: number },
) {
  const m = T[opts.locale];
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
      m.overdueLine(esc(i.companyName), m.round(i.visit.round), day(i.visitOn), day(i.dueOn)),
      writeReportButton(i.visit.id, opts.locale, {
        round: i.visit.round,
        draft: i.visit.latestReport?.status === "draft",
      }),
    ),
  );
  group(m.returned, items.returned, (i: ReturnedItem) =>
    item(
      m.returnedLine(esc(i.companyName), m.round(i.visit.round), i.comment ? esc(i.comment) : null),
      reviseReportButton(i.reportId, opts.locale),
    ),
  );
  group(m.unreported, items.unreported, (i: ReportItem) =>
    item(
      m.unreportedLine(esc(i.companyName), m.round(i.visit.round), day(i.visitOn), day(i.dueOn)),
      writeReportButton(i.visit.id, opts.locale, {
        round: i.visit.round,
        draft: i.visit.latestReport?.status === "draft",
      }),
    ),
  );
  group(m.upcoming(day(opts.horizon), opts.horizon === opts.tomorrow), items.upcoming, (i: UpcomingItem) => {
    const v = i.visit;
    const when = `${day(v.scheduledOn as string)}${v.scheduledAt ? ` ${timeOfInstant(v.scheduledAt)}` : ""}`;
    const how = v.mode === "online" ? m.online : `${m.onsite}${v.place ? `・${esc(v.place)}` : ""}`;
    return item(m.upcomingLine(when, m.round(v.round), esc(i.companyName), how), rescheduleButton(v.id, opts.locale));
  });
  group(m.unscheduled, items.unscheduled, (i: UnscheduledItem) =>
    item(
      m.unscheduledLine(i, opts.visitGapDays, day(i.since), i.plannedOn ? day(i.plannedOn) : null),
      scheduleNextButton(i.caseId, opts.locale, i.nextRound),
    ),
  );
  blocks.push(context([m.footer]));
  const parts = (["overdue", "returned", "unreported", "upcoming", "unscheduled"] as const)
    .filter((k) => items[k].length > 0)
    .map((k) => m.count(m.short[k], items[k].length));
  return { text: m.summary(parts), blocks };
}
