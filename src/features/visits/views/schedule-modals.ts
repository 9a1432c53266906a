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
import { dateOfInstant, timeOfInstant } from "../visit-dates.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../visits-ids.js";
import type { CaseRecord, Visit } from "../visits-repository.js";
import { caseTitle, visitWhen } from "./visit-messages.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

function planBlocks(
  locale: Locale,
  initial: { date?: string | null; time?: string | null; mode?: string; place?: string },
) {
  const ja = locale === "ja";
  return [
    input(B.date, ja ? "訪問日" : "Date of the visit", datePicker(V, initial.date ?? null)),
    input(B.time, ja ? "開始時刻（日本時間）" : "Start time (Japan time)", timePicker(V, initial.time ?? "10:00")),
    input(
      B.mode,
      ja ? "訪問の方法" : "How",
      radios(
        V,
        [option(ja ? "訪問（対面）" : "On site", "onsite"), option(ja ? "オンライン" : "Online", "online")],
        initial.mode ?? "onsite",
      ),
    ),
    input(
      B.place,
      ja ? "場所（住所・事業所名、オンラインの場合は会議ツール）" : "Place (address, or the meeting tool if online)",
      textInput(V, { initial: initial.place ?? null, maxLength: VISIT_TEXT_LIMITS.schedule[B.place] }),
      { optional: true, hint: ja ? "訪問（対面）の場合は必須です。" : "Required for on-site visits." },
    ),
  ];
}

/** Plan a visit: the round (the next one preselected), day and time in Japan time, how and where. */
export function scheduleModal(
  locale: Locale,
  ctx: { case: CaseRecord; round: number; visitsPerCase: number; initialDate?: string | null },
): ModalView {
  const ja = locale === "ja";
  const rounds = Array.from({ length: ctx.visitsPerCase }, (_, i) => i + 1).map((r) =>
    option(`${roundLabel(r, locale)} — ${roundPlan(r).title[locale]}`, String(r)),
  );
  return modal({
    callbackId: VISIT_IDS.scheduleModal,
    title: ja ? "訪問の予定" : "Schedule a visit",
    submit: ja ? "予定を登録" : "Save",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { caseId: ctx.case.id },
    blocks: [
      section(`*${caseTitle(ctx.case, locale)}*`),
      input(B.round, ja ? "訪問の回" : "Round", staticSelect(V, rounds, { initial: String(ctx.round) }), {
        hint: ja ? "訪問は第1回から順に行います。" : "Visits run in order from the first.",
      }),
      ...planBlocks(locale, { date: ctx.initialDate ?? null }),
    ],
  });
}

export function rescheduleModal(locale: Locale, c: CaseRecord, visit: Visit): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: VISIT_IDS.rescheduleModal,
    title: ja ? "訪問の日程変更" : "Reschedule a visit",
    submit: ja ? "変更する" : "Change",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { visitId: visit.id },
    blocks: [
      section(
        `*${caseTitle(c, locale)}* — ${roundLabel(visit.round, locale)}\n${ja ? "現在の予定" : "Now"}: ${visitWhen(visit, locale)}`,
      ),
      ...planBlocks(locale, {
        date: visit.scheduledAt ? dateOfInstant(visit.scheduledAt) : null,
        time: visit.scheduledAt ? timeOfInstant(visit.scheduledAt) : null,
        mode: visit.mode,
        place: visit.place,
      }),
      input(
        B.reason,
        ja ? "変更の理由" : "Reason for the change",
        textInput(V, { multiline: true, maxLength: VISIT_TEXT_LIMITS.reschedule[B.reason] }),
      ),
    ],
  });
}

export function cancelVisitModal(locale: Locale, c: CaseRecord, visit: Visit): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: VISIT_IDS.cancelModal,
    title: ja ? "訪問の取消し" : "Cancel a visit",
    submit: ja ? "取り消す" : "Cancel visit",
    close: ja ? "戻る" : "Back",
    metadata: { visitId: visit.id },
    blocks: [
      section(
        ja
          ? `*${caseTitle(c, "ja")}* の${roundLabel(visit.round, "ja")}訪問（${visitWhen(visit, "ja")}）を取り消します。改めて予定を登録できます。`
          : `Cancel ${roundLabel(visit.round, "en").toLowerCase()} of *${caseTitle(c, "en")}* (${visitWhen(visit, "en")}). You can plan it again afterwards.`,
      ),
      input(
        B.reason,
        ja ? "取消しの理由" : "Reason for cancelling",
        textInput(V, { multiline: true, maxLength: VISIT_TEXT_LIMITS.cancel[B.reason] }),
      ),
    ],
  });
}

/** Record that a planned visit took place (the report can follow later). */
export function heldModal(locale: Locale, c: CaseRecord, visit: Visit, today: string): ModalView {
  const ja = locale === "ja";
  const planned = visit.scheduledAt ? dateOfInstant(visit.scheduledAt) : null;
  return modal({
    callbackId: VISIT_IDS.heldModal,
    title: ja ? "訪問の実施を記録" : "Record a visit",
    submit: ja ? "実施済みにする" : "Save",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { visitId: visit.id },
    blocks: [
      section(`*${caseTitle(c, locale)}* — ${roundLabel(visit.round, locale)}`),
      input(B.heldOn, ja ? "実施日" : "Day of the visit", datePicker(V, planned && planned <= today ? planned : today)),
      input(
        B.duration,
        ja ? "所要時間（分）" : "Duration (minutes)",
        numberInput(V, { initial: 120, min: 10, max: 600 }),
      ),
      context([
        ja
          ? "報告書の期限は実施日から所定の営業日数後です（土日祝・年末年始を除く）。"
          : "The report is due a set number of business days after the visit (weekends, holidays and the year-end closure excluded).",
      ]),
    ],
  });
}
