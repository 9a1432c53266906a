import { DateTime } from "luxon";
import { ZONE } from "../../lib/clock.js";
import { jstDateTime } from "../../lib/dates.js";

/**
 * The week a digest sent on `date` covers: the Monday–Sunday week that ended on the last Sunday
 * strictly before `date` (Japan time). Sent on a Monday, that is the week ending yesterday.
 */
export function digestWeekOf(date: string): { weekStart: string; weekEnd: string } {
  const d = DateTime.fromISO(date, { zone: ZONE });
  const end = d.minus({ days: d.weekday });
  return { weekStart: end.minus({ days: 6 }).toISODate() as string, weekEnd: end.toISODate() as string };
}

/** When the digest of the week ending `weekEnd` is due: the configured weekday (1 = Monday … 7 = Sunday) after it, at `time`. */
export function digestDueAt(weekEnd: string, weekday: number, time: string): Date {
  const day = DateTime.fromISO(weekEnd, { zone: ZONE }).plus({ days: weekday }).toISODate() as string;
  return jstDateTime(day, time);
}

/** Instants bounding a Japan-time date range [from 00:00, the day after until 00:00). */
export function instantsOf(from: string, until: string): { fromAt: Date; untilAt: Date } {
  return {
    fromAt: DateTime.fromISO(from, { zone: ZONE }).toJSDate(),
    untilAt: DateTime.fromISO(until, { zone: ZONE }).plus({ days: 1 }).toJSDate(),
  };
}
