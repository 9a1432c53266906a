import { DateTime } from "luxon";
import { ZONE } from "../lib/clock.js";

/**
 * Figures "as of" a moment (a digest re-run for a past week, `desk report --at`) are computed from
 * the moments things happened, never from today's status columns: what each status column said at
 * that moment. `at` is the instant, `day` its Japan-time day (for facts recorded as a day only).
 */
export type AsOf = { at: Date; day: string };

export function asOfInstant(at: Date): AsOf {
  return { at, day: DateTime.fromJSDate(at, { zone: ZONE }).toISODate() as string };
}

/** The end of a Japan-time day (a report "as of 2019/11/24" counts all of that day). */
export function asOfEndOfDay(day: string): AsOf {
  return { at: DateTime.fromISO(day, { zone: ZONE }).endOf("day").toJSDate(), day };
}

export type CaseFacts = {
  status: string;
  approvedAt: Date;
  completedOn: string | null;
  terminatedOn: string | null;
  closedAt: Date | null;
};

/** Whether the case's completion or termination had happened by then (the day only when no moment was recorded). */
function closedBy(c: CaseFacts, on: string | null, asOf: AsOf): boolean {
  if (!on) return false;
  return c.closedAt ? c.closedAt <= asOf.at : on <= asOf.day;
}

/**
 * A case's status as of a moment; null when not yet matched. A withdrawal has no recorded moment, so
 * a withdrawn case counts as withdrawn throughout.
 */
export function caseStatusAsOf(c: CaseFacts, asOf: AsOf): "active" | "completed" | "terminated" | "withdrawn" | null {
  if (c.approvedAt > asOf.at) return null;
  if (closedBy(c, c.completedOn, asOf)) return "completed";
  if (closedBy(c, c.terminatedOn, asOf)) return "terminated";
  if (c.status === "withdrawn") return "withdrawn";
  return "active";
}

export type VisitFacts = {
  status: string;
  scheduledAt: Date | null;
  heldOn: string | null;
  reportDueOn?: string | null;
};

/**
 * A visit as of a moment: one held later was still only planned then (or, logged without a plan,
 * not in the app yet). Planning and cancelling have no recorded moment, so a planned visit counts as
 * planned and a cancelled one as cancelled throughout (the forecast and reminders ignore those).
 */
export function visitAsOf<V extends VisitFacts>(v: V, asOf: AsOf): V | null {
  if (v.status !== "held" || (v.heldOn !== null && v.heldOn <= asOf.day)) return v;
  if (!v.scheduledAt) return null;
  return { ...v, status: "scheduled", heldOn: null, reportDueOn: null };
}

export type ReportFacts = {
  version: number;
  status: string;
  submittedAt: Date | null;
  reviewedAt: Date | null;
};

/**
 * A visit's newest report as of a moment, with its status then: the newest version submitted by
 * then (accepted or returned only once reviewed by then), else a draft the visit has now (a draft
 * records no moment); null when there was none.
 */
export function latestReportAsOf<R extends ReportFacts>(
  versions: R[],
  asOf: AsOf,
): (R & { status: "draft" | "submitted" | "accepted" | "returned" }) | null {
  const newest = [...versions].sort((a, b) => b.version - a.version);
  const submitted = newest.find((r) => r.submittedAt && r.submittedAt <= asOf.at);
  if (submitted) {
    const reviewed = (submitted.status === "accepted" || submitted.status === "returned") && submitted.reviewedAt;
    const status = reviewed && submitted.reviewedAt! <= asOf.at ? submitted.status : "submitted";
    return { ...submitted, status: status as "submitted" | "accepted" | "returned" };
  }
  const draft = newest.find((r) => r.status === "draft");
  return draft ? { ...draft, status: "draft" } : null;
}

/** An honorarium line (one made by then) as of a moment: paid once its batch was recorded. */
export function honorariumStatusAsOf(l: { paidAt: Date | null }, asOf: AsOf): "payable" | "paid" {
  return l.paidAt && l.paidAt <= asOf.at ? "paid" : "payable";
}
