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
import { proposeFirstVisitButton, recordAnswerButton } from "./first-visit-buttons.js";
import { type AnsweredBy, answeredByText, slotLabel, slotList } from "./first-visit-text.js";

type Proposal = Pick<
  FirstVisitProposal,
  "id" | "options" | "mode" | "place" | "noteToSme" | "proposedBy" | "proposedAs"
>;

function proposerText(c: CaseRecord, p: Proposal, locale: Locale): string {
  const ja = locale === "ja";
  if (p.proposedAs === "expert") return ja ? `担当の ${esc(c.expert.nameKanji)} さん` : esc(c.expert.nameKanji);
  return ja ? `事務局 <@${p.proposedBy}>` : `the secretariat (<@${p.proposedBy}>)`;
}

function howText(p: Proposal, locale: Locale): string {
  return `${modeLabel(p.mode, locale)}${p.place ? `・${esc(p.place)}` : ""}`;
}

function proposalBody(p: Proposal, locale: Locale): string {
  const ja = locale === "ja";
  const note = p.noteToSme ? `\n${ja ? "SMEへのメモ" : "Note to the SME"}: ${esc(p.noteToSme)}` : "";
  return `${slotList(parseStoredOptions(p.options), locale)}\n${ja ? "方法" : "How"}: ${howText(p, locale)}${note}`;
}

/** Secretariat channel: dates were proposed; the SME's answer is awaited (record it here). */
export function proposedPost(c: CaseRecord, p: Proposal, locale: Locale) {
  const ja = locale === "ja";
  const text = ja
    ? `${caseTitle(c, "ja")}: ${proposerText(c, p, "ja")}が初回訪問の候補日を提案しました。SMEの回答待ちです。`
    : `${caseTitle(c, "en")}: ${proposerText(c, p, "en")} proposed first-visit dates. Waiting for the SME's answer.`;
  return {
    text,
    blocks: [
      section(`${text}\n${proposalBody(p, locale)}`),
      context([
        ja
          ? "SMEから電話・メール・FAXで回答があったら「SMEの回答を記録する」で記録してください。"
          : "When the SME answers by phone, e-mail or fax, record it with “Record the SME's answer”.",
      ]),
      actions(`fv_proposal_${p.id}`, [recordAnswerButton(p.id, locale), openCaseButton(c.id, locale)]),
    ],
  };
}

/** DM to the case's expert: the dates went to the SME (proposed by them, or by the secretariat). */
export function proposedExpertDm(c: CaseRecord, p: Proposal, locale: Locale) {
  const ja = locale === "ja";
  const text =
    p.proposedAs === "expert"
      ? ja
        ? `${caseTitle(c, "ja")} の初回訪問の候補日をSMEに提案しました。SMEの回答が届いたらお知らせします。`
        : `${caseTitle(c, "en")}: your first-visit dates went to the SME. You will be told when the SME answers.`
      : ja
        ? `${caseTitle(c, "ja")}: 事務局が初回訪問の候補日をSMEに提案しました。SMEの回答が届いたらお知らせします。`
        : `${caseTitle(c, "en")}: the secretariat proposed first-visit dates to the SME. You will be told when the SME answers.`;
  return { text, blocks: [section(`${text}\n${proposalBody(p, locale)}`)] };
}

export type ProposalOutcome =
  | { kind: "confirmed"; option: number; by: AnsweredBy }
  | { kind: "declined"; by: AnsweredBy }
  | { kind: "superseded" }
  | { kind: "closed" };

/** Replaces the secretariat's proposal message once it is answered or overtaken: no more buttons. */
export function proposalOutcomeUpdate(c: CaseRecord, p: Proposal, outcome: ProposalOutcome, locale: Locale) {
  const ja = locale === "ja";
  const options = parseStoredOptions(p.options);
  let what: string;
  switch (outcome.kind) {
    case "confirmed":
      what = ja
        ? `確定: ${slotLabel(options[outcome.option - 1], "ja")}（${answeredByText(outcome.by, "ja")}）`
        : `Confirmed: ${slotLabel(options[outcome.option - 1], "en")} (${answeredByText(outcome.by, "en")})`;
      break;
    case "declined":
      what = ja
        ? `SMEは別の日程を希望（${answeredByText(outcome.by, "ja")}）`
        : `The SME asked for other dates (${answeredByText(outcome.by, "en")})`;
      break;
    case "superseded":
      what = ja ? "新しい候補日の提案に置き換えられました" : "Replaced by a newer proposal";
      break;
    case "closed":
      what = ja ? "第1回の訪問が直接登録されたため終了しました" : "Closed: visit 1 was scheduled directly";
      break;
  }
  const head = ja
    ? `${caseTitle(c, "ja")}: 初回訪問の候補日（${proposerText(c, p, "ja")}の提案）`
    : `${caseTitle(c, "en")}: first-visit dates proposed by ${proposerText(c, p, "en")}`;
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
  const ja = locale === "ja";
  const when = slotLabel(visit.scheduledAt as Date, locale);
  const text = ja
    ? `${caseTitle(c, "ja")} の初回訪問が ${when} に確定しました（${howText(p, "ja")}）。`
    : `${caseTitle(c, "en")}: the first visit is fixed for ${when} (${howText(p, "en")}).`;
  const after =
    audience === "expert"
      ? ja
        ? "第1回の訪問予定として登録しました。前日にリマインドが届きます。"
        : "It is planned as visit 1; a reminder comes the day before."
      : ja
        ? `担当: ${esc(c.expert.nameKanji)} さん（DMで通知済み）`
        : `Expert: ${esc(c.expert.nameKanji)} (told by DM)`;
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
  const ja = locale === "ja";
  const text = ja
    ? `${caseTitle(c, "ja")}: SMEは提案した初回訪問の候補日のいずれも都合が合わないとのことです。別の候補日を提案してください。`
    : `${caseTitle(c, "en")}: none of the proposed first-visit dates suits the SME. Please propose other dates.`;
  return {
    text,
    blocks: [
      section(`${text}\n${ja ? "SMEからのメモ" : "The SME's note"}: ${esc(note)}`),
      context([
        `${ja ? "提案した候補日" : "Proposed"}: ${slotList(parseStoredOptions(p.options), locale).replaceAll("\n", " ・ ")}`,
        answeredByText(by, locale),
      ]),
      actions(`fv_declined_${p.id}`, [proposeFirstVisitButton(c.id, locale, true), openCaseButton(c.id, locale)]),
    ],
  };
}
