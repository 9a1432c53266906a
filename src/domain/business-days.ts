import holidayJp from "@holiday-jp/holiday_jp";
import { DateTime } from "luxon";
import { ZONE } from "../lib/clock.js";

/** The year-end closure as month-day bounds, e.g. 12-29 .. 01-03 (wraps the new year). */
export type Closure = { from: string; until: string };

// Looked up by the "YYYY-MM-DD" key: the package's Date-based helpers format in the process's
// local zone, which is UTC on servers and would shift every holiday by a day near midnight.
const HOLIDAYS: Record<string, { name: string; name_en: string }> = holidayJp.holidays;

export function isHoliday(date: string): boolean {
  return HOLIDAYS[date] !== undefined;
}

export function inClosure(date: string, closure: Closure): boolean {
  const md = date.slice(5);
  return closure.from <= closure.until
    ? md >= closure.from && md <= closure.until
    : md >= closure.from || md <= closure.until;
}

/** Weekdays that are neither national (incl. substitute) holidays nor in the year-end closure. */
export function isBusinessDay(date: string, closure: Closure): boolean {
  const d = DateTime.fromISO(date, { zone: ZONE });
  if (d.weekday >= 6) return false;
  if (isHoliday(date)) return false;
  return !inClosure(date, closure);
}

/** The date n business days after `date` (n ≥ 1); n = 0 gives the date itself. */
export function addBusinessDays(date: string, n: number, closure: Closure): string {
  let d = DateTime.fromISO(date, { zone: ZONE });
  let left = n;
  while (left > 0) {
    d = d.plus({ days: 1 });
    if (isBusinessDay(d.toISODate() as string, closure)) left--;
  }
  return d.toISODate() as string;
}

/** The first business day strictly after `date`. */
export function nextBusinessDay(date: string, closure: Closure): string {
  return addBusinessDays(date, 1, closure);
}
