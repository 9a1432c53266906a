import { industryName } from "../../../domain/industries.js";
import { prefectureName } from "../../../domain/prefectures.js";
import { formatSlashDate, formatYen } from "../../../lib/dates.js";
import type { Localized } from "../../../lib/errors.js";
import type { Locale } from "../../../lib/i18n.js";
import { esc } from "../../../slack/mrkdwn.js";
import {
  type ApplicationSource,
  type ApplicationStatus,
  type HeardFrom,
  type InvalidReason,
  parseInvalidReason,
} from "../applications.schemas.js";
import type { ApplicationDetail } from "../applications-repository.js";

export const SOURCE_LABELS: Record<ApplicationSource, Localized> = {
  slack: { ja: "Slack", en: "Slack" },
  mail: { ja: "郵送", en: "Mail" },
  fax: { ja: "FAX", en: "Fax" },
  web: { ja: "Webフォーム", en: "Web form" },
  phone: { ja: "電話", en: "Phone" },
  import: { ja: "一括取込", en: "Import" },
};

export const HEARD_FROM_LABELS: Record<HeardFrom, Localized> = {
  ipa_website: { ja: "IPAのウェブサイト", en: "IPA website" },
  chamber: { ja: "商工会議所・商工会・業界団体", en: "Chamber of commerce / industry association" },
  seminar: { ja: "セミナー・イベント", en: "Seminar or event" },
  mail_magazine: { ja: "メールマガジン", en: "Mail magazine" },
  expert: { ja: "専門家からの紹介", en: "Introduced by an expert" },
  other: { ja: "その他", en: "Other" },
};

export const STATUS_LABELS: Record<ApplicationStatus, Localized> = {
  received: { ja: "審査待ち", en: "Waiting for screening" },
  valid: { ja: "有効", en: "Valid" },
  invalid: { ja: "無効", en: "Invalid" },
  proposed: { ja: "候補提示済み", en: "Candidates proposed" },
  chosen: { ja: "専門家選択済み", en: "Expert chosen" },
  matched: { ja: "マッチング承認済み", en: "Matched" },
  withdrawn: { ja: "取下げ", en: "Withdrawn" },
};

export const INVALID_REASON_LABELS: Record<InvalidReason, Localized> = {
  not_sme: { ja: "中小企業に該当しない", en: "Not an SME" },
  duplicate: { ja: "重複した申込み", en: "Duplicate application" },
  outside_window: { ja: "申込受付期間外", en: "Outside the application window" },
  incomplete: { ja: "記入内容の不備", en: "Incomplete application" },
  withdrawn: { ja: "申込者による取下げ", en: "Withdrawn by the applicant" },
  other: { ja: "その他", en: "Other" },
};

/** Why an application was not accepted, as a sentence for the SME (e-mail, web page); plain text. */
const INVALID_REASON_SENTENCES: Record<InvalidReason, Localized> = {
  not_sme: {
    ja: "中小企業基本法に定める中小企業（業種ごとの資本金または常時使用する従業員数の基準）に該当しないためです。",
    en: "Your company is not an SME under the SME Basic Act (the capital or employee thresholds of its industry).",
  },
  duplicate: {
    ja: "同じ企業からのお申込みがすでにあり、重複したお申込みとなるためです。",
    en: "We already have an application from your company; this one is a duplicate.",
  },
  outside_window: {
    ja: "申込受付期間の外に届いたお申込みであるためです。",
    en: "The application arrived outside the application period.",
  },
  incomplete: {
    ja: "申込内容に不備があり、内容を確認できなかったためです。",
    en: "The application was incomplete and could not be checked.",
  },
  withdrawn: { ja: "お申込みを取り下げられたためです。", en: "You withdrew the application." },
  other: { ja: "事務局で確認した結果によるものです。", en: "The secretariat decided so after checking it." },
};

/** The stored reason (code and the secretariat's detail) as plain sentences for the SME. */
export function invalidReasonSentence(stored: string | null, locale: Locale): string {
  if (!stored) return INVALID_REASON_SENTENCES.other[locale];
  const { code, detail } = parseInvalidReason(stored);
  const head = code ? INVALID_REASON_SENTENCES[code][locale] : "";
  const extra = detail ? (locale === "ja" ? `事務局より: ${detail}` : `From the secretariat: ${detail}`) : "";
  return [head, extra].filter(Boolean).join(locale === "ja" ? "" : " ");
}

/** A label from one of the tables above; unknown stored values are shown as they are. */
export function labelOf<K extends string>(table: Record<K, Localized>, key: string, locale: Locale): string {
  return (table as Record<string, Localized>)[key]?.[locale] ?? key;
}

/** The reason as mrkdwn: the secretariat's typed detail is escaped. */
export function invalidReasonText(stored: string | null, locale: Locale): string {
  if (!stored) return "—";
  const { code, detail } = parseInvalidReason(stored);
  if (!code) return esc(detail);
  const head = INVALID_REASON_LABELS[code][locale];
  return detail ? `${head}（${esc(detail)}）` : head;
}

