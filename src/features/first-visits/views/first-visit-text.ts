import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { dateOfInstant, timeOfInstant } from "../../visits/visit-dates.js";
import type { AnswerChannel } from "../first-visits.schemas.js";

/** 11月17日(日) 10:00 / "Sun, Nov 17 10:00" (Japan time). */
export function slotLabel(at: Date, locale: Locale): string {
  return `${formatDayLabel(dateOfInstant(at), locale)} ${timeOfInstant(at)}`;
}

/** "1) 10月8日(火) 10:00\n2) …" */
export function slotList(options: Date[], locale: Locale): string {
  return options.map((d, i) => `${i + 1}) ${slotLabel(d, locale)}`).join("\n");
}

const CHANNEL: Record<AnswerChannel, { ja: string; en: string }> = {
  phone: { ja: "電話", en: "Phone" },
  mail: { ja: "メール", en: "E-mail" },
  fax: { ja: "FAX", en: "Fax" },
  other: { ja: "その他", en: "Other" },
};

export const answerChannelLabel = (c: AnswerChannel, l: Locale) => CHANNEL[c][l];

/** Who recorded the SME's answer, as the messages say it. */
export type AnsweredBy = { kind: "secretariat"; userId: string; channel: AnswerChannel } | { kind: "sme_web" };

export function answeredByText(by: AnsweredBy, locale: Locale): string {
  const ja = locale === "ja";
  if (by.kind === "sme_web") return ja ? "SMEがWebで回答" : "by the SME on the web";
  return ja
    ? `事務局 <@${by.userId}> がSMEに代わって記録（${answerChannelLabel(by.channel, "ja")}で受付）`
    : `recorded by the secretariat (<@${by.userId}>) on the SME's behalf (received by ${answerChannelLabel(by.channel, "en").toLowerCase()})`;
}
