import { industryName } from "../../../domain/industries.js";
import { prefectureName } from "../../../domain/prefectures.js";
import { formatSlashDate, formatYen } from "../../../lib/dates.js";
import type { Localized } from "../../../lib/errors.js";
import { both, type Locale } from "../../../lib/i18n.js";
import { esc } from "../../../slack/mrkdwn.js";
import {
  type ApplicationSource,
  type ApplicationStatus,
  type HeardFrom,
  type InvalidReason,
  parseInvalidReason,
} from "../applications.schemas.js";
import type { ApplicationDetail } from "../applications-repository.js";
import { applicationTextTexts } from "./application-text.texts.js";

export const SOURCE_LABELS: Record<ApplicationSource, Localized> = {
  slack: both(applicationTextTexts, (t) => t.sourceSlack),
  mail: both(applicationTextTexts, (t) => t.sourceMail),
  fax: both(applicationTextTexts, (t) => t.sourceFax),
  web: both(applicationTextTexts, (t) => t.sourceWeb),
  phone: both(applicationTextTexts, (t) => t.sourcePhone),
  import: both(applicationTextTexts, (t) => t.sourceImport),
};

export const HEARD_FROM_LABELS: Record<HeardFrom, Localized> = {
  ipa_website: both(applicationTextTexts, (t) => t.heardIpaWebsite),
  chamber: both(applicationTextTexts, (t) => t.heardChamber),
  seminar: both(applicationTextTexts, (t) => t.heardSeminar),
  mail_magazine: both(applicationTextTexts, (t) => t.heardMailMagazine),
  expert: both(applicationTextTexts, (t) => t.heardExpert),
  other: both(applicationTextTexts, (t) => t.heardOther),
};

export const STATUS_LABELS: Record<ApplicationStatus, Localized> = {
  received: both(applicationTextTexts, (t) => t.statusReceived),
  valid: both(applicationTextTexts, (t) => t.statusValid),
  invalid: both(applicationTextTexts, (t) => t.statusInvalid),
  proposed: both(applicationTextTexts, (t) => t.statusProposed),
  chosen: both(applicationTextTexts, (t) => t.statusChosen),
  matched: both(applicationTextTexts, (t) => t.statusMatched),
  withdrawn: both(applicationTextTexts, (t) => t.statusWithdrawn),
};

export const INVALID_REASON_LABELS: Record<InvalidReason, Localized> = {
  not_sme: both(applicationTextTexts, (t) => t.reasonNotSme),
  duplicate: both(applicationTextTexts, (t) => t.reasonDuplicate),
  outside_window: both(applicationTextTexts, (t) => t.reasonOutsideWindow),
  incomplete: both(applicationTextTexts, (t) => t.reasonIncomplete),
  withdrawn: both(applicationTextTexts, (t) => t.reasonWithdrawn),
  other: both(applicationTextTexts, (t) => t.reasonOther),
};

/** Why an application was not accepted, as a sentence for the SME (e-mail, web page); plain text. */
const INVALID_REASON_SENTENCES: Record<InvalidReason, Localized> = {
  not_sme: both(applicationTextTexts, (t) => t.sentenceNotSme),
  duplicate: both(applicationTextTexts, (t) => t.sentenceDuplicate),
  outside_window: both(applicationTextTexts, (t) => t.sentenceOutsideWindow),
  incomplete: both(applicationTextTexts, (t) => t.sentenceIncomplete),
  withdrawn: both(applicationTextTexts, (t) => t.sentenceWithdrawn),
  other: both(applicationTextTexts, (t) => t.sentenceOther),
};

/** The stored reason (code and the secretariat's detail) as plain sentences for the SME. */
export function invalidReasonSentence(stored: string | null, locale: Locale): string {
  if (!stored) return INVALID_REASON_SENTENCES.other[locale];
  const { code, detail } = parseInvalidReason(stored);
  const head = code ? INVALID_REASON_SENTENCES[code][locale] : "";
  const t = applicationTextTexts(locale);
  const extra = detail ? t.fromSecretariat(detail) : "";
  return t.joinSentences([head, extra].filter(Boolean));
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
  const t = applicationTextTexts(locale);
  const capital = a.company.capitalYen === null ? "—" : formatYen(a.company.capitalYen, locale);
  const employees = a.company.employees === null ? "—" : t.employees(a.company.employees);
  return t.size({ capital, employees });
}

