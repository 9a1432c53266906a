import { formatSlashDate } from "../lib/dates.js";
import type { Locale } from "../lib/i18n.js";
import { caseMailTexts } from "./case-mails.texts.js";
import { composeMail, type MailContent, type MailRecipient, type MailSignature } from "./layout.js";

/** What the mails at the end of a case need to know (public facts only: no review comments). */
export type CaseMailData = {
  applicationId: number;
  recipient: MailRecipient;
  expertName: string;
  /** YYYY-MM-DD (Japan time). */
  closedOn: string | null;
  /** Visits held, in order. */
  visits: { round: number; heldOn: string | null }[];
  /** Deliverables handed over: the kind in words and the title. */
  deliverables: { kind: string; title: string }[];
  /** The personal page `${PUBLIC_BASE_URL}/s/<token>`. */
  pageUrl: string;
};

function surveyUrl(pageUrl: string): string {
  return `${pageUrl}/survey`;
}

function deliveredLines(d: CaseMailData, locale: Locale): string[] {
  const t = caseMailTexts(locale);
  if (d.deliverables.length === 0) return [];
  return [t.handedOver, ...d.deliverables.map((x) => t.deliverable({ kind: x.kind, title: x.title }))];
}

/** 指導完了のお知らせ: thanks, what was delivered, the page with the record of the case. */
export function completionMail(d: CaseMailData, locale: Locale, sig: MailSignature): MailContent {
  const t = caseMailTexts(locale);
  const held = d.visits.filter((v) => v.heldOn).length;
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: t.completionSubject({ program: sig.programName, applicationId: d.applicationId }),
      lead: [
        t.thisIs(sig.secretariat.name),
        t.completionLead({ expert: d.expertName, held }),
        ...deliveredLines(d, locale),
      ],
      facts: [
        [t.applicationNumber, `#${d.applicationId}`],
        [t.yourExpert, d.expertName],
        ...(d.closedOn ? [[t.completedOn, formatSlashDate(d.closedOn)] as [string, string]] : []),
        ...d.visits
          .filter((v) => v.heldOn)
          .map((v) => [t.visitRound(v.round), formatSlashDate(v.heldOn as string)] as [string, string]),
      ],
      action: { label: t.completionAction, url: d.pageUrl, note: t.keepPrivate },
      after: [t.completionAfter],
    },
    sig,
  );
}

/** アンケートのお願い (the invitation, and with `reminder` its reminders). */
export function surveyMail(
  d: Pick<CaseMailData, "applicationId" | "recipient" | "expertName" | "pageUrl">,
  locale: Locale,
  sig: MailSignature,
  reminder?: { round: number; max: number },
): MailContent {
  const t = caseMailTexts(locale);
  const tag = reminder ? t.reminderTag(reminder) : "";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: t.surveySubject({ tag, program: sig.programName, applicationId: d.applicationId }),
      lead: [
        t.thisIs(sig.secretariat.name),
        reminder ? t.surveyReminderLead(d.expertName) : t.surveyLead(d.expertName),
      ],
      action: { label: t.surveyAction, url: surveyUrl(d.pageUrl), note: t.keepPrivate },
      after: [t.surveyAfter],
    },
    sig,
  );
}

/** A short, plain notice that the guidance ended early, with the reason in words (never internal notes). */
export function terminationMail(
  d: Pick<CaseMailData, "applicationId" | "recipient" | "closedOn" | "pageUrl">,
  reason: string,
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const t = caseMailTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: t.terminationSubject({ program: sig.programName, applicationId: d.applicationId }),
      lead: [t.thisIs(sig.secretariat.name), t.terminationLead],
      facts: [
        [t.applicationNumber, `#${d.applicationId}`],
        [t.reason, reason],
        ...(d.closedOn ? [[t.endedOn, formatSlashDate(d.closedOn)] as [string, string]] : []),
      ],
      action: { label: t.terminationAction, url: d.pageUrl, note: t.keepPrivate },
      after: [t.terminationAfter],
    },
    sig,
  );
}
