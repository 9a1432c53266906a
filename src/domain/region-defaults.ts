import type { RegionStatRow } from "./regional-table.js";

/**
 * Default program data for Table 4 (RegionStat), used until the secretariat imports its own with
 * `desk regions import FILE.csv`.
 *
 * Metro areas (3大都市圏): 東京都, 愛知県 and 大阪府, the core prefectures of the three metropolitan
 * areas. The 2019 report's Table 4 gives 3大都市圏 32.6% of enterprises while its text gives the
 * seven urban prefectures 49.2%, so its 3大都市圏 cannot be the wider 11-prefecture areas (which
 * hold about half of all enterprises); the three core prefectures fit.
 *
 * Enterprise counts: the 2019 report (Table 4, source cited there: 総務省・経済産業省「経済センサス‐
 * 基礎調査」) publishes only the two totals, 114,445 (3大都市圏) and 236,849 (その他). It gives no
 * per-prefecture figures, so the defaults split each total over its prefectures in proportion to
 * their population (2015 国勢調査, thousands; largest-remainder rounding). The totals — all Table 4
 * uses — are therefore exactly the report's; the per-prefecture values are an apportionment, not
 * census counts. Import the census table for your year to replace them.
 */
export const REGION_DEFAULTS_SOURCE =
  "3大都市圏 = 東京都・愛知県・大阪府. Totals 114,445 / 236,849 from the 2019 report's Table 4 (経済センサス‐基礎調査); per-prefecture values apportioned by 2015 国勢調査 population. Replace with `desk regions import`.";

export const METRO_2019_TOTAL = 114_445;
export const OTHER_2019_TOTAL = 236_849;
export const DEFAULT_METRO_PREFECTURES = [13, 23, 27];

/** 2015 国勢調査 population in thousands, JIS order (北海道 … 沖縄県): the apportionment weights. */
const POPULATION_2015_THOUSANDS = [
  5382, 1308, 1280, 2334, 1023, 1124, 1914, 2917, 1974, 1973, 7267, 6223, 13515, 9126, 2304, 1066, 1154, 787, 835, 2099,
  2032, 3700, 7483, 1816, 1413, 2610, 8839, 5535, 1364, 964, 573, 694, 1922, 2844, 1405, 756, 976, 1385, 728, 5102, 833,
  1377, 1786, 1166, 1104, 1648, 1434,
];

/** Splits `total` over `weights` in proportion, rounding so that the parts add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i]++;
    left--;
  }
  return parts;
}

function buildDefaults(): RegionStatRow[] {
  const codes = POPULATION_2015_THOUSANDS.map((_, i) => i + 1);
  const metro = codes.filter((c) => DEFAULT_METRO_PREFECTURES.includes(c));
  const other = codes.filter((c) => !DEFAULT_METRO_PREFECTURES.includes(c));
  const weight = (c: number) => POPULATION_2015_THOUSANDS[c - 1];
  const metroParts = apportion(METRO_2019_TOTAL, metro.map(weight));
  const otherParts = apportion(OTHER_2019_TOTAL, other.map(weight));
  const rows = [
    ...metro.map((prefecture, i) => ({ prefecture, enterprises: metroParts[i], metro: true })),
    ...other.map((prefecture, i) => ({ prefecture, enterprises: otherParts[i], metro: false })),
  ];
  return rows.sort((a, b) => a.prefecture - b.prefecture);
}

export const DEFAULT_REGION_STATS: readonly RegionStatRow[] = buildDefaults();
