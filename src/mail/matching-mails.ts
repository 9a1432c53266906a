import type { Locale } from "../lib/i18n.js";
import { composeMail, type MailContent, type MailRecipient, type MailSignature } from "./layout.js";
import { matchingMailTexts } from "./matching-mails.texts.js";

/** What every mail about an application's progress knows: its number, the addressee and the personal page. */
export type ProgressMailData = {
  applicationId: number;
  recipient: MailRecipient;
  /** The personal page `${PUBLIC_BASE_URL}/s/<token>` (the link the SME already has). */
  pageUrl: string;
};

/** An expert as an SME may see them: name and public facts (qualification, area, industries, profile). */
export type PublicExpertProfile = { name: string; facts: [label: string, value: string][] };

type Texts = (typeof matchingMailTexts)["ja"];

function numberFact(d: ProgressMailData, t: Texts): [string, string] {
  return [t.applicationNumber, `#${d.applicationId}`];
}

function pageAction(d: ProgressMailData, label: string, t: Texts) {
  return { label, url: d.pageUrl, note: t.keepPrivate };
}

function subjectOf(sig: MailSignature, d: ProgressMailData, t: Texts, subject: string): string {
  return t.subject({ program: sig.programName, subject, applicationId: d.applicationId });
}

/** A fact of a profile, indented under its expert's name. */
const indented = ([k, v]: [string, string]): [string, string] => [`　${k}`, v];

/** 審査結果（支援の対象）: the application was screened valid; candidates come next. */
export function screenedValidMail(d: ProgressMailData, locale: Locale, sig: MailSignature): MailContent {
  const t = matchingMailTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, t, t.validSubject),
      lead: [t.thisIs(sig.secretariat.name), t.validAccepted(sig.programName), t.validNext],
      facts: [numberFact(d, t)],
      action: pageAction(d, t.statusAction, t),
      after: [t.quoteNumber],
    },
    sig,
  );
}

/** 審査結果（お受けできません）: the application was screened invalid, with the reason in words. */
export function screenedInvalidMail(
  d: ProgressMailData & { reason: string },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const t = matchingMailTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, t, t.invalidSubject),
      lead: [t.thisIs(sig.secretariat.name), t.thanksForApplying(sig.programName), t.invalidSorry],
      facts: [numberFact(d, t), [t.reason, d.reason]],
      action: pageAction(d, t.statusAction, t),
      after: [t.invalidAfter],
    },
    sig,
  );
}

/** 担当専門家の候補のご案内: the candidates' public profiles and the link to choose one. */
export function candidatesMail(
  d: ProgressMailData & { candidates: PublicExpertProfile[] },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const t = matchingMailTexts(locale);
  const facts: [string, string][] = [numberFact(d, t)];
  d.candidates.forEach((c, i) => {
    facts.push([t.candidate(i + 1), c.name]);
    for (const fact of c.facts) facts.push(indented(fact));
  });
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, t, t.candidatesSubject),
      lead: [t.thisIs(sig.secretariat.name), t.candidatesCount(d.candidates.length), t.candidatesChoose],
      facts,
      action: pageAction(d, t.chooseAction, t),
      after: [t.candidatesAfter],
    },
    sig,
  );
}

/**
 * New candidates will follow: the proposal was withdrawn, or the SME's choice could not be approved.
 * Says why in one sentence, apologises, and points to the page (no internal reason).
 */
function newCandidatesMail(
  d: ProgressMailData,
  locale: Locale,
  sig: MailSignature,
  why: { subject: string; sentence: string },
): MailContent {
  const t = matchingMailTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, t, why.subject),
      lead: [t.thisIs(sig.secretariat.name), why.sentence, t.newCandidatesNext],
      facts: [numberFact(d, t)],
      action: pageAction(d, t.statusAction, t),
    },
    sig,
  );
}

/** 候補の取り下げ: the secretariat withdrew the proposal; new candidates follow. */
export function candidatesWithdrawnMail(d: ProgressMailData, locale: Locale, sig: MailSignature): MailContent {
  const t = matchingMailTexts(locale);
  return newCandidatesMail(d, locale, sig, { subject: t.withdrawnSubject, sentence: t.withdrawnSentence });
}

/** The SME's choice could not be approved (e.g. the expert cannot take the case): new candidates follow. */
export function choiceNotApprovedMail(d: ProgressMailData, locale: Locale, sig: MailSignature): MailContent {
  const t = matchingMailTexts(locale);
  return newCandidatesMail(d, locale, sig, { subject: t.notApprovedSubject, sentence: t.notApprovedSentence });
}

/** 担当専門家の決定: the secretariat approved the match; the expert will propose first-visit dates. */
export function matchedMail(
  d: ProgressMailData & { expert: PublicExpertProfile },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const t = matchingMailTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: subjectOf(sig, d, t, t.matchedSubject),
      lead: [t.thisIs(sig.secretariat.name), t.matchedLead(d.expert.name), t.matchedNext],
      facts: [numberFact(d, t), [t.yourExpert, d.expert.name], ...d.expert.facts.map(indented)],
      action: pageAction(d, t.statusAction, t),
    },
    sig,
  );
}
