import { describe, expect, it } from "vitest";
import { computeWeeklyVisits, highlightOf, weekEndingOf } from "../../../src/domain/weekly-table.js";

describe("computeWeeklyVisits (Table 3)", () => {
  it("weeks run Monday–Sunday in Japan time and end on the Sunday", () => {
    expect(weekEndingOf("2019-11-11")).toBe("2019-11-17"); // Monday
    expect(weekEndingOf("2019-11-17")).toBe("2019-11-17"); // Sunday
    expect(weekEndingOf("2019-11-18")).toBe("2019-11-24");
    expect(weekEndingOf("2019-12-30")).toBe("2020-01-05"); // across the year end
  });

  it("lists every week from the first to the last visit, empty weeks as zeros, with totals", () => {
    const t = computeWeeklyVisits([
      { round: 1, heldOn: "2019-09-17" },
      { round: 1, heldOn: "2019-10-07" },
      { round: 2, heldOn: "2019-10-13" },
      { round: 5, heldOn: "2019-10-13" },
    ]);
    expect(t.weeks).toEqual([
      { weekEnding: "2019-09-22", counts: [1, 0, 0, 0], total: 1 },
      { weekEnding: "2019-09-29", counts: [0, 0, 0, 0], total: 0 },
      { weekEnding: "2019-10-06", counts: [0, 0, 0, 0], total: 0 },
      { weekEnding: "2019-10-13", counts: [1, 1, 0, 0], total: 2 },
    ]);
    expect(t.totals).toEqual([2, 1, 0, 0]);
    expect(t.total).toBe(3);
  });

  it("from/to bound the visits and fix the first and last week (the digest's 'this week')", () => {
    const t = computeWeeklyVisits([{ round: 3, heldOn: "2019-11-12" }], { from: "2019-11-18", to: "2019-11-24" });
    expect(t.weeks).toEqual([{ weekEnding: "2019-11-24", counts: [0, 0, 0, 0], total: 0 }]);
    expect(computeWeeklyVisits([])).toEqual({ rounds: 4, weeks: [], totals: [0, 0, 0, 0], total: 0 });
  });

  it("highlights 10 or more and 50 or more like the 2019 report", () => {
    expect([9, 10, 49, 50].map(highlightOf)).toEqual([null, "busy", "busy", "peak"]);
  });
});
