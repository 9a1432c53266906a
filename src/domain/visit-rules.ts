import type { Localized } from "../lib/errors.js";
import { both } from "../lib/i18n.js";
import { ruleNameTexts, visitRuleTexts } from "./visit-rules.texts.js";

/**
 * The rules of visits, as pure functions. Each violation names its rule so that the refusal a
 * person reads says which rule stopped them and why.
 */
export type RuleCode =
  | "round_order"
  | "report_order"
  | "future_date"
  | "past_date"
  | "before_matching"
  | "outside_program"
  | "after_program_end"
  | "same_day"
  | "round_taken"
  | "round_range"
  | "case_closed"
  | "own_case_only"
  | "secretariat_only"
  | "business_days_only"
  | "first_visit_options";

const ruleName = (code: RuleCode): Localized => both(ruleNameTexts, (t) => t[code]);

export const RULE_NAMES: Record<RuleCode, Localized> = {
  round_order: ruleName("round_order"),
  report_order: ruleName("report_order"),
  future_date: ruleName("future_date"),
  past_date: ruleName("past_date"),
  before_matching: ruleName("before_matching"),
  outside_program: ruleName("outside_program"),
  after_program_end: ruleName("after_program_end"),
  same_day: ruleName("same_day"),
  round_taken: ruleName("round_taken"),
  round_range: ruleName("round_range"),
  case_closed: ruleName("case_closed"),
  own_case_only: ruleName("own_case_only"),
  secretariat_only: ruleName("secretariat_only"),
  business_days_only: ruleName("business_days_only"),
  first_visit_options: ruleName("first_visit_options"),
};

export type Violation = { rule: RuleCode; detail: Localized };

/** "ルール「…」: detail" — the text a person reads for a violation. */
export function violationText(v: Violation): Localized {
  return {
    ja: visitRuleTexts.ja.refused({ rule: RULE_NAMES[v.rule].ja, detail: v.detail.ja }),
    en: visitRuleTexts.en.refused({ rule: RULE_NAMES[v.rule].en, detail: v.detail.en }),
  };
}

const slash = (d: string) => d.replaceAll("-", "/");
const detail = (select: (t: typeof visitRuleTexts.ja) => string): Localized => both(visitRuleTexts, select);

export type DateContext = {
  /** The date being checked, YYYY-MM-DD (Japan time). */
  date: string;
  today: string;
  approvedOn: string;
  programStart: string;
  programEnd: string;
  /** Dates of the case's other (not cancelled) visits. */
  otherVisits: { round: number; date: string }[];
  /** The date of the previous round's visit, when there is one. */
  previousRoundDate: string | null;
  /** The date of the next round's visit, when one is already planned or held. */
  nextRoundDate?: string | null;
  round: number;
};

function commonDateRules(c: DateContext): Violation | null {
  if (c.date < c.approvedOn)
    return {
      rule: "before_matching",
      detail: detail((t) => t.beforeMatching({ date: slash(c.date), approvedOn: slash(c.approvedOn) })),
    };
  if (c.date < c.programStart)
    return {
      rule: "outside_program",
      detail: detail((t) => t.outsideProgram({ start: slash(c.programStart), end: slash(c.programEnd) })),
    };
  if (c.date > c.programEnd)
    return {
      rule: "after_program_end",
      detail: detail((t) => t.afterProgramEnd({ date: slash(c.date), end: slash(c.programEnd) })),
    };
  const clash = c.otherVisits.find((v) => v.date === c.date && v.round !== c.round);
  if (clash) return { rule: "same_day", detail: detail((t) => t.sameDay({ date: slash(c.date), round: clash.round })) };
  const { previousRoundDate, nextRoundDate } = c;
  if (previousRoundDate && c.date < previousRoundDate)
    return {
      rule: "round_order",
      detail: detail((t) => t.afterPreviousRound({ round: c.round, previousDate: slash(previousRoundDate) })),
    };
  if (nextRoundDate && c.date > nextRoundDate)
    return {
      rule: "round_order",
      detail: detail((t) => t.beforeNextRound({ round: c.round, nextDate: slash(nextRoundDate) })),
    };
  return null;
}

/** Rules for the day a visit was held (logging a visit). */
export function checkHeldDate(c: DateContext): Violation | null {
  if (c.date > c.today)
    return {
      rule: "future_date",
      detail: detail((t) => t.heldInFuture({ date: slash(c.date), today: slash(c.today) })),
    };
  return commonDateRules(c);
}

/**
 * Rules for the planned day of a visit (scheduling a new round, or moving a planned one). A past day
 * points to how a visit that already took place is recorded: a new round by writing its report
 * (`/visit log` offers rounds held without a plan), a planned one with "Mark as held".
 */