/** #12 株式会社サンプル, as mrkdwn (the company name is escaped). */
export function applicationTitle(a: ApplicationDetail): string {
  return `#${a.id} ${esc(a.company.name)}`;
}

export function sizeText(a: ApplicationDetail, locale: Locale): string {
  const ja = locale === "ja";
  const capital = a.company.capitalYen === null ? "—" : formatYen(a.company.capitalYen, locale);
  const employees = a.company.employees === null ? "—" : ja ? `${a.company.employees}人` : String(a.company.employees);
  return ja ? `資本金 ${capital}・従業員 ${employees}` : `Capital ${capital}, employees ${employees}`;
}

/** One-line facts for lists (mrkdwn): where, what, how large, when and how it arrived. */
export function applicationLine(a: ApplicationDetail, locale: Locale): string {
  const ja = locale === "ja";
  const where = `${prefectureName(a.company.prefecture, locale)}・${industryName(a.company.industry, locale)}`;
  const received = `${formatSlashDate(a.receivedOn)}（${labelOf(SOURCE_LABELS, a.source, locale)}）`;
  return `*${applicationTitle(a)}*（${where}）\n${ja ? "受付" : "Received"} ${received}・${sizeText(a, locale)}`;
}

/**
 * The application's facts for the secretariat, as mrkdwn fields (people's text escaped). Contact email and phone are left out: the summary
 * travels through channels and stays free of links.
 */
export function applicationSummaryFields(a: ApplicationDetail, locale: Locale): string[] {
  const ja = locale === "ja";
  const c = a.company;
  const none = "—";
  return [
    `*${ja ? "企業名" : "Company"}*\n${esc(c.name)}${c.nameKana ? `（${esc(c.nameKana)}）` : ""}`,
    `*${ja ? "法人番号" : "Corporate number"}*\n${c.corporateNumber ? esc(c.corporateNumber) : none}`,
    `*${ja ? "業種" : "Industry"}*\n${industryName(c.industry, locale)}`,
    `*${ja ? "規模" : "Size"}*\n${sizeText(a, locale)}`,
    `*${ja ? "所在地" : "Location"}*\n${prefectureName(c.prefecture, locale)} ${esc(c.address)}`,
    `*${ja ? "担当者" : "Contact"}*\n${esc(a.contactName)}${a.contactTitle ? `（${esc(a.contactTitle)}）` : ""}`,
    `*${ja ? "受付" : "Received"}*\n${formatSlashDate(a.receivedOn)}（${labelOf(SOURCE_LABELS, a.source, locale)}）`,
    `*${ja ? "申込みのきっかけ" : "Heard of us via"}*\n${labelOf(HEARD_FROM_LABELS, a.heardFrom, locale)}`,
    `*${ja ? "希望する専門家" : "Preferred expert"}*\n${a.recruiter ? `${esc(a.recruiter.nameKanji)}（${esc(a.recruiter.nameKana)}）` : none}`,
    `*${ja ? "日程の希望" : "Schedule wishes"}*\n${a.scheduleWishes ? esc(a.scheduleWishes) : none}`,
  ];
}

/**
 * The program's other applications with the same 法人番号 (they are public, so one may be a
 * duplicate or someone else's number), for the reviewer to check: e.g. 「同じ法人番号の申込があります: #12（有効）」.
 */
export function sameNumberNote(a: ApplicationDetail, locale: Locale): string | null {
  if (a.sameNumber.length === 0) return null;
  const ja = locale === "ja";
  const list = a.sameNumber
    .map((o) =>
      ja
        ? `#${o.id}（${labelOf(STATUS_LABELS, o.status, locale)}）`
        : `#${o.id} (${labelOf(STATUS_LABELS, o.status, locale)})`,
    )
    .join(ja ? "、" : ", ");
  return ja
    ? `同じ法人番号の申込があります: ${list}`
    : `${a.sameNumber.length === 1 ? "Another application has" : "Other applications have"} the same corporate number: ${list}`;
}

/** What the reviewer must see before screening: overrides used, and other applications with the same 法人番号. */
export function warningNotes(a: ApplicationDetail, locale: Locale): string[] {
  const same = sameNumberNote(a, locale);
  return [...overrideNotes(a, locale), ...(same ? [same] : [])];
}

/** Overrides the secretariat used when registering, for the reviewer to see. */
function overrideNotes(a: ApplicationDetail, locale: Locale): string[] {
  const ja = locale === "ja";
  const notes: string[] = [];
  if (a.eligibilityOverride)
    notes.push(
      ja ? "中小企業の要件外に見えるが事務局判断で登録" : "Looks ineligible; registered by the secretariat's decision",
    );
  if (a.duplicateOverride)
    notes.push(
      ja ? "重複に見えるが事務局判断で登録" : "Looks like a duplicate; registered by the secretariat's decision",
    );
  return notes;
}
