import { industryName } from "../../../domain/industries.js";
import { prefectureName, REGIONS } from "../../../domain/prefectures.js";
import type { RankingReason } from "../../../domain/ranking.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Localized } from "../../../lib/errors.js";
import type { Locale } from "../../../lib/i18n.js";
import { esc } from "../../../slack/mrkdwn.js";
import { listIndustries, prefectureOrNone, qualificationLabel } from "../../experts/views/expert-text.js";
import type { ChoiceVia } from "../matching.schemas.js";
import type { Application, Company, Expert } from "../matching-repository.js";

/** One ranking reason in plain words. */
export function reasonText(r: RankingReason, locale: Locale): string {
  const ja = locale === "ja";
  switch (r.code) {
    case "recruiter":
      return ja ? "この企業を紹介した専門家" : "recruited this SME";
    case "same_prefecture":
      return ja
        ? `同じ都道府県（${prefectureName(r.prefecture, "ja")}）に在住`
        : `lives in the same prefecture (${prefectureName(r.prefecture, "en")})`;
    case "covers_prefecture":
      return ja
        ? `${prefectureName(r.prefecture, "ja")}を訪問できる`
        : `can visit ${prefectureName(r.prefecture, "en")}`;
    case "neighbouring_prefecture":
      return ja
        ? `隣の${prefectureName(r.prefecture, "ja")}に在住`
        : `lives in neighbouring ${prefectureName(r.prefecture, "en")}`;
    case "same_region":
      return ja ? `同じ地方（${REGIONS[r.region]?.ja ?? "—"}）` : `same region (${REGIONS[r.region]?.en ?? "—"})`;
    case "far":
      return ja
        ? `遠方（${prefectureOrNone(r.prefecture, "ja")}）`
        : `far away (${prefectureOrNone(r.prefecture, "en")})`;
    case "load":
      return ja ? `担当中 ${r.open}件／上限 ${r.capacity}件` : `load ${r.open} of ${r.capacity} cases`;
    case "full":
      return ja
        ? `上限に達している（${r.open}件／上限 ${r.capacity}件）`
        : `at capacity (${r.open} of ${r.capacity} cases)`;
    case "industry":
      return ja
        ? `${industryName(r.industry, "ja")}の支援経験あり`
        : `knows the industry (${industryName(r.industry, "en")})`;
    case "qualification":
      return qualificationLabel(r.qualification, locale);
  }
}

export function reasonsText(reasons: RankingReason[], locale: Locale): string {
  return reasons.map((r) => reasonText(r, locale)).join(locale === "ja" ? "・" : "; ");
}

export const VIA_LABELS: Record<ChoiceVia, Localized> = {
  slack: { ja: "Slack で本人が選択", en: "Chosen by the SME in Slack" },
  web: { ja: "SMEがWebで選択", en: "Chosen by the SME on the web" },
  phone: { ja: "電話", en: "Phone" },
  mail: { ja: "メール", en: "Email" },
  fax: { ja: "FAX", en: "Fax" },
  in_person: { ja: "対面", en: "In person" },
  other: { ja: "その他", en: "Other" },
  recruiter: { ja: "紹介した専門家と直接マッチング", en: "Matched directly with the recruiting expert" },
};

export function viaText(via: string | null, locale: Locale): string {
  return (via && VIA_LABELS[via as ChoiceVia]?.[locale]) ?? via ?? "—";
}

/** #12 株式会社サンプル, unescaped: wrap in `esc()` inside mrkdwn. */
export function appTitle(a: Application & { company: Company }): string {
  return `#${a.id} ${a.company.name}`;
}

/** 山田 太郎（ヤマダ タロウ）, unescaped: wrap in `esc()` inside mrkdwn. */
export function expertName(e: Pick<Expert, "nameKanji" | "nameKana">): string {
  return `${e.nameKanji}（${e.nameKana}）`;
}

/** The public profile as plain label/value pairs (unescaped), for the SME's e-mail and web page. */
export type PublicProfile = { name: string; facts: [label: string, value: string][] };

/**
 * What an SME may see of an expert: name, qualification, where they are, industries, their own
 * profile text. Never email, phone, load or anything about other SMEs.
 */
export function publicProfile(e: Expert, locale: Locale): PublicProfile {
  const ja = locale === "ja";
  const facts: [string, string][] = [
    [ja ? "資格" : "Qualification", qualificationLabel(e.qualification, locale)],
    [ja ? "拠点" : "Based in", prefectureOrNone(e.prefecture, locale)],
  ];
  // An expert who named no industries: the SME sees nothing rather than "(not selected)".
  if ((JSON.parse(e.industries) as string[]).length > 0)
    facts.push([ja ? "支援経験のある業種" : "Industries", listIndustries(e.industries, locale)]);
  if (e.profile) facts.push([ja ? "自己紹介" : "Profile", clipText(e.profile, 600)]);
  return { name: expertName(e), facts };
}

/** `publicProfile` as mrkdwn (their text escaped). */
export function publicProfileText(e: Expert, locale: Locale): string {
  const p = publicProfile(e, locale);
  return [`*${esc(p.name)}*`, ...p.facts.map(([k, v]) => `${k}: ${esc(v)}`)].join("\n");
}

/** The SME's company and contact details as mrkdwn: only for the assigned expert and the secretariat. */
export function smeContactText(a: Application & { company: Company }, locale: Locale): string {
  const ja = locale === "ja";
  const c = a.company;
  return [
    `*${ja ? "企業" : "Company"}*: ${esc(c.name)}${c.nameKana ? `（${esc(c.nameKana)}）` : ""}`,
    `*${ja ? "業種" : "Industry"}*: ${industryName(c.industry, locale)}`,
    `*${ja ? "所在地" : "Address"}*: ${prefectureName(c.prefecture, locale)} ${esc(c.address)}`,
    `*${ja ? "担当者" : "Contact"}*: ${esc(a.contactName)}${a.contactTitle ? `（${esc(a.contactTitle)}）` : ""}`,
    `*${ja ? "メール" : "Email"}*: ${esc(a.contactEmail)}`,
    `*${ja ? "電話" : "Phone"}*: ${esc(a.contactPhone)}`,
    ...(a.contactSlackUserId ? [`*Slack*: <@${a.contactSlackUserId}>`] : []),
    `*${ja ? "日程の希望" : "Schedule wishes"}*: ${a.scheduleWishes ? esc(a.scheduleWishes) : "—"}`,
  ].join("\n");
}

export function dateText(date: string | null): string {
  return date ? formatSlashDate(date) : "—";
}

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
