import { describe, expect, it } from "vitest";
import {
  apportion,
  DEFAULT_METRO_PREFECTURES,
  DEFAULT_REGION_STATS,
  METRO_2019_TOTAL,
  OTHER_2019_TOTAL,
} from "../../../src/domain/region-defaults.js";
import { computeRegionalMatching } from "../../../src/domain/regional-table.js";

describe("Table 4", () => {
  it("the default region data reproduces the 2019 totals exactly (114,445 vs 236,849)", () => {
    expect(DEFAULT_REGION_STATS).toHaveLength(47);
    const metro = DEFAULT_REGION_STATS.filter((r) => r.metro);
    expect(metro.map((r) => r.prefecture)).toEqual(DEFAULT_METRO_PREFECTURES);
    expect(metro.reduce((a, r) => a + r.enterprises, 0)).toBe(METRO_2019_TOTAL);
    expect(DEFAULT_REGION_STATS.filter((r) => !r.metro).reduce((a, r) => a + r.enterprises, 0)).toBe(OTHER_2019_TOTAL);
    // The 2019 report's matchings 148 / 154 give its printed shares.
    const matched = [...Array(148).fill(13), ...Array(154).fill(1)];
    expect(
      computeRegionalMatching(DEFAULT_REGION_STATS, matched).map((r) => [r.enterprisesPct, r.matchingsPct]),
    ).toEqual([
      [32.6, 49.0],
      [67.4, 51.0],
      [100, 100],
    ]);
  });

  it("apportion keeps the whole and rounds by largest remainder", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [2, 1])).toEqual([67, 33]);
  });
});
