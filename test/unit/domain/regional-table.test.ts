import { describe, expect, it } from "vitest";
import { computeRegionalMatching, percent } from "../../../src/domain/regional-table.js";

describe("Table 4 rows", () => {
  it("labels the metro areas and the rest as the report prints them, then the total", () => {
    const stats = [
      { prefecture: 13, enterprises: 30, metro: true },
      { prefecture: 1, enterprises: 70, metro: false },
    ];
    expect(computeRegionalMatching(stats, [13, 1, 1])).toEqual([
      { label: "3大都市圏", enterprises: 30, enterprisesPct: 30, matchings: 1, matchingsPct: 33.3 },
      { label: "その他", enterprises: 70, enterprisesPct: 70, matchings: 2, matchingsPct: 66.7 },
      { label: "total", enterprises: 100, enterprisesPct: 100, matchings: 3, matchingsPct: 100 },
    ]);
    expect(percent(1, 0)).toBe(0);
  });
});
