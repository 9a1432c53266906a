import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, context, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { CaseRecord } from "../../cases/cases-repository.js";
import { openCaseButton, rescheduleButton } from "../../visits/views/visit-buttons.js";
import { caseTitle } from "../../visits/views/visit-messages.js";
import { modeLabel } from "../../visits/views/visit-text.js";
import type { Visit } from "../../visits/visits-repository.js";
import { parseStoredOptions } from "../first-visits.schemas.js";
import type { FirstVisitProposal } from "../first-visits-repository.js";
import { firstVisitTexts } from "./first-visit.texts.js";
import { proposeFirstVisitButton, recordAnswerButton } from "./first-visit-buttons.js";
import { type AnsweredBy, answeredByText, slotLabel, slotList } from "./first-visit-text.js";

type Proposal = Pick<
  FirstVisitProposal,
  "id" | "options" | "mode" | "place" | "noteToSme" | "proposedBy" | "proposedAs"
>;

function proposerText(c: CaseRecord, p: Proposal, locale: Locale): string {
  const t = firstVisitTexts(locale);
  if (p.proposedAs === "expert") return t.proposerExpert(esc(c.expert.nameKanji));
  return t.proposerSecretariat(p.proposedBy);
}

function howText(p: Proposal, locale: Locale): string {
  return `${modeLabel(p.mode, locale)}${p.place ? `・${esc(p.place)}` : ""}`;
}

function proposalBody(p: Proposal, locale: Locale): string {
  const t = firstVisitTexts(locale);
  const note = p.noteToSme ? `\n${t.noteToSme}: ${esc(p.noteToSme)}` : "";
  return `${slotList(parseStoredOptions(p.options), locale)}\n${t.how}: ${howText(p, locale)}${note}`;
}

/** Secretariat channel: dates were proposed; the SME's answer is awaited (record it here). */
export function proposedPost(c: CaseRecord, p: Proposal, locale: Locale) {
  const t = firstVisitTexts(locale);
  const text = t.proposedPost({ title: caseTitle(c, locale), proposer: proposerText(c, p, locale) });
  return {
    text,
    blocks: [
      section(`${text}\n${proposalBody(p, locale)}`),
      context([t.proposedPostHint]),
      actions(`fv_proposal_${p.id}`, [recordAnswerButton(p.id, locale), openCaseButton(c.id, locale)]),
    ],
  };
}

/** DM to the case's expert: the dates went to the SME (proposed by them, or by the secretariat). */
export function proposedExpertDm(c: CaseRecord, p: Proposal, locale: Locale) {
  const t = firstVisitTexts(locale);
  const title = caseTitle(c, locale);
  const text = p.proposedAs === "expert" ? t.expertDmOwn(title) : t.expertDmSecretariat(title);
  return { text, blocks: [section(`${text}\n${proposalBody(p, locale)}`)] };
}

export type ProposalOutcome =
  | { kind: "confirmed"; option: number; by: AnsweredBy }
  | { kind: "declined"; by: AnsweredBy }
  | { kind: "superseded" }
  | { kind: "closed" };

/** Replaces the secretariat's proposal message once it is answered or overtaken: no more buttons. */
export function proposalOutcomeUpdate(c: CaseRecord, p: Proposal, outcome: ProposalOutcome, locale: Locale) {
  const t = firstVisitTexts(locale);
  const options = parseStoredOptions(p.options);
  let what: string;
  switch (outcome.kind) {
    case "confirmed":
      what = t.outcomeConfirmed({
        slot: slotLabel(options[outcome.option - 1], locale),
        by: answeredByText(outcome.by, locale),
      });
      break;
    case "declined":
      what = t.outcomeDeclined(answeredByText(outcome.by, locale));
      break;
    case "superseded":
      what = t.outcomeSuperseded;
      break;
    case "closed":
      what = t.outcomeClosed;
      break;
  }
  const head = t.outcomeHead({ title: caseTitle(c, locale), proposer: proposerText(c, p, locale) });
  return {
    text: `${head} — ${what}`,
    blocks: [
      section(`${head}\n${proposalBody(p, locale)}`),
      context([what]),
      actions(`fv_proposal_${p.id}`, [openCaseButton(c.id, locale)]),
    ],
  };
}

/** To the expert (DM) and the secretariat (channel): the first visit is fixed. */
export function confirmedMessage(
  c: CaseRecord,
  p: Proposal,
  visit: Visit,
  by: AnsweredBy,
  locale: Locale,
  audience: "expert" | "secretariat",
) {
  const t = firstVisitTexts(locale);
  const when = slotLabel(visit.scheduledAt as Date, locale);
  const text = t.confirmed({ title: caseTitle(c, locale), when, how: howText(p, locale) });
  const after = audience === "expert" ? t.confirmedExpertAfter : t.confirmedSecretariatAfter(esc(c.expert.nameKanji));
  const buttons =
    audience === "expert"
      ? [rescheduleButton(visit.id, locale), openCaseButton(c.id, locale)]
      : [openCaseButton(c.id, locale)];
  return {
    text,
    blocks: [
      section(`${text}\n${after}`),
      context([answeredByText(by, locale)]),
      actions(`fv_confirmed_${p.id}`, buttons),
    ],
  };
}

/** To whoever proposed (and the secretariat): no date suits the SME; propose again. */
export function declinedMessage(
  c: CaseRecord,
  p: Proposal,
  note: string,
  by: AnsweredBy,
  locale: Locale,
): {
  text: string;
  blocks: Block[];
} {
  const t = firstVisitTexts(locale);
  const text = t.declined(caseTitle(c, locale));
  return {
    text,
    blocks: [
      section(`${text}\n${t.smeNote}: ${esc(note)}`),
      context([
        `${t.proposedDates}: ${slotList(parseStoredOptions(p.options), locale).replaceAll("\n", " ・ ")}`,
        answeredByText(by, locale),
      ]),
      actions(`fv_declined_${p.id}`, [proposeFirstVisitButton(c.id, locale, true), openCaseButton(c.id, locale)]),
    ],
  };
}
