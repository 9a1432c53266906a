import { industryName } from "../../../domain/industries.js";
import { prefectureName } from "../../../domain/prefectures.js";
import type { Locale } from "../../../lib/i18n.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { Expert } from "../experts-repository.js";

export function qualificationLabel(q: string, locale: Locale): string {
  const ja: Record<string, string> = {
    RISS: "情報処理安全確保支援士（RISS）",
    ITC: "ITコーディネータ（ITC）",
    RISS_ITC: "RISS・ITC 両方",
  };
  const en: Record<string, string> = { RISS: "RISS", ITC: "IT Coordinator (ITC)", RISS_ITC: "RISS and ITC" };
  return (locale === "ja" ? ja : en)[q] ?? q;
}

export function statusLabel(status: string, locale: Locale): string {
  const ja: Record<string, string> = {
    pending: "審査待ち",
    active: "承認済み（活動中）",
    rejected: "不承認",
    suspended: "一時停止",
    withdrawn: "辞退",
  };
  const en: Record<string, string> = {
    pending: "Waiting for review",
    active: "Approved (active)",
    rejected: "Rejected",
    suspended: "Suspended",
    withdrawn: "Withdrawn",
  };
  return (locale === "ja" ? ja : en)[status] ?? status;
}

export function prefectureOrNone(code: number | null, locale: Locale): string {
  return code ? prefectureName(code, locale) : locale === "ja" ? "記載なし" : "Not given";
}

export function listPrefectures(json: string, locale: Locale): string {
  const codes = JSON.parse(json) as number[];
  if (codes.length === 0) return locale === "ja" ? "（未選択）" : "(none)";
  return codes.map((c) => prefectureName(c, locale)).join(locale === "ja" ? "、" : ", ");
}

export function listIndustries(json: string, locale: Locale): string {
  const codes = JSON.parse(json) as string[];
  if (codes.length === 0) return locale === "ja" ? "（未選択）" : "(none)";
  return codes.map((c) => industryName(c, locale)).join(locale === "ja" ? "、" : ", ");
}

/** Profile lines for messages as mrkdwn fields (no private contact details; people's text escaped). */
export function expertSummaryFields(e: Expert, locale: Locale): string[] {
  const ja = locale === "ja";
  return [
    `*${ja ? "氏名" : "Name"}*\n${esc(e.nameKanji)}（${esc(e.nameKana)}）`,
    `*${ja ? "資格" : "Qualification"}*\n${qualificationLabel(e.qualification, locale)}${e.rissNumber ? `\n${ja ? "登録番号" : "Reg. no."} ${esc(e.rissNumber)}` : ""}`,
    `*${ja ? "居住都道府県" : "Prefecture"}*\n${prefectureOrNone(e.prefecture, locale)}`,
    `*${ja ? "訪問可能な都道府県" : "Can visit"}*\n${listPrefectures(e.coveredPrefectures, locale)}`,
    `*${ja ? "得意な業種" : "Industries"}*\n${listIndustries(e.industries, locale)}`,
    `*${ja ? "同時担当の上限" : "Max concurrent cases"}*\n${e.capacity}${ja ? "件" : ""}`,
  ];
}