export function checkPlannedDate(c: DateContext, purpose: "schedule" | "reschedule" = "schedule"): Violation | null {
  if (c.date < c.today)
    return {
      rule: "past_date",
      detail: detail((t) =>
        purpose === "schedule" ? t.plannedInPast(slash(c.date)) : t.rescheduledInPast(slash(c.date)),
      ),
    };
  return commonDateRules(c);
}

/** A visit as the rules see it. `reportStatus` is the latest report's status (null if none). */
export type VisitState = {
  id: number;
  round: number;
  status: "scheduled" | "held" | "cancelled";
  /** Planned day (scheduled) or held day. */
  date: string | null;
  heldOn: string | null;
  reportDueOn: string | null;
  reportStatus: "draft" | "submitted" | "accepted" | "returned" | null;
  reportId: number | null;
};

/** The visit of each round that counts (cancelled ones are history). */
export function activeVisits(visits: VisitState[]): Map<number, VisitState> {
  const map = new Map<number, VisitState>();
  for (const v of visits) if (v.status !== "cancelled") map.set(v.round, v);
  return map;
}

/** The round that may be scheduled next: one past the last held round, if within the plan. */
export function nextRoundToSchedule(visits: VisitState[], visitsPerCase: number): number | null {
  const active = activeVisits(visits);
  for (let r = 1; r <= visitsPerCase; r++) {
    const v = active.get(r);
    if (!v) return r;
    if (v.status !== "held") return null;
  }
  return null;
}

/** Whether round `round` may be scheduled now; a violation says why not. */
export function checkCanSchedule(visits: VisitState[], round: number, visitsPerCase: number): Violation | null {
  if (round < 1 || round > visitsPerCase)
    return {
      rule: "round_range",
      detail: detail((t) => t.roundRange(visitsPerCase)),
    };
  const active = activeVisits(visits);
  if (active.has(round))
    return {
      rule: "round_taken",
      detail: detail((t) => t.roundTaken(round)),
    };
  for (let r = 1; r < round; r++) {
    const prev = active.get(r);
    if (prev?.status !== "held")
      return {
        rule: "round_order",
        detail: detail((t) => t.scheduleOrder({ round, previous: r, previousPlanned: prev !== undefined })),
      };
  }
  return null;
}

/** Whether a report for round `round` may be written now (earlier rounds' reports submitted). */
export function checkCanReport(visits: VisitState[], round: number): Violation | null {
  const active = activeVisits(visits);
  for (let r = 1; r < round; r++) {
    const prev = active.get(r);
    const s = prev?.reportStatus;
    if (s !== "submitted" && s !== "accepted")
      return {
        rule: "report_order",
        detail: detail((t) => t.reportOrder({ round, previous: r })),
      };
  }
  return null;
}

/** What a case's expert can do next, in the order to show them. */
export type Step =
  | { kind: "schedule"; round: number }
  | { kind: "upcoming"; round: number; visitId: number; date: string | null }
  | { kind: "write_report"; round: number; visitId: number; dueOn: string | null; draft: boolean }
  | { kind: "revise"; round: number; visitId: number; reportId: number }
  | { kind: "in_review"; round: number; visitId: number; reportId: number };

/** Steps for an active case; `today` decides whether a planned visit can be reported yet. */
export function caseSteps(visits: VisitState[], visitsPerCase: number, today: string): Step[] {
  const steps: Step[] = [];
  const active = activeVisits(visits);
  for (let r = 1; r <= visitsPerCase; r++) {
    const v = active.get(r);
    if (!v) break;
    if (v.reportStatus === "accepted") continue;
    if (v.reportStatus === "submitted") {
      steps.push({ kind: "in_review", round: r, visitId: v.id, reportId: v.reportId! });
      continue;
    }
    if (v.reportStatus === "returned") {
      steps.push({ kind: "revise", round: r, visitId: v.id, reportId: v.reportId! });
      continue;
    }
    const reportable = v.status === "held" || v.reportStatus === "draft" || (v.date !== null && v.date <= today);
    if (reportable && checkCanReport(visits, r) === null)
      steps.push({
        kind: "write_report",
        round: r,
        visitId: v.id,
        dueOn: v.reportDueOn,
        draft: v.reportStatus === "draft",
      });
    else if (v.status === "scheduled") steps.push({ kind: "upcoming", round: r, visitId: v.id, date: v.date });
  }
  const next = nextRoundToSchedule(visits, visitsPerCase);
  if (next !== null) steps.push({ kind: "schedule", round: next });
  return steps;
}
