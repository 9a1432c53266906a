import { defineMessages } from "../../../lib/i18n.js";

/** `/desk snooze` and `/expert weekly`: the replies, the checks and the commands' help. */
export const preferenceRepliesTexts = defineMessages("reminders.preferences", {
  ja: {
    snoozeUsage:
      "使い方: `/desk snooze 開始日 終了日`（例: `/desk snooze 2019-12-28 2020-01-05`）でその期間のリマインドDMを止めます。`/desk snooze off` で再開します。",
    snoozeSet: (range: string) =>
      `${range} はリマインドのDMを送りません。期間が終わると自動で再開します（すぐ再開するには \`/desk snooze off\`）。`,
    snoozeOff: "リマインドのDMを再開しました。",
    snoozePaused: (p: { range: string; usage: string }) =>
      `現在、${p.range} のリマインドDMを止めています。\n${p.usage}`,
    snoozeNone: (usage: string) => `リマインドのDMは止めていません。\n${usage}`,
    weeklyUsage:
      "使い方: `/expert weekly on` で担当案件の週次まとめを毎週DMで受け取り、`/expert weekly off` で止めます。",
    weeklyOn: "担当案件の週次まとめを、週次ダイジェストの日にDMでお送りします。止めるときは `/expert weekly off`。",
    weeklyOff: "週次まとめのDMを止めました。",
    untilPast: (p: { until: string; today: string }) =>
      `終了日 ${p.until} が過去の日付です。今日（${p.today}）以降の日付を指定してください。`,
    tooLong: (days: number) => `一度に止められるのは${days}日までです。`,
    commandSnooze: "リマインドのDMを指定した期間だけ止める（off で再開）",
    commandWeekly: "担当案件の週次まとめをDMで受け取る／止める",
  },
  en: {
    snoozeUsage:
      "Usage: `/desk snooze FROM UNTIL` (e.g. `/desk snooze 2019-12-28 2020-01-05`) pauses reminder DMs for those days; `/desk snooze off` resumes them.",
    snoozeSet: (range) =>
      `No reminder DMs ${range}. They resume by themselves afterwards (\`/desk snooze off\` resumes now).`,
    snoozeOff: "Reminder DMs are back on.",
    snoozePaused: (p) => `Reminder DMs are paused ${p.range}.\n${p.usage}`,
    snoozeNone: (usage) => `Reminder DMs are on.\n${usage}`,
    weeklyUsage:
      "Usage: `/expert weekly on` sends you a weekly DM summary of your cases; `/expert weekly off` stops it.",
    weeklyOn: "You will get a weekly summary of your cases by DM on digest day. Stop it with `/expert weekly off`.",
    weeklyOff: "Weekly summary DMs are off.",
    untilPast: (p) => `The end date ${p.until} is in the past. Give a date from today (${p.today}) on.`,
    tooLong: (days) => `A snooze can last at most ${days} days.`,
    commandSnooze: "Pause reminder DMs for a date range (off resumes)",
    commandWeekly: "Get (or stop) a weekly DM summary of your cases",
  },
});
