import { REGIONS } from "../../domain/prefectures.js";

/**
 * When a region is short of experts: a pure rule over counts, so the digest, the App Home and the
 * tests read the same flag.
 *
 * A region (the eight-region division matching uses) is *short* when
 * - `over_capacity`: more valid applications wait for candidates there than the free places of the
 *   active experts who cover it (a free place = capacity − active cases, never below 0). The extra
 *   applications wait for a case to finish, which takes weeks, so they cannot be proposed within
 *   the horizon; or
 * - `stale`: an application in one of its prefectures has waited more than `horizonDays` since it
 *   was screened valid, and no expert with a free place covers that prefecture (a wait the
 *   secretariat could end by proposing candidates is not a shortage).
 * An expert covers the prefecture they live in and those they list; one who covers two regions
 * counts in each region, but once in the totals.
 */
export type WaitingGroup = {
  prefecture: number;
  /** Valid applications of the prefecture waiting for candidates. */
  waiting: number;
  /** Days the longest-waiting of them has waited since it was screened valid. */
  oldestWaitDays: number;
};

/** Active experts with the same coverage, summed. */
export type CapacityGroup = {
  /** Prefectures they cover (home and listed), each once. */
  prefectures: readonly number[];
  experts: number;
  /** Free places summed over these experts. */
  free: number;
};

export type ShortageReason = "over_capacity" | "stale";

export type RegionShortage = {
  /** Index into REGIONS. */
  region: number;
  waiting: number;
  free: number;
  /** Active experts covering the region (any of its prefectures). */
  experts: number;
  /** The longest wait in the region in days; null when nothing waits. */
  oldestWaitDays: number | null;
  /** Prefectures with waiting applications and no expert with a free place covering them. */
  uncovered: number[];
  reasons: ShortageReason[];
  short: boolean;
};

export type ShortageAssessment = {
  horizonDays: number;
  regions: RegionShortage[];
  /** Each expert once, whatever they cover. */
  total: { waiting: number; free: number; experts: number; oldestWaitDays: number | null };
  /** Region indexes that are short, in REGIONS order. */
  shortRegions: number[];
};

const maxOrNull = (values: number[]) => (values.length === 0 ? null : Math.max(...values));

export function assessShortage(
  waiting: readonly WaitingGroup[],
  capacity: readonly CapacityGroup[],
  horizonDays: number,
): ShortageAssessment {
  const waitingOf = new Map<number, WaitingGroup>();
  for (const w of waiting) {
    if (w.waiting <= 0) continue;
    const seen = waitingOf.get(w.prefecture);
    waitingOf.set(
      w.prefecture,
      seen
        ? {
            prefecture: w.prefecture,
            waiting: seen.waiting + w.waiting,
            oldestWaitDays: Math.max(seen.oldestWaitDays, w.oldestWaitDays),
          }
        : w,
    );
  }
  const freeByPrefecture = new Map<number, number>();
  for (const g of capacity)
    for (const p of new Set(g.prefectures)) freeByPrefecture.set(p, (freeByPrefecture.get(p) ?? 0) + g.free);

  const regions = REGIONS.map((r, region): RegionShortage => {
    const codes = new Set(r.codes);
    let free = 0;
    let experts = 0;
    for (const g of capacity) {
      if (!g.prefectures.some((p) => codes.has(p))) continue;
      free += g.free;
      experts += g.experts;
    }
    const here = r.codes.flatMap((p) => waitingOf.get(p) ?? []);
    const count = here.reduce((s, w) => s + w.waiting, 0);
    const uncovered = here.filter((w) => (freeByPrefecture.get(w.prefecture) ?? 0) === 0);
    const reasons: ShortageReason[] = [];
    if (count > free) reasons.push("over_capacity");
    if (uncovered.some((w) => w.oldestWaitDays > horizonDays)) reasons.push("stale");
    return {
      region,
      waiting: count,
      free,
      experts,
      oldestWaitDays: maxOrNull(here.map((w) => w.oldestWaitDays)),
      uncovered: uncovered.map((w) => w.prefecture),
      reasons,
      short: reasons.length > 0,
    };
  });
  const all = [...waitingOf.values()];
  return {
    horizonDays,
    regions,
    total: {
      waiting: all.reduce((s, w) => s + w.waiting, 0),
      free: capacity.reduce((s, g) => s + g.free, 0),
      experts: capacity.reduce((s, g) => s + g.experts, 0),
      oldestWaitDays: maxOrNull(all.map((w) => w.oldestWaitDays)),
    },
    shortRegions: regions.filter((r) => r.short).map((r) => r.region),
  };
}
