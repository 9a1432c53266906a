import { roundLabel, roundPlan } from "../../../domain/curriculum.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  context,
  datePicker,
  input,
  type ModalView,
  modal,
  numberInput,
  option,
  radios,
  section,
  staticSelect,
  textInput,
  timePicker,
} from "../../../slack/blocks.js";
import type { CaseRecord } from "../../cases/cases-repository.js";
import { dateOfInstant, timeOfInstant } from "../visit-dates.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../visits-ids.js";
import type { Visit } from "../visits-repository.js";
import { scheduleModalTexts } from "./schedule-modals.texts.js";
import { caseTitle, visitWhen } from "./visit-messages.js";
import { modeLabel } from "./visit-text.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

function planBlocks(
  locale: Locale,
  initial: { date?: string | null; time?: string | null; mode?: string; place?: string },
) {
  const t = scheduleModalTexts(locale);
  return [
    input(B.date, t.date, datePicker(V, initial.date ?? null)),
    input(B.time, t.time, timePicker(V, initial.time ?? "10:00")),
    input(
      B.mode,
      t.mode,
      radios(
        V,
        [option(modeLabel("onsite", locale), "onsite"), option(modeLabel("online", locale), "online")],
        initial.mode ?? "onsite",
      ),
    ),
    input(
      B.place,
      t.place,
      textInput(V, { initial: initial.place ?? null, maxLength: VISIT_TEXT_LIMITS.schedule[B.place] }),
      { optional: true, hint: t.placeHint },
    ),
  ];
}

/** Plan a visit: the round (the next one preselected), day and time in Japan time, how and where. */
export function scheduleModal(
  locale: Locale,
  ctx: { case: CaseRecord; round: number; visitsPerCase: number; initialDate?: string | null },
): ModalView {
  const t = scheduleModalTexts(locale);
  const rounds = Array.from({ length: ctx.visitsPerCase }, (_, i) => i + 1).map((r) =>
    option(`${roundLabel(r, locale)} — ${roundPlan(r).title[locale]}`, String(r)),
  );
  return modal({
    callbackId: VISIT_IDS.scheduleModal,
    title: t.scheduleTitle,
    submit: t.scheduleSubmit,
    close: t.cancel,
    metadata: { caseId: ctx.case.id },
    blocks: [
      section(`*${caseTitle(ctx.case, locale)}*`),
      input(B.round, t.round, staticSelect(V, rounds, { initial: String(ctx.round) }), { hint: t.roundHint }),
      ...planBlocks(locale, { date: ctx.initialDate ?? null }),
    ],
  });
}

export function rescheduleModal(locale: Locale, c: CaseRecord, visit: Visit): ModalView {
  const t = scheduleModalTexts(locale);
  return modal({
    callbackId: VISIT_IDS.rescheduleModal,
    title: t.rescheduleTitle,
    submit: t.rescheduleSubmit,
    close: t.cancel,
    metadata: { visitId: visit.id },
    blocks: [
      section(`*${caseTitle(c, locale)}* — ${roundLabel(visit.round, locale)}\n${t.now}: ${visitWhen(visit, locale)}`),
      ...planBlocks(locale, {
        date: visit.scheduledAt ? dateOfInstant(visit.scheduledAt) : null,
        time: visit.scheduledAt ? timeOfInstant(visit.scheduledAt) : null,
        mode: visit.mode,
        place: visit.place,
      }),
      input(
        B.reason,
        t.rescheduleReason,
        textInput(V, { multiline: true, maxLength: VISIT_TEXT_LIMITS.reschedule[B.reason] }),
      ),
    ],
  });
}

export function cancelVisitModal(locale: Locale, c: CaseRecord, visit: Visit): ModalView {
  const t = scheduleModalTexts(locale);
  return modal({
    callbackId: VISIT_IDS.cancelModal,
    title: t.cancelTitle,
    submit: t.cancelSubmit,
    close: t.back,
    metadata: { visitId: visit.id },
    blocks: [
      section(
        t.cancelWhat({
          title: caseTitle(c, locale),
          round: roundLabel(visit.round, locale),
          when: visitWhen(visit, locale),
        }),
      ),
      input(B.reason, t.cancelReason, textInput(V, { multiline: true, maxLength: VISIT_TEXT_LIMITS.cancel[B.reason] })),
    ],
  });
}

/** Record that a planned visit took place (the report can follow later). */
export function heldModal(locale: Locale, c: CaseRecord, visit: Visit, today: string): ModalView {
  const t = scheduleModalTexts(locale);
  const planned = visit.scheduledAt ? dateOfInstant(visit.scheduledAt) : null;
  return modal({
    callbackId: VISIT_IDS.heldModal,
    title: t.heldTitle,
    submit: t.heldSubmit,
    close: t.cancel,
    metadata: { visitId: visit.id },
    blocks: [
      section(`*${caseTitle(c, locale)}* — ${roundLabel(visit.round, locale)}`),
      input(B.heldOn, t.heldOn, datePicker(V, planned && planned <= today ? planned : today)),
      input(B.duration, t.duration, numberInput(V, { initial: 120, min: 10, max: 600 })),
      context([t.dueNote]),
    ],
  });
}
