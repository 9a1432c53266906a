import { addCalendarDays, calendarDaysBetween } from "../lib/calendar-days.js";

/**
 * The shortest spacing we assume between two visits of one case when judging whether it can still
 * finish: the curriculum needs time between visits (typically two weeks), one week is the least
 * the 2019 run managed in its December rush.
 */
export const MIN_VISIT_SPACING_DAYS = 7;

/** Weeks of held visits averaged for "the current pace". */
export const PACE_WEEKS = 4;

export type CaseProgress = {
  caseId: number;
  /** Rounds held so far (distinct). */
  roundsHeld: number;
  /** Date of the earliest planned visit not yet held, if any. */
  nextScheduledOn: string | null;
  lastHeldOn: string | null;
};

/**
 * The earliest day the case could hold its last visit: the next planned visit (or, when none is
 * planned, a week from today — it still has to be arranged), then one visit per
 * MIN_VISIT_SPACING_DAYS. Null when nothing is left to do.
 */
export function projectedFinish(c: CaseProgress, today: string, visitsPerCase: number): string | null {
  const remaining = visitsPerCase - c.roundsHeld;
  if (remaining <= 0) return null;
  const earliestUnplanned = addCalendarDays(today, MIN_VISIT_SPACING_DAYS);
  const start =
    c.nextScheduledOn && c.nextScheduledOn >= today
      ? c.nextScheduledOn
      : c.lastHeldOn && addCalendarDays(c.lastHeldOn, MIN_VISIT_SPACING_DAYS) > earliestUnplanned
        ? addCalendarDays(c.lastHeldOn, MIN_VISIT_SPACING_DAYS)
        : earliestUnplanned;
  return addCalendarDays(start, (remaining - 1) * MIN_VISIT_SPACING_DAYS);
}

/** A case is at risk when even at the shortest spacing its last visit falls after the program end date. */
export function isAtRisk(c: CaseProgress, today: string, visitsPerCase: number, endDate: string): boolean {
  const finish = projectedFinish(c, today, visitsPerCase);
  return finish !== null && finish > endDate;
}

export type Forecast = {
  /** Visits per week over the last PACE_WEEKS weeks. */
  pacePerWeek: number;
  remainingVisits: number;
  weeksLeft: number;
  /** Cases expected to be complete by the end date: those already completed plus those that fit. */
  expectedComplete: number;
  /** Every case that counts: completed plus active. */
  totalCases: number;
  atRisk: number;
};

/**
 * At the current pace, how many cases finish before the end date: the visits the pace allows in
 * the weeks left are given to the active cases closest to finishing first; cases at risk cannot
 * finish whatever the pace.
 */
export function forecastCompletion(input: {
  active: CaseProgress[];
  completedCount: number;
  /** Held visits in the last PACE_WEEKS weeks. */
  recentVisits: number;
  /** The day the forecast is made from (the end of the digest's week). */
  asOf: string;
  endDate: string;
  visitsPerCase: number;
}): Forecast {
  const pacePerWeek = input.recentVisits / PACE_WEEKS;
  const weeksLeft = Math.max(0, calendarDaysBetween(input.asOf, input.endDate) / 7);
  let budget = pacePerWeek * weeksLeft;
  let fitting = 0;
  let atRisk = 0;
  const feasible: number[] = [];
  for (const c of input.active) {
    if (isAtRisk(c, input.asOf, input.visitsPerCase, input.endDate)) atRisk++;
    else feasible.push(Math.max(0, input.visitsPerCase - c.roundsHeld));
  }
  feasible.sort((a, b) => a - b);
  for (const remaining of feasible) {
    if (remaining > budget + 1e-9) break;
    budget -= remaining;
    fitting++;
  }
  return {
    pacePerWeek,
    remainingVisits: input.active.reduce((s, c) => s + Math.max(0, input.visitsPerCase - c.roundsHeld), 0),
    weeksLeft,
    expectedComplete: input.completedCount + fitting,
    totalCases: input.completedCount + input.active.length,
    atRisk,
  };
}

/** A case's progress from its visits (cancelled ones ignored). */
export function progressOf(
  caseId: number,
  visits: { round: number; status: string; heldOn: string | null; scheduledOn: string | null }[],
  today: string,
): CaseProgress {
  const held = visits.filter((v) => v.status === "held" && v.heldOn);
  const planned = visits
    .filter((v) => v.status === "scheduled" && v.scheduledOn && v.scheduledOn >= today)
    .map((v) => v.scheduledOn as string)
    .sort();
  return {
    caseId,
    roundsHeld: new Set(held.map((v) => v.round)).size,
    nextScheduledOn: planned[0] ?? null,
    lastHeldOn:
      held
        .map((v) => v.heldOn as string)
        .sort()
        .at(-1) ?? null,
  };
}
