import { DateTime } from "luxon";
import { ZONE } from "../lib/clock.js";

/** A held visit as the weekly table needs it: its round and the Japan-time day it was held. */
/** A held visit, or with `count` that many visits of one round held on one day (aggregated in SQL). */
export type HeldVisit = { round: number; heldOn: string; count?: number };

export type WeeklyRow = {
  /** The Sunday that ends the week (weeks run Monday–Sunday, Japan time), YYYY-MM-DD. */
  weekEnding: string;
  /** Visits held that week, index 0 = round 1. */
  counts: number[];
  total: number;
};

export type WeeklyTable = { rounds: number; weeks: WeeklyRow[]; totals: number[]; total: number };

/** Visits in one cell of Table 3 at which the 2019 report highlighted it (赤枠 ≥ 10, 黄色網掛 ≥ 50). */
export const WEEKLY_HIGHLIGHTS = { busy: 10, peak: 50 } as const;
export type Highlight = "peak" | "busy" | null;

export function highlightOf(count: number): Highlight {
  if (count >= WEEKLY_HIGHLIGHTS.peak) return "peak";
  if (count >= WEEKLY_HIGHLIGHTS.busy) return "busy";
  return null;
}

/** The Sunday ending the Monday–Sunday week that contains `date`. */
export function weekEndingOf(date: string): string {
  const d = DateTime.fromISO(date, { zone: ZONE });
  if (!d.isValid) throw new RangeError(`not a date: ${date}`);
  return d.plus({ days: 7 - d.weekday }).toISODate() as string;
}

/**
 * Table 3 of the final report: visits held per week and round. Weeks run Monday–Sunday in Japan
 * time; every week from the first to the last is listed, weeks without visits included. `from`/`to`
 * (YYYY-MM-DD, inclusive) limit which visits count and, when given, fix the first/last week even if
 * it has no visits (the weekly digest asks for "this week" that way). Rounds outside 1..rounds are
 * ignored.
 */
export function computeWeeklyVisits(
  visits: readonly HeldVisit[],
  opts: { from?: string; to?: string; rounds?: number } = {},
): WeeklyTable {
  const rounds = opts.rounds ?? 4;
  const counted = visits.filter(
    (v) =>
      v.round >= 1 &&
      v.round <= rounds &&
      (opts.from === undefined || v.heldOn >= opts.from) &&
      (opts.to === undefined || v.heldOn <= opts.to),
  );
  const byWeek = new Map<string, number[]>();
  for (const v of counted) {
    const week = weekEndingOf(v.heldOn);
    const row = byWeek.get(week) ?? new Array<number>(rounds).fill(0);
    row[v.round - 1] += v.count ?? 1;
    byWeek.set(week, row);
  }
  const held = [...byWeek.keys()].sort();
  const first = opts.from !== undefined ? weekEndingOf(opts.from) : held[0];
  const last = opts.to !== undefined ? weekEndingOf(opts.to) : held[held.length - 1];
  const weeks: WeeklyRow[] = [];
  const totals = new Array<number>(rounds).fill(0);
  if (first !== undefined && last !== undefined) {
    for (let w = DateTime.fromISO(first, { zone: ZONE }); (w.toISODate() as string) <= last; w = w.plus({ weeks: 1 })) {
      const weekEnding = w.toISODate() as string;
      const counts = byWeek.get(weekEnding) ?? new Array<number>(rounds).fill(0);
      counts.forEach((c, i) => {
        totals[i] += c;
      });
      weeks.push({ weekEnding, counts, total: counts.reduce((a, b) => a + b, 0) });
    }
  }
  return { rounds, weeks, totals, total: totals.reduce((a, b) => a + b, 0) };
}
