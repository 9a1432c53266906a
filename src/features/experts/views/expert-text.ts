import { industryName } from "../../../domain/industries.js";
import { prefectureName } from "../../../domain/prefectures.js";
import type { Locale } from "../../../lib/i18n.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { Expert } from "../experts-repository.js";
import { expertTextTexts } from "./expert-text.texts.js";

export function qualificationLabel(q: string, locale: Locale): string {
  return expertTextTexts(locale).qualification(q);
}

export function statusLabel(status: string, locale: Locale): string {
  return expertTextTexts(locale).status(status);
}

export function prefectureOrNone(code: number | null, locale: Locale): string {
  return code ? prefectureName(code, locale) : expertTextTexts(locale).notGiven;
}

export function listPrefectures(json: string, locale: Locale): string {
  const codes = JSON.parse(json) as number[];
  const t = expertTextTexts(locale);
  if (codes.length === 0) return t.noneChosen;
  return codes.map((c) => prefectureName(c, locale)).join(t.listSeparator);
}

export function listIndustries(json: string, locale: Locale): string {
  const codes = JSON.parse(json) as string[];
  const t = expertTextTexts(locale);
  if (codes.length === 0) return t.noneChosen;
  return codes.map((c) => industryName(c, locale)).join(t.listSeparator);
}

/** Profile lines for messages as mrkdwn fields (no private contact details; people's text escaped). */
export function expertSummaryFields(e: Expert, locale: Locale): string[] {
  const t = expertTextTexts(locale);
  return [
    `*${t.name}*\n${esc(e.nameKanji)}（${esc(e.nameKana)}）`,
    `*${t.qualificationHead}*\n${qualificationLabel(e.qualification, locale)}${e.rissNumber ? `\n${t.regNo} ${esc(e.rissNumber)}` : ""}`,
    `*${t.prefecture}*\n${prefectureOrNone(e.prefecture, locale)}`,
    `*${t.canVisit}*\n${listPrefectures(e.coveredPrefectures, locale)}`,
    `*${t.industries}*\n${listIndustries(e.industries, locale)}`,
    `*${t.capacityHead}*\n${t.capacity(e.capacity)}`,
  ];
}
