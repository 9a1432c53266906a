import { DateTime } from "luxon";
import { ZONE } from "../lib/clock.js";
import { addBusinessDays, type Closure, nextBusinessDay } from "./business-days.js";

/**
 * What an expert is reminded of each business day, as pure rules over their cases. The visits
 * feature stores the state; these rules only read it.
 */

/** Days an expert has to arrange the next visit before the reminder starts asking. */
export const SCHEDULE_GRACE_DAYS = 7;

export type ReminderVisit = {
  id: number;
  round: number;
  /** scheduled | held | cancelled */
  status: string;
  /** Japan-time date of the planned visit. */
  scheduledOn: string | null;
  scheduledAt: Date | null;
  /** onsite | online */
  mode: string;
  place: string;
  heldOn: string | null;
  reportDueOn: string | null;
  /** The newest report version, if any. */
  latestReport: { id: number; status: string; reviewComment: string | null } | null;
};

export type ReminderCase = {
  caseId: number;
  /** Only shown to the case's own expert. */
  companyName: string;
  approvedOn: string;
  visits: ReminderVisit[];
};

export type ReminderSettings = {
  today: string;
  closure: Closure;
  reportDueBusinessDays: number;
  visitGapDays: number;
  visitsPerCase: number;
};

export type UpcomingItem = { kind: "upcoming"; caseId: number; companyName: string; visit: ReminderVisit };
export type ReportItem = {
  kind: "overdue" | "unreported";
  caseId: number;
  companyName: string;
  visit: ReminderVisit;
  /** The day the visit took place (or was planned, when it has not been logged yet). */
  visitOn: string;
  dueOn: string;
};
export type ReturnedItem = {
  kind: "returned";
  caseId: number;
  companyName: string;
  visit: ReminderVisit;
  reportId: number;
  comment: string | null;
};
export type UnscheduledItem = {
  kind: "unscheduled";
  caseId: number;
  companyName: string;
  nextRound: number;
  /** The last visit held, or the matching approval when no visit was held yet. */
  since: string;
  sinceKind: "visit" | "approval";
  /** The next visit's planned date when it lies beyond the expected gap. */
  plannedOn: string | null;
};

export type ExpertReminderItems = {
  upcoming: UpcomingItem[];
  overdue: ReportItem[];
  unreported: ReportItem[];
  unscheduled: UnscheduledItem[];
  returned: ReturnedItem[];
};

export function isEmpty(items: ExpertReminderItems): boolean {
  return Object.values(items).every((list) => list.length === 0);
}

function plusDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: ZONE }).plus({ days }).toISODate() as string;
}

/**
 * Upcoming: visits after today up to and including the next business day (on a Friday that is
 * Saturday to Monday). A report is owed for a held visit without a submitted report, and for a
 * planned visit whose day has passed without being logged; it is overdue once its due day (N
 * business days after the visit) is past. A case whose next visit is not planned within
 * `visitGapDays` of the last one is listed once the grace week has passed.
 */
export function expertReminderItems(cases: ReminderCase[], s: ReminderSettings): ExpertReminderItems {
  const items: ExpertReminderItems = { upcoming: [], overdue: [], unreported: [], unscheduled: [], returned: [] };
  const horizon = nextBusinessDay(s.today, s.closure);
  for (const c of cases) {
    const live = c.visits.filter((v) => v.status !== "cancelled").sort((a, b) => a.round - b.round);
    for (const v of live) {
      const base = { caseId: c.caseId, companyName: c.companyName, visit: v };
      if (v.status === "scheduled" && v.scheduledOn) {
        if (v.scheduledOn > s.today && v.scheduledOn <= horizon) items.upcoming.push({ ...base, kind: "upcoming" });
        if (v.scheduledOn < s.today) {
          const dueOn = addBusinessDays(v.scheduledOn, s.reportDueBusinessDays, s.closure);
          const kind = dueOn < s.today ? "overdue" : "unreported";
          items[kind].push({ ...base, kind, visitOn: v.scheduledOn, dueOn });
        }
        continue;
      }
      if (v.status !== "held" || !v.heldOn) continue;
      const report = v.latestReport;
      if (report?.status === "returned") {
        items.returned.push({ ...base, kind: "returned", reportId: report.id, comment: report.reviewComment });
        continue;
      }
      if (report && report.status !== "draft") continue;
      const dueOn = v.reportDueOn ?? addBusinessDays(v.heldOn, s.reportDueBusinessDays, s.closure);
      const kind = dueOn < s.today ? "overdue" : "unreported";
      items[kind].push({ ...base, kind, visitOn: v.heldOn, dueOn });
    }

    const held = live.filter((v) => v.status === "held" && v.heldOn);
    const roundsHeld = new Set(held.map((v) => v.round)).size;
    if (roundsHeld >= s.visitsPerCase) continue;
    const lastHeld =
      held
        .map((v) => v.heldOn as string)
        .sort()
        .at(-1) ?? null;
    const since = lastHeld ?? c.approvedOn;
    const planned = live
      .filter((v) => v.status === "scheduled" && v.scheduledOn && v.scheduledOn >= s.today)
      .map((v) => v.scheduledOn as string)
      .sort()[0];
    // A planned visit whose day passed is the report's business, not scheduling's.
    const pastPlanned = live.some((v) => v.status === "scheduled" && v.scheduledOn && v.scheduledOn < s.today);
    if (pastPlanned) continue;
    const latestOk = plusDays(since, s.visitGapDays);
    const late = planned ? planned > latestOk : s.today >= plusDays(since, SCHEDULE_GRACE_DAYS);
    if (!late) continue;
    items.unscheduled.push({
      kind: "unscheduled",
      caseId: c.caseId,
      companyName: c.companyName,
      nextRound: Math.min(s.visitsPerCase, Math.max(0, ...held.map((v) => v.round)) + 1),
      since,
      sinceKind: lastHeld ? "visit" : "approval",
      plannedOn: planned ?? null,
    });
  }
  const byDate = (a: { visitOn: string }, b: { visitOn: string }) => a.visitOn.localeCompare(b.visitOn);
  items.overdue.sort(byDate);
  items.unreported.sort(byDate);
  items.upcoming.sort((a, b) => (a.visit.scheduledOn ?? "").localeCompare(b.visit.scheduledOn ?? ""));
  return items;
}
