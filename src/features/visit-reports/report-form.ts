import { isFinalRound, roundPlan, takesSelfDiagnosis } from "../../domain/curriculum.js";
import { type Answer, MAX_POINTS_PER_ITEM, scoreChecklist, unansweredItems } from "../../domain/self-diagnosis.js";
import { isIsoDate } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import type { ChecklistItem } from "../cases/checklist-repository.js";
import {
  DeliverableKindSchema,
  type ReportContent,
  type ReportForm,
  ReportFormSchema,
  SecurityActionSchema,
  type SelfDiagnosis,
} from "../visits/visits.schemas.js";
import { VISIT_IDS } from "../visits/visits-ids.js";

const B = VISIT_IDS.blocks;

export type ReportRules = { round: number; visitsPerCase: number; checklist: ChecklistItem[] };

/** The form a new report starts from. */
export function emptyReportForm(defaults: { heldOn?: string | null; durationMinutes?: number | null } = {}) {
  return ReportFormSchema.parse({
    heldOn: defaults.heldOn ?? null,
    durationMinutes: defaults.durationMinutes ? String(defaults.durationMinutes) : "",
  });
}

function wholeNumber(raw: string, min: number, max: number): number | null {
  const n = Number(raw.trim());
  return raw.trim() !== "" && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * Validates a report as typed. Every problem is reported on its own block so the person sees all
 * of them at once; nothing typed is lost (the caller keeps the form as a draft).
 */
export function parseReportForm(form: ReportForm, rules: ReportRules): ReportContent {
  const fields: Record<string, Localized> = {};
  const add = (block: string, ja: string, en: string) => {
    fields[block] ??= { ja, en };
  };
  const heldOn = form.heldOn && isIsoDate(form.heldOn) ? form.heldOn : null;
  if (!heldOn) add(B.heldOn, "実施日を選んでください。", "Choose the day of the visit.");
  const duration = wholeNumber(form.durationMinutes, 10, 600);
  if (duration === null)
    add(B.duration, "所要時間を10〜600分の整数で入力してください。", "Enter the duration in whole minutes (10–600).");
  if (form.attendees.trim() === "")
    add(B.attendees, "先方の出席者を入力してください。", "Enter who attended from the SME.");
  const codes = new Set(roundPlan(rules.round).items.map((i) => i.code));
  const covered = form.coveredItems.filter((c) => codes.has(c));
  if (covered.length === 0)
    add(B.covered, "実施したカリキュラム項目を1つ以上選んでください。", "Choose at least one curriculum item covered.");
  if (form.findings.trim() === "")
    add(B.findings, "把握した課題・リスクを入力してください。", "Enter the findings and risks.");
  if (form.agreedActions.trim() === "")
    add(B.agreedActions, "合意した対策・次回までの宿題を入力してください。", "Enter the actions agreed.");
  const handed = form.deliverablesHanded.filter((k) => DeliverableKindSchema.safeParse(k).success);
  const next = form.nextVisitOn && isIsoDate(form.nextVisitOn) ? form.nextVisitOn : null;
  if (next && heldOn && next <= heldOn)
    add(B.nextVisitOn, "次回訪問予定日は実施日より後の日にしてください。", "The next visit must be after this one.");

  const max = rules.checklist.length * MAX_POINTS_PER_ITEM;
  let selfDiagnosis: SelfDiagnosis | null = null;
  if (takesSelfDiagnosis(rules.round)) {
    const answers = form.answers as Record<number, Answer>;
    const missing = unansweredItems(rules.checklist, answers);
    const total = form.totalScore.trim() === "" ? null : wholeNumber(form.totalScore, 0, max);
    if (missing.length === 0) {
      const score = scoreChecklist(rules.checklist, answers);
      selfDiagnosis = { mode: "items", answers: form.answers, ...score };
    } else if (missing.length === rules.checklist.length && total !== null) {
      selfDiagnosis = { mode: "total", answers: {}, total, max, unknown: 0, categories: [] };
    } else if (form.totalScore.trim() !== "" && total === null) {
      add(B.checkTotal, `合計点は0〜${max}の整数で入力してください。`, `Enter a whole number from 0 to ${max}.`);
    } else if (missing.length === rules.checklist.length) {
      add(
        B.checkTotal,
        "自己診断の結果を、項目ごとに選ぶか合計点で入力してください。",
        "Enter the self-diagnosis per item or as a total score.",
      );
    } else {
      const list = missing.join(", ");
      add(
        VISIT_IDS.checkBlock(missing[0]),
        `未回答の項目があります（${list}）。すべて選ぶか、項目を空にして合計点だけを入力してください。`,
        `Items ${list} are unanswered. Answer all of them, or clear them and enter only the total.`,
      );
    }
  }

  let wrapUp: string | null = null;
  let finalScore: number | null = null;
  let securityAction: ReportContent["securityAction"] = null;
  if (isFinalRound(rules.round, rules.visitsPerCase)) {
    wrapUp = form.wrapUp.trim();
    if (wrapUp === "") add(B.wrapUp, "全体のまとめを入力してください。", "Enter the wrap-up of the guidance.");
    finalScore = wholeNumber(form.finalScore, 0, max);
    if (finalScore === null)
      add(
        B.finalScore,
        `自己診断の合計点を0〜${max}の整数で入力してください。`,
        `Enter a whole number from 0 to ${max}.`,
      );
    const sa = SecurityActionSchema.safeParse(form.securityAction);
    if (sa.success) securityAction = sa.data;
    else add(B.securityAction, "SECURITY ACTION の宣言状況を選んでください。", "Choose the SECURITY ACTION status.");
  }

  const first = Object.values(fields)[0];
  if (first) throw new AppError("invalid_input", first, { fields });
  return {
    heldOn: heldOn as string,
    durationMinutes: duration as number,
    attendees: form.attendees.trim(),
    coveredItems: covered,
    findings: form.findings.trim(),
    agreedActions: form.agreedActions.trim(),
    deliverablesHanded: handed as ReportContent["deliverablesHanded"],
    nextVisitOn: next,
    selfDiagnosis,
    wrapUp,
    finalScore,
    securityAction,
  };
}
