import { formatDayLabel, formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { preferenceRepliesTexts } from "./preference-replies.texts.js";

/** A date range as each language writes it (Japanese: 2019/12/28〜2020/01/05). */
const RANGE: Record<Locale, (from: string, until: string) => string> = {
  ja: (from, until) => `${formatSlashDate(from)}〜${formatSlashDate(until)}`,
  en: (from, until) =>
    `${formatDayLabel(from, "en")}, ${from.slice(0, 4)} – ${formatDayLabel(until, "en")}, ${until.slice(0, 4)}`,
};

/** Private replies to `/desk snooze`. */
export const snoozeReply = {
  usage: (l: Locale) => ({ text: preferenceRepliesTexts(l).snoozeUsage }),
  set: (r: { from: string; until: string }, l: Locale) => ({
    text: preferenceRepliesTexts(l).snoozeSet(RANGE[l](r.from, r.until)),
  }),
  off: (l: Locale) => ({ text: preferenceRepliesTexts(l).snoozeOff }),
  status: (r: { from: string; until: string } | null, l: Locale) => {
    const t = preferenceRepliesTexts(l);
    return {
      text: r
        ? t.snoozePaused({ range: RANGE[l](r.from, r.until), usage: t.snoozeUsage })
        : t.snoozeNone(t.snoozeUsage),
    };
  },
};

/** Private replies to `/expert weekly`. */
export const weeklyReply = {
  usage: (l: Locale) => ({ text: preferenceRepliesTexts(l).weeklyUsage }),
  set: (on: boolean, l: Locale) => ({
    text: on ? preferenceRepliesTexts(l).weeklyOn : preferenceRepliesTexts(l).weeklyOff,
  }),
};
