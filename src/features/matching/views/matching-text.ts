import { industryName } from "../../../domain/industries.js";
import { prefectureName, REGIONS } from "../../../domain/prefectures.js";
import type { RankingReason } from "../../../domain/ranking.js";
import { formatSlashDate } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { esc } from "../../../slack/mrkdwn.js";
import { listIndustries, prefectureOrNone, qualificationLabel } from "../../experts/views/expert-text.js";
import { type ChoiceVia, ChoiceViaSchema } from "../matching.schemas.js";
import type { Application, Company, Expert } from "../matching-repository.js";
import { matchingTextTexts } from "./matching-text.texts.js";

/** One ranking reason in plain words. */
export function reasonText(r: RankingReason, locale: Locale): string {
  const t = matchingTextTexts(locale);
  switch (r.code) {
    case "recruiter":
      return t.reasonRecruiter;
    case "same_prefecture":
      return t.reasonSamePrefecture(prefectureName(r.prefecture, locale));
    case "covers_prefecture":
      return t.reasonCoversPrefecture(prefectureName(r.prefecture, locale));
    case "neighbouring_prefecture":
      return t.reasonNeighbouring(prefectureName(r.prefecture, locale));
    case "same_region":
      return t.reasonSameRegion(REGIONS[r.region]?.[locale] ?? "—");
    case "far":
      return t.reasonFar(prefectureOrNone(r.prefecture, locale));
    case "load":
      return t.reasonLoad({ open: r.open, capacity: r.capacity });
    case "full":
      return t.reasonFull({ open: r.open, capacity: r.capacity });
    case "industry":
      return t.reasonIndustry(industryName(r.industry, locale));
    case "qualification":
      return qualificationLabel(r.qualification, locale);
  }
}

export function reasonsText(reasons: RankingReason[], locale: Locale): string {
  return reasons.map((r) => reasonText(r, locale)).join(matchingTextTexts(locale).reasonSeparator);
}

const VIA_KEYS = {
  slack: "viaSlack",
  web: "viaWeb",
  phone: "viaPhone",
  mail: "viaMail",
  fax: "viaFax",
  in_person: "viaInPerson",
  other: "viaOther",
  recruiter: "viaRecruiter",
} as const satisfies Record<ChoiceVia, keyof (typeof matchingTextTexts)["ja"]>;

/** How a choice reached the desk, in words. */
export function viaLabel(via: ChoiceVia, locale: Locale): string {
  return matchingTextTexts(locale)[VIA_KEYS[via]];
}

export function viaText(via: string | null, locale: Locale): string {
  const known = ChoiceViaSchema.safeParse(via);
  return known.success ? viaLabel(known.data, locale) : (via ?? "—");
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
  const t = matchingTextTexts(locale);
  const facts: [string, string][] = [
    [t.profileQualification, qualificationLabel(e.qualification, locale)],
    [t.profileBasedIn, prefectureOrNone(e.prefecture, locale)],
  ];
  // An expert who named no industries: the SME sees nothing rather than "(not selected)".
  if ((JSON.parse(e.industries) as string[]).length > 0)
    facts.push([t.profileIndustries, listIndustries(e.industries, locale)]);
  if (e.profile) facts.push([t.profileText, clipText(e.profile, 600)]);
  return { name: expertName(e), facts };
}

/** `publicProfile` as mrkdwn (their text escaped). */
export function publicProfileText(e: Expert, locale: Locale): string {
  const p = publicProfile(e, locale);
  return [`*${esc(p.name)}*`, ...p.facts.map(([k, v]) => `${k}: ${esc(v)}`)].join("\n");
}

/** The SME's company and contact details as mrkdwn: only for the assigned expert and the secretariat. */
export function smeContactText(a: Application & { company: Company }, locale: Locale): string {
  const t = matchingTextTexts(locale);
  const c = a.company;
  return [
    `*${t.contactCompany}*: ${esc(c.name)}${c.nameKana ? `（${esc(c.nameKana)}）` : ""}`,
    `*${t.contactIndustry}*: ${industryName(c.industry, locale)}`,
    `*${t.contactAddress}*: ${prefectureName(c.prefecture, locale)} ${esc(c.address)}`,
    `*${t.contactPerson}*: ${esc(a.contactName)}${a.contactTitle ? `（${esc(a.contactTitle)}）` : ""}`,
    `*${t.contactEmail}*: ${esc(a.contactEmail)}`,
    `*${t.contactPhone}*: ${esc(a.contactPhone)}`,
    ...(a.contactSlackUserId ? [`*Slack*: <@${a.contactSlackUserId}>`] : []),
    `*${t.contactScheduleWishes}*: ${a.scheduleWishes ? esc(a.scheduleWishes) : "—"}`,
  ].join("\n");
}

export function dateText(date: string | null): string {
  return date ? formatSlashDate(date) : "—";
}

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