/** One-line facts for lists (mrkdwn): where, what, how large, when and how it arrived. */
export function applicationLine(a: ApplicationDetail, locale: Locale): string {
  const t = applicationTextTexts(locale);
  const where = `${prefectureName(a.company.prefecture, locale)}・${industryName(a.company.industry, locale)}`;
  const received = `${formatSlashDate(a.receivedOn)}（${labelOf(SOURCE_LABELS, a.source, locale)}）`;
  return `*${applicationTitle(a)}*（${where}）\n${t.received} ${received}・${sizeText(a, locale)}`;
}

/**
 * The application's facts for the secretariat, as mrkdwn fields (people's text escaped). Contact email and phone are left out: the summary
 * travels through channels and stays free of links.
 */
export function applicationSummaryFields(a: ApplicationDetail, locale: Locale): string[] {
  const t = applicationTextTexts(locale);
  const c = a.company;
  const none = "—";
  return [
    `*${t.company}*\n${esc(c.name)}${c.nameKana ? `（${esc(c.nameKana)}）` : ""}`,
    `*${t.corporateNumber}*\n${c.corporateNumber ? esc(c.corporateNumber) : none}`,
    `*${t.industry}*\n${industryName(c.industry, locale)}`,
    `*${t.sizeHead}*\n${sizeText(a, locale)}`,
    `*${t.location}*\n${prefectureName(c.prefecture, locale)} ${esc(c.address)}`,
    `*${t.contact}*\n${esc(a.contactName)}${a.contactTitle ? `（${esc(a.contactTitle)}）` : ""}`,
    `*${t.received}*\n${formatSlashDate(a.receivedOn)}（${labelOf(SOURCE_LABELS, a.source, locale)}）`,
    `*${t.heardFrom}*\n${labelOf(HEARD_FROM_LABELS, a.heardFrom, locale)}`,
    `*${t.recruiter}*\n${a.recruiter ? `${esc(a.recruiter.nameKanji)}（${esc(a.recruiter.nameKana)}）` : none}`,
    `*${t.scheduleWishes}*\n${a.scheduleWishes ? esc(a.scheduleWishes) : none}`,
  ];
}

/**
 * The program's other applications with the same 法人番号 (they are public, so one may be a
 * duplicate or someone else's number), for the reviewer to check: e.g. 「同じ法人番号の申込があります: #12（有効）」.
 */
export function sameNumberNote(a: ApplicationDetail, locale: Locale): string | null {
  if (a.sameNumber.length === 0) return null;
  const t = applicationTextTexts(locale);
  const list = a.sameNumber
    .map((o) => t.sameNumberItem({ id: o.id, status: labelOf(STATUS_LABELS, o.status, locale) }))
    .join(t.listSeparator);
  return t.sameNumber({ count: a.sameNumber.length, list });
}

/**
 * The SME took part in an earlier program (same 法人番号 or the same company record): each earlier
 * case with its program, expert and status, e.g. 「過去の年度に参加した企業です: 2019 案件#4（専門家: 山田 太郎、完了）」.
 */
export function earlierCasesNote(a: ApplicationDetail, locale: Locale): string | null {
  if (!a.earlierCases || a.earlierCases.length === 0) return null;
  const t = applicationTextTexts(locale);
  const list = a.earlierCases
    .map((c) =>
      t.earlierCaseItem({
        program: esc(c.programName),
        caseId: c.caseId,
        expert: esc(c.expertName),
        status: t.caseStatus(c.status),
      }),
    )
    .join(t.listSeparator);
  return t.earlierCases(list);
}

/** What the reviewer must see before screening: overrides used, other applications with the same 法人番号, earlier participation. */
export function warningNotes(a: ApplicationDetail, locale: Locale): string[] {
  const same = sameNumberNote(a, locale);
  const earlier = earlierCasesNote(a, locale);
  return [...overrideNotes(a, locale), ...(same ? [same] : []), ...(earlier ? [earlier] : [])];
}

/** Overrides the secretariat used when registering, for the reviewer to see. */
function overrideNotes(a: ApplicationDetail, locale: Locale): string[] {
  const t = applicationTextTexts(locale);
  const notes: string[] = [];
  if (a.eligibilityOverride) notes.push(t.eligibilityOverridden);
  if (a.duplicateOverride) notes.push(t.duplicateOverridden);
  return notes;
}
