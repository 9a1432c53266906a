import { regionalTableTexts } from "./regional-table.texts.js";

/** Enterprises in one prefecture and whether it belongs to the metro areas (program data, RegionStat). */
export type RegionStatRow = { prefecture: number; enterprises: number; metro: boolean };

export type RegionalRow = {
  label: string;
  enterprises: number;
  enterprisesPct: number;
  matchings: number;
  matchingsPct: number;
};

export const METRO_LABEL = regionalTableTexts.ja.metro;
export const OTHER_LABEL = regionalTableTexts.ja.other;

/** A share in percent with one decimal, as the 2019 report prints it (0 when the whole is 0). */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

/**
 * Table 4 of the final report: enterprises and matchings in the metro areas against the rest.
 * `matchedPrefectures` holds the prefecture of each matched SME (one entry per matching).
 */
export function computeRegionalMatching(
  stats: readonly RegionStatRow[],
  matchedPrefectures: readonly number[],
): RegionalRow[] {
  const metro = new Set(stats.filter((s) => s.metro).map((s) => s.prefecture));
  const ent = { metro: 0, other: 0 };
  for (const s of stats) ent[s.metro ? "metro" : "other"] += s.enterprises;
  const mat = { metro: 0, other: 0 };
  for (const p of matchedPrefectures) mat[metro.has(p) ? "metro" : "other"]++;
  const entTotal = ent.metro + ent.other;
  const matTotal = mat.metro + mat.other;
  const row = (label: string, e: number, m: number): RegionalRow => ({
    label,
    enterprises: e,
    enterprisesPct: percent(e, entTotal),
    matchings: m,
    matchingsPct: percent(m, matTotal),
  });
  return [
    row(METRO_LABEL, ent.metro, mat.metro),
    row(OTHER_LABEL, ent.other, mat.other),
    row("total", entTotal, matTotal),
  ];
}
