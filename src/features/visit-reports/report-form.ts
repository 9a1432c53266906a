import { isFinalRound, roundPlan, takesSelfDiagnosis } from "../../domain/curriculum.js";
import { type Answer, MAX_POINTS_PER_ITEM, scoreChecklist, unansweredItems } from "../../domain/self-diagnosis.js";
import { isIsoDate } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { DeliverableKindSchema } from "../cases/cases.schemas.js";
import type { ChecklistItem } from "../cases/checklist-repository.js";
import { visitErrors } from "../visits/visits.texts.js";
import { VISIT_IDS } from "../visits/visits-ids.js";
import {
  type ReportContent,
  type ReportForm,
  ReportFormSchema,
  SecurityActionSchema,
  type SelfDiagnosis,
} from "./visit-reports.schemas.js";
import { reportFormErrors } from "./visit-reports.texts.js";

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
  const add = (block: string, text: Localized) => {
    fields[block] ??= text;
  };
  const v = (select: (t: typeof visitErrors.ja) => string) => both(visitErrors, select);
  const r = (select: (t: typeof reportFormErrors.ja) => string) => both(reportFormErrors, select);
  const heldOn = form.heldOn && isIsoDate(form.heldOn) ? form.heldOn : null;
  if (!heldOn)
    add(
      B.heldOn,
      v((t) => t.heldOnMissing),
    );
  const duration = wholeNumber(form.durationMinutes, 10, 600);
  if (duration === null)
    add(
      B.duration,
      v((t) => t.durationInvalid),
    );
  if (form.attendees.trim() === "")
    add(
      B.attendees,
      r((t) => t.attendeesMissing),
    );
  const codes = new Set(roundPlan(rules.round).items.map((i) => i.code));
  const covered = form.coveredItems.filter((c) => codes.has(c));
  if (covered.length === 0)
    add(
      B.covered,
      r((t) => t.coveredMissing),
    );
  if (form.findings.trim() === "")
    add(
      B.findings,
      r((t) => t.findingsMissing),
    );
  if (form.agreedActions.trim() === "")
    add(
      B.agreedActions,
      r((t) => t.agreedActionsMissing),
    );
  const handed = form.deliverablesHanded.filter((k) => DeliverableKindSchema.safeParse(k).success);
  const next = form.nextVisitOn && isIsoDate(form.nextVisitOn) ? form.nextVisitOn : null;
  if (next && heldOn && next <= heldOn)
    add(
      B.nextVisitOn,
      r((t) => t.nextVisitNotAfter),
    );

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
      add(
        B.checkTotal,
        r((t) => t.totalOutOfRange(max)),
      );
    } else if (missing.length === rules.checklist.length) {
      add(
        B.checkTotal,
        r((t) => t.selfDiagnosisMissing),
      );
    } else {
      const list = missing.join(", ");
      add(
        VISIT_IDS.checkBlock(missing[0]),
        r((t) => t.unanswered(list)),
      );
    }
  }

  let wrapUp: string | null = null;
  let finalScore: number | null = null;
  let securityAction: ReportContent["securityAction"] = null;
  if (isFinalRound(rules.round, rules.visitsPerCase)) {
    wrapUp = form.wrapUp.trim();
    if (wrapUp === "")
      add(
        B.wrapUp,
        r((t) => t.wrapUpMissing),
      );
    finalScore = wholeNumber(form.finalScore, 0, max);
    if (finalScore === null)
      add(
        B.finalScore,
        r((t) => t.finalScoreOutOfRange(max)),
      );
    const sa = SecurityActionSchema.safeParse(form.securityAction);
    if (sa.success) securityAction = sa.data;
    else
      add(
        B.securityAction,
        r((t) => t.securityActionMissing),
      );
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
