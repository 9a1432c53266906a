import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { dateOfInstant, timeOfInstant } from "../../visits/visit-dates.js";
import type { AnswerChannel } from "../first-visits.schemas.js";
import { firstVisitTexts } from "./first-visit.texts.js";

/** 11月17日(日) 10:00 / "Sun, Nov 17 10:00" (Japan time). */
export function slotLabel(at: Date, locale: Locale): string {
  return `${formatDayLabel(dateOfInstant(at), locale)} ${timeOfInstant(at)}`;
}

/** "1) 10月8日(火) 10:00\n2) …" */
export function slotList(options: Date[], locale: Locale): string {
  return options.map((d, i) => `${i + 1}) ${slotLabel(d, locale)}`).join("\n");
}

const CHANNEL_KEYS = {
  phone: "channelPhone",
  mail: "channelMail",
  fax: "channelFax",
  other: "channelOther",
} as const satisfies Record<AnswerChannel, keyof (typeof firstVisitTexts)["ja"]>;

export const answerChannelLabel = (c: AnswerChannel, l: Locale) => firstVisitTexts(l)[CHANNEL_KEYS[c]];

/** Who recorded the SME's answer, as the messages say it. */
export type AnsweredBy = { kind: "secretariat"; userId: string; channel: AnswerChannel } | { kind: "sme_web" };

export function answeredByText(by: AnsweredBy, locale: Locale): string {
  const t = firstVisitTexts(locale);
  if (by.kind === "sme_web") return t.answeredOnWeb;
  return t.answeredBySecretariat({ userId: by.userId, channel: answerChannelLabel(by.channel, locale) });
}
