import { formatDayLabel, formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";

const range = (from: string, until: string, locale: Locale) =>
  locale === "ja"
    ? `${formatSlashDate(from)}〜${formatSlashDate(until)}`
    : `${formatDayLabel(from, "en")}, ${from.slice(0, 4)} – ${formatDayLabel(until, "en")}, ${until.slice(0, 4)}`;

const USAGE = {
  ja: "使い方: `/desk snooze 開始日 終了日`（例: `/desk snooze 2019-12-28 2020-01-05`）でその期間のリマインドDMを止めます。`/desk snooze off` で再開します。",
  en: "Usage: `/desk snooze FROM UNTIL` (e.g. `/desk snooze 2019-12-28 2020-01-05`) pauses reminder DMs for those days; `/desk snooze off` resumes them.",
};

/** Private replies to `/desk snooze`. */
export const snoozeReply = {
  usage: (l: Locale) => ({ text: USAGE[l] }),
  set: (r: { from: string; until: string }, l: Locale) => ({
    text:
      l === "ja"
        ? `${range(r.from, r.until, l)} はリマインドのDMを送りません。期間が終わると自動で再開します（すぐ再開するには \`/desk snooze off\`）。`
        : `No reminder DMs ${range(r.from, r.until, l)}. They resume by themselves afterwards (\`/desk snooze off\` resumes now).`,
  }),
  off: (l: Locale) => ({
    text: l === "ja" ? "リマインドのDMを再開しました。" : "Reminder DMs are back on.",
  }),
  status: (r: { from: string; until: string } | null, l: Locale) => ({
    text: r
      ? l === "ja"
        ? `現在、${range(r.from, r.until, l)} のリマインドDMを止めています。\n${USAGE.ja}`
        : `Reminder DMs are paused ${range(r.from, r.until, l)}.\n${USAGE.en}`
      : l === "ja"
        ? `リマインドのDMは止めていません。\n${USAGE.ja}`
        : `Reminder DMs are on.\n${USAGE.en}`,
  }),
};

/** Private replies to `/expert weekly`. */
export const weeklyReply = {
  usage: (l: Locale) => ({
    text:
      l === "ja"
        ? "使い方: `/expert weekly on` で担当案件の週次まとめを毎週DMで受け取り、`/expert weekly off` で止めます。"
        : "Usage: `/expert weekly on` sends you a weekly DM summary of your cases; `/expert weekly off` stops it.",
  }),
  set: (on: boolean, l: Locale) => ({
    text: on
      ? l === "ja"
        ? "担当案件の週次まとめを、週次ダイジェストの日にDMでお送りします。止めるときは `/expert weekly off`。"
        : "You will get a weekly summary of your cases by DM on digest day. Stop it with `/expert weekly off`."
      : l === "ja"
        ? "週次まとめのDMを止めました。"
        : "Weekly summary DMs are off.",
  }),
};
