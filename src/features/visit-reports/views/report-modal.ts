import { isFinalRound, roundLabel, roundPlan, takesSelfDiagnosis } from "../../../domain/curriculum.js";
import { ANSWERS, MAX_POINTS_PER_ITEM } from "../../../domain/self-diagnosis.js";
import { formatInstant } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  checkboxes,
  context,
  datePicker,
  header,
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
import { DELIVERABLE_KINDS } from "../../cases/cases.schemas.js";
import { categoryLabel } from "../../cases/checklist-defaults.js";
import { caseTitle } from "../../visits/views/visit-messages.js";
import { answerLabel, deliverableKindLabel, securityActionLabel } from "../../visits/views/visit-text.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../visits/visits-ids.js";
import type { ReportModalContext } from "../visit-reports-service.js";
import { reportModalTexts } from "./report-modal.texts.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

const num = (raw: string) => (raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : null);

/**
 * The visit report (支援実施報告書). Round 1 adds the self-diagnosis checklist (one select per item,
 * or a total); the last round adds the wrap-up, the score again and SECURITY ACTION. A button saves
 * a draft; `notice` tells when it was saved.
 */
export function reportModal(locale: Locale, ctx: ReportModalContext, notice?: string): ModalView {
  const t = reportModalTexts(locale);
  const f = ctx.form;
  const plan = roundPlan(ctx.round);
  const blocks: Block[] = [
    section(`*${caseTitle(ctx.case, locale)}*\n${roundLabel(ctx.round, locale)}: ${plan.title[locale]}`),
  ];
  if (ctx.returnComment) blocks.push(section(`*${t.returnComment}*\n${esc(ctx.returnComment)}`));
  const saved = notice ?? (ctx.draftSavedAt ? t.draftSaved(formatInstant(ctx.draftSavedAt, locale)) : null);
  if (saved) blocks.push(context([saved]));
  blocks.push(
    input(B.heldOn, t.heldOn, datePicker(V, f.heldOn)),
    input(B.duration, t.duration, numberInput(V, { initial: num(f.durationMinutes), min: 10, max: 600 })),
    input(
      B.attendees,
      t.attendees,
      textInput(V, {
        initial: f.attendees,
        maxLength: VISIT_TEXT_LIMITS.report[B.attendees],
        placeholder: t.attendeesExample,
      }),
    ),
    input(
      B.covered,
      t.covered,
      checkboxes(
        V,
        plan.items.map((i) => option(i.label[locale], i.code)),
        f.coveredItems,
      ),
    ),
    input(
      B.findings,
      t.findings,
      textInput(V, { initial: f.findings, multiline: true, maxLength: VISIT_TEXT_LIMITS.report[B.findings] }),
    ),
    input(
      B.agreedActions,
      t.agreedActions,
      textInput(V, { initial: f.agreedActions, multiline: true, maxLength: VISIT_TEXT_LIMITS.report[B.agreedActions] }),
    ),
    input(
      B.deliverablesHanded,
      t.handed,
      checkboxes(
        V,
        DELIVERABLE_KINDS.map((k) => option(deliverableKindLabel(k, locale), k)),
        f.deliverablesHanded,
      ),
      { optional: true, hint: t.handedHint },
    ),
  );
  const final = isFinalRound(ctx.round, ctx.visitsPerCase);
  if (!final) blocks.push(input(B.nextVisitOn, t.nextVisit, datePicker(V, f.nextVisitOn), { optional: true }));
  const max = ctx.checklist.length * MAX_POINTS_PER_ITEM;
  if (takesSelfDiagnosis(ctx.round)) {
    blocks.push(header(t.checklistHead(ctx.checklist.length)), context([t.checklistHelp(max)]));
    const answers = ANSWERS.map((a) => option(answerLabel(a, locale), a));
    let category: string | null = null;
    for (const item of ctx.checklist) {
      if (item.category !== category) {
        category = item.category;
        blocks.push(section(`*${esc(categoryLabel(category, locale))}*`));
      }
      blocks.push(
        input(
          VISIT_IDS.checkBlock(item.number),
          `${item.number}. ${locale === "ja" || !item.textEn ? item.textJa : item.textEn}`,
          staticSelect(V, answers, {
            initial: f.answers[String(item.number)] ?? null,
            placeholder: t.choose,
          }),
          { optional: true },
        ),
      );
    }
    blocks.push(
      input(B.checkTotal, t.total, numberInput(V, { initial: num(f.totalScore), min: 0, max }), { optional: true }),
    );
  }
  if (final) {
    blocks.push(
      header(t.wrapUpHead),
      input(
        B.wrapUp,
        t.wrapUp,
        textInput(V, { initial: f.wrapUp, multiline: true, maxLength: VISIT_TEXT_LIMITS.report[B.wrapUp] }),
      ),
      input(B.finalScore, t.finalScore(max), numberInput(V, { initial: num(f.finalScore), min: 0, max })),
      input(
        B.securityAction,
        t.securityAction,
        radios(
          V,
          (["none", "one_star", "two_stars"] as const).map((s) => option(securityActionLabel(s, locale), s)),
          f.securityAction,
        ),
      ),
    );
  }
  blocks.push(actions(B.draftActions, [button(t.saveDraft, VISIT_IDS.saveDraftButton, "draft")]));
  return modal({
    callbackId: VISIT_IDS.reportModal,
    title: t.title,
    submit: t.submit,
    close: t.close,
    metadata: { target: ctx.target },
    blocks,
  });
}
