import { industryName } from "../../../domain/industries.js";
import { prefectureName } from "../../../domain/prefectures.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  checkboxes,
  datePicker,
  divider,
  type ExternalSelect,
  externalSelect,
  type InputBlock,
  input,
  type ModalView,
  modal,
  numberInput,
  option,
  radios,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { statusLabel } from "../../experts/views/expert-text.js";
import { MAX_PRESENTED, RECORDED_VIA } from "../matching.schemas.js";
import { MATCHING_IDS, MATCHING_TEXT_LIMITS } from "../matching-ids.js";
import type { Expert } from "../matching-repository.js";
import type { ApprovalPreview, ProposalPreview, ReassignPreview } from "../matching-service.js";
import { matchingModalTexts } from "./matching-modals.texts.js";
import { appTitle, expertName, reasonsText, viaLabel } from "./matching-text.js";

const B = MATCHING_IDS.blocks;
const V = MATCHING_IDS.value;

/** An external_select of active experts that loads options as the member types (Japanese names are short). */
function expertSearch(actionId: string, placeholder: string): ExternalSelect {
  return externalSelect(actionId, placeholder, 1);
}

function overrideInput(locale: Locale, hint: string): InputBlock {
  const t = matchingModalTexts(locale);
  return input(B.override, t.overrideLabel, checkboxes(V, [option(t.overrideOption, MATCHING_IDS.overrideValue)]), {
    optional: true,
    hint,
  });
}

/**
 * Propose candidates: the ranked experts with their reasons, each removable; a search to add
 * any other active expert; how many to present. What is listed is what is sent, top first.
 */
export function proposeModal(locale: Locale, p: ProposalPreview): ModalView {
  const t = matchingModalTexts(locale);
  const a = p.application;
  const where = `${prefectureName(a.company.prefecture, locale)}・${industryName(a.company.industry, locale)}`;
  const blocks: Block[] = [section(`*${esc(appTitle(a))}*（${where}）`)];
  if (p.recruiter) {
    blocks.push(
      section(t.recruitedBy(esc(expertName(p.recruiter))), {
        accessory: button(t.directMatchButton, MATCHING_IDS.directMatchButton, String(a.id)),
      }),
    );
  }
  blocks.push(divider());
  blocks.push(section(t.candidatesHead));
  if (p.rows.length === 0) blocks.push(section(t.noCandidates));
  p.rows.forEach((row, i) => {
    const tag = row.added ? t.addedByHand : "";
    blocks.push(
      section(`*${i + 1}. ${esc(expertName(row.expert))}*${tag}\n${reasonsText(row.reasons, locale)}`, {
        block_id: `candidate_${row.expert.id}`,
        accessory: button(t.remove, MATCHING_IDS.removeCandidate, String(row.expert.id)),
      }),
    );
  });
  blocks.push(actions(B.add, [expertSearch(MATCHING_IDS.addCandidate, t.searchToAdd)]));
  blocks.push(
    input(B.count, t.countLabel, numberInput(V, { initial: p.count, min: 1, max: MAX_PRESENTED }), {
      hint: t.countHint(MAX_PRESENTED),
    }),
  );
  return modal({
    callbackId: MATCHING_IDS.proposeModal,
    title: t.proposeTitle,
    submit: t.proposeSubmit,
    close: t.cancel,
    metadata: p.draft,
    blocks,
  });
}

/** The secretariat records the choice the SME gave by phone, mail or in person. */
export function recordChoiceModal(
  locale: Locale,
  proposal: { id: number; title: string },
  experts: Expert[],
  today: string,
): ModalView {
  const t = matchingModalTexts(locale);
  return modal({
    callbackId: MATCHING_IDS.recordChoiceModal,
    title: t.recordTitle,
    submit: t.recordSubmit,
    close: t.cancel,
    metadata: { proposalId: proposal.id },
    blocks: [
      section(t.recordIntro(esc(proposal.title))),
      input(
        B.expert,
        t.expertChosen,
        radios(
          V,
          experts.map((e) => option(expertName(e), String(e.id))),
        ),
      ),
      input(
        B.via,
        t.viaLabel,
        staticSelect(
          V,
          RECORDED_VIA.map((v) => option(viaLabel(v, locale), v)),
          { placeholder: t.choose },
        ),
      ),
      input(B.contactedOn, t.contactedOnLabel, datePicker(V, today)),
      input(
        B.note,
        t.noteLabel,
        textInput(V, {
          multiline: true,
          maxLength: MATCHING_TEXT_LIMITS.recordChoice[B.note],
          placeholder: t.notePlaceholder,
        }),
        { optional: true },
      ),
    ],
  });
}

