import { slotLabel } from "../features/first-visits/views/first-visit-text.js";
import { modeLabel } from "../features/visits/views/visit-text.js";
import type { Locale } from "../lib/i18n.js";
import { firstVisitMailTexts } from "./first-visit-mails.texts.js";
import { composeMail, type MailContent, type MailRecipient, type MailSignature } from "./layout.js";

/** What every visit mail to the SME knows. */
export type VisitMailBase = {
  applicationId: number;
  recipient: MailRecipient;
  /** The expert's name (public profile only). */
  expertName: string;
  /** The SME's personal page. */
  pageUrl: string;
};

export type ProposalMailData = VisitMailBase & {
  options: Date[];
  mode: string;
  place: string;
  /** The proposer's note to the SME ("" when none). */
  note: string;
  /** An earlier proposal was still waiting: these dates replace it. */
  replaces: boolean;
};

export type VisitMailData = VisitMailBase & {
  round: number;
  start: Date;
  mode: string;
  place: string;
};

function howText(mode: string, place: string, locale: Locale): string {
  return place ? `${modeLabel(mode, locale)}（${place}）` : modeLabel(mode, locale);
}

function title(sig: MailSignature, locale: Locale, subject: string, applicationId: number): string {
  return firstVisitMailTexts(locale).subject({ program: sig.programName, subject, applicationId });
}

function pageAction(d: VisitMailBase, locale: Locale, label: string) {
  return { label, url: d.pageUrl, note: firstVisitMailTexts(locale).keepPrivate };
}

/** 初回訪問の候補日のご案内: the 1–3 dates, how and where, the proposer's note, the link to answer. */
export function proposalMail(d: ProposalMailData, locale: Locale, sig: MailSignature): MailContent {
  const t = firstVisitMailTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: title(sig, locale, t.proposalSubject, d.applicationId),
      lead: [
        t.thisIs(sig.secretariat.name),
        t.proposalLead(d.expertName),
        ...(d.replaces ? [t.replaced] : []),
        t.proposalChoose,
      ],
      facts: [
        ...d.options.map((at, i): [string, string] => [t.option(i + 1), slotLabel(at, locale)]),
        [t.how, howText(d.mode, d.place, locale)],
        ...(d.note ? [[t.noteFromExpert, d.note] as [string, string]] : []),
      ],
      action: pageAction(d, locale, t.chooseAction),
      after: [t.answerByPhone],
    },
    sig,
  );
}

/** 初回訪問の日程確定: the date, how and where; the calendar entry is attached by the caller. */
export function visitConfirmedMail(
  d: VisitMailData & { by: "sme_web" | "secretariat" },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const t = firstVisitMailTexts(locale);
  const when = slotLabel(d.start, locale);
  const round = { round: d.round, when };
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: title(sig, locale, t.confirmedSubject(round), d.applicationId),
      lead: [
        t.thisIs(sig.secretariat.name),
        d.by === "sme_web" ? t.confirmedOnWeb(round) : t.confirmedAsTold(round),
        t.expertTold(d.expertName),
      ],
      facts: visitFacts(d, locale),
      action: pageAction(d, locale, t.statusAction),
      after: [t.icsAttached, t.tellIfUnsuitable],
    },
    sig,
  );
}

function visitFacts(d: VisitMailData, locale: Locale): [string, string][] {
  const t = firstVisitMailTexts(locale);
  return [
    [t.when, slotLabel(d.start, locale)],
    [t.how, howText(d.mode, d.place, locale)],
    [t.yourExpert, d.expertName],
  ];
}

/** A visit planned directly (not through the dates on the page), moved, or cancelled. */
export function visitChangedMail(
  d: VisitMailData & { kind: "planned" | "rescheduled" | "cancelled"; reason: string },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const t = firstVisitMailTexts(locale);
  const when = slotLabel(d.start, locale);
  const round = { round: d.round, when };
  const subject = {
    planned: t.plannedSubject(round),
    rescheduled: t.rescheduledSubject(round),
    cancelled: t.cancelledSubject(d.round),
  }[d.kind];
  const what = {
    planned: t.plannedWhat({ ...round, expert: d.expertName }),
    rescheduled: t.rescheduledWhat(round),
    cancelled: t.cancelledWhat(round),
  }[d.kind];
  const reason: [string, string][] = d.reason && d.kind !== "planned" ? [[t.reason, d.reason]] : [];
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: title(sig, locale, subject, d.applicationId),
      lead: [t.thisIs(sig.secretariat.name), what],
      facts: d.kind === "cancelled" ? [...reason, [t.yourExpert, d.expertName]] : [...visitFacts(d, locale), ...reason],
      action: pageAction(d, locale, t.statusAction),
      after: [d.kind === "cancelled" ? t.cancelledIcs : t.replacedIcs, t.questions],
    },
    sig,
  );
}

/** "None fits" recorded by the secretariat on the SME's behalf: we heard you, new dates will come. */
export function otherDatesRequestedMail(
  d: VisitMailBase & { note: string },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const t = firstVisitMailTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: title(sig, locale, t.othersSubject, d.applicationId),
      lead: [t.thisIs(sig.secretariat.name), t.othersThanks, t.othersPassed(d.expertName)],
      facts: [[t.yourWishes, d.note]],
      action: pageAction(d, locale, t.statusAction),
    },
    sig,
  );
}
