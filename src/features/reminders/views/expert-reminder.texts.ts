import { defineMessages } from "../../../lib/i18n.js";

/** The expert's daily reminder DM. */
export const expertReminderTexts = defineMessages("reminders.expert", {
  ja: {
    header: (day: string) => `今日のリマインド（${day}）`,
    upcoming: (p: { until: string; tomorrow: boolean }) => (p.tomorrow ? "明日の訪問予定" : `${p.until}までの訪問予定`),
    overdue: "提出期限を過ぎた報告書",
    unreported: "まだ提出されていない報告書",
    returned: "差し戻された報告書（修正をお願いします）",
    unscheduled: "次回訪問の日程が決まっていない案件",
    round: (n: number) => `第${n}回`,
    online: "オンライン",
    onsite: "訪問",
    upcomingLine: (p: { when: string; round: string; company: string; how: string }) =>
      `*${p.when}* ${p.round} — ${p.company}（${p.how}）`,
    overdueLine: (p: { company: string; round: string; day: string; due: string }) =>
      `*${p.company}* ${p.round}（${p.day}実施）の報告書 — 提出期限 ${p.due} を過ぎています`,
    unreportedLine: (p: { company: string; round: string; day: string; due: string }) =>
      `*${p.company}* ${p.round}（${p.day}実施）の報告書 — 提出期限 ${p.due}`,
    returnedLine: (p: { company: string; round: string; comment: string | null }) =>
      `*${p.company}* ${p.round}の報告書が差し戻されました${p.comment ? `\n事務局のコメント: ${p.comment}` : ""}`,
    unscheduledLine: (p: {
      company: string;
      round: number;
      gap: number;
      since: string;
      afterVisit: boolean;
      planned: string | null;
    }) =>
      p.planned
        ? `*${p.company}* 第${p.round}回の予定 ${p.planned} は、前回から${p.gap}日の目安を過ぎています`
        : `*${p.company}* 第${p.round}回の日程が未定です（${p.afterVisit ? "前回訪問" : "マッチング承認"} ${p.since} から）`,
    more: (n: number) => `ほか ${n} 件は \`/visit list\` で確認できます。`,
    footer:
      "リマインドを止める期間は `/desk snooze 開始日 終了日`（例: `/desk snooze 2019-12-28 2020-01-05`）で設定できます。",
    summary: (parts: string[]) => `今日のリマインド: ${parts.join("、")}`,
    count: (p: { label: string; n: number }) => `${p.label} ${p.n}件`,
    shortUpcoming: "訪問予定",
    shortOverdue: "期限超過の報告書",
    shortUnreported: "未提出の報告書",
    shortReturned: "差し戻し",
    shortUnscheduled: "日程未定",
  },
  en: {
    header: (day) => `Today's reminders (${day})`,
    upcoming: (p) => (p.tomorrow ? "Visits tomorrow" : `Visits up to ${p.until}`),
    overdue: "Reports past their due date",
    unreported: "Reports not submitted yet",
    returned: "Reports returned for revision",
    unscheduled: "Cases without a date for the next visit",
    round: (n) => `Visit ${n}`,
    online: "online",
    onsite: "on site",
    upcomingLine: (p) => `*${p.when}* ${p.round} — ${p.company} (${p.how})`,
    overdueLine: (p) => `*${p.company}* ${p.round} (held ${p.day}) — the report was due ${p.due}`,
    unreportedLine: (p) => `*${p.company}* ${p.round} (held ${p.day}) — report due ${p.due}`,
    returnedLine: (p) =>
      `*${p.company}* the report of ${p.round} was returned${p.comment ? `\nSecretariat's comment: ${p.comment}` : ""}`,
    unscheduledLine: (p) =>
      p.planned
        ? `*${p.company}* visit ${p.round} is planned for ${p.planned}, more than ${p.gap} days after the last one`
        : `*${p.company}* visit ${p.round} has no date yet (${p.afterVisit ? "last visit" : "matched"} ${p.since})`,
    more: (n) => `${n} more: see \`/visit list\`.`,
    footer:
      "Pause these reminders for a period with `/desk snooze FROM UNTIL` (e.g. `/desk snooze 2019-12-28 2020-01-05`).",
    summary: (parts) => `Today's reminders: ${parts.join(", ")}`,
    count: (p) => `${p.label}: ${p.n}`,
    shortUpcoming: "visits",
    shortOverdue: "overdue reports",
    shortUnreported: "reports to submit",
    shortReturned: "returned reports",
    shortUnscheduled: "visits to schedule",
  },
});