function checkLines(p: ApprovalPreview, locale: Locale): string[] {
  const t = matchingModalTexts(locale);
  const c = p.checks;
  const status = statusLabel(c.expertStatus, locale);
  return [
    c.expertActive
      ? `:white_check_mark: ${t.expertStatus}: ${status}`
      : `:no_entry: ${t.expertStatus}: ${status} — ${t.notActive}`,
    c.full
      ? `:warning: ${t.atCapacity({ open: c.open, capacity: c.capacity })}`
      : `:white_check_mark: ${t.load({ open: c.open, capacity: c.capacity })}`,
    c.applicationOk
      ? `:white_check_mark: ${t.applicationOk}`
      : `:no_entry: ${t.applicationNotOk}（${c.applicationStatus}）`,
    c.sameCompanyCaseId === null
      ? `:white_check_mark: ${t.noSameCompany}`
      : `:no_entry: ${t.sameCompany(c.sameCompanyCaseId)}`,
  ];
}

/** Approve the chosen pair: the conflict checks, the first visit's target date, the capacity override. */
export function approvalModal(locale: Locale, p: ApprovalPreview): ModalView {
  const t = matchingModalTexts(locale);
  return modal({
    callbackId: MATCHING_IDS.approveModal,
    title: t.approveTitle,
    submit: t.approveSubmit,
    close: t.cancel,
    metadata: { applicationId: p.application.id, expertId: p.expert.id },
    blocks: [
      section(t.approveIntro({ title: esc(appTitle(p.application)), expert: esc(expertName(p.expert)) })),
      section(`*${t.checks}*\n${checkLines(p, locale).join("\n")}`),
      input(B.firstVisitTarget, t.targetLabel, datePicker(V, p.defaultFirstVisitTarget), {
        hint: t.targetHint(p.programEnd),
      }),
      overrideInput(locale, t.approveOverrideHint),
    ],
  });
}

export function rejectModal(locale: Locale, p: ApprovalPreview): ModalView {
  const t = matchingModalTexts(locale);
  return modal({
    callbackId: MATCHING_IDS.rejectModal,
    title: t.rejectTitle,
    submit: t.rejectSubmit,
    close: t.cancel,
    metadata: { applicationId: p.application.id, expertId: p.expert.id },
    blocks: [
      section(t.rejectIntro({ title: esc(appTitle(p.application)), expert: esc(expertName(p.expert)) })),
      input(
        B.reason,
        t.rejectReason,
        textInput(V, {
          multiline: true,
          maxLength: MATCHING_TEXT_LIMITS.reject[B.reason],
          placeholder: t.rejectPlaceholder,
        }),
      ),
    ],
  });
}

/** Hand a case to another expert: who, why, and the capacity override. */
export function reassignModal(locale: Locale, p: ReassignPreview): ModalView {
  const t = matchingModalTexts(locale);
  return modal({
    callbackId: MATCHING_IDS.reassignModal,
    title: t.reassignTitle,
    submit: t.reassignSubmit,
    close: t.cancel,
    metadata: { caseId: p.caseId },
    blocks: [
      section(
        t.reassignIntro({
          caseId: p.caseId,
          title: esc(appTitle(p.application)),
          expert: esc(expertName(p.current)),
          heldVisits: p.heldVisits,
        }),
      ),
      input(B.expert, t.newExpert, expertSearch(MATCHING_IDS.reassignExpertSelect, t.searchByName)),
      input(
        B.reason,
        t.reassignReason,
        textInput(V, {
          multiline: true,
          maxLength: MATCHING_TEXT_LIMITS.reassign[B.reason],
          placeholder: t.reassignPlaceholder,
        }),
      ),
      overrideInput(locale, t.reassignOverrideHint),
    ],
  });
}

/** Withdraw an open proposal: why (the SME declined every candidate, an expert dropped out …). */
export function withdrawModal(locale: Locale, proposal: { id: number; title: string }): ModalView {
  const t = matchingModalTexts(locale);
  return modal({
    callbackId: MATCHING_IDS.withdrawModal,
    title: t.withdrawTitle,
    submit: t.withdrawSubmit,
    close: t.cancel,
    metadata: { proposalId: proposal.id },
    blocks: [
      section(t.withdrawIntro({ title: esc(proposal.title), proposalId: proposal.id })),
      input(
        MATCHING_IDS.blocks.reason,
        t.withdrawReason,
        textInput(MATCHING_IDS.value, {
          multiline: true,
          maxLength: MATCHING_TEXT_LIMITS.withdraw[B.reason],
          placeholder: t.withdrawPlaceholder,
        }),
      ),
    ],
  });
}
