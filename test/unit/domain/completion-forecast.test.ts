import { describe, expect, it } from "vitest";
import { forecastCompletion, isAtRisk, progressOf, projectedFinish } from "../../../src/domain/completion-forecast.js";

const c = (roundsHeld: number, nextScheduledOn: string | null = null, lastHeldOn: string | null = null) => ({
  caseId: roundsHeld,
  roundsHeld,
  nextScheduledOn,
  lastHeldOn,
});

describe("completion forecast", () => {
  it("projects the last visit at one visit a week from the next planned one, or from a week ahead when none is planned", () => {
    expect(projectedFinish(c(2, "2020-01-22"), "2020-01-20", 4)).toBe("2020-01-29");
    expect(projectedFinish(c(2), "2020-01-20", 4)).toBe("2020-02-03");
    // The last visit was yesterday: the next cannot be before a week after it.
    expect(projectedFinish(c(3, null, "2020-01-19"), "2020-01-20", 4)).toBe("2020-01-27");
    expect(projectedFinish(c(4), "2020-01-20", 4)).toBeNull();
    expect(isAtRisk(c(2), "2020-01-20", 4, "2020-01-31")).toBe(true);
    expect(isAtRisk(c(2, "2020-01-22"), "2020-01-20", 4, "2020-01-31")).toBe(false);
    expect(isAtRisk(c(4), "2020-02-20", 4, "2020-01-31")).toBe(false);
  });

  it("gives the pace's visits to the cases closest to finishing; at-risk cases never count", () => {
    const f = forecastCompletion({
      active: [c(3), c(2), c(2), c(1), c(0)],
      completedCount: 10,
      recentVisits: 8,
      asOf: "2019-12-02",
      endDate: "2019-12-16",
      visitsPerCase: 4,
    });
    // pace 2/week × 2 weeks = 4 visits: 1 (c3) + 2 (a c2) fit, the next 2 does not; c0 needs 4 weeks → at risk.
    expect(f).toMatchObject({
      pacePerWeek: 2,
      weeksLeft: 2,
      remainingVisits: 1 + 2 + 2 + 3 + 4,
      expectedComplete: 12,
      totalCases: 15,
    });
    expect(f.atRisk).toBe(2);
  });

  it("reads progress from visits: distinct held rounds, the next planned day from today on, the last held day", () => {
    const p = progressOf(
      7,
      [
        { round: 1, status: "held", heldOn: "2019-11-01", scheduledOn: "2019-11-01" },
        { round: 2, status: "cancelled", heldOn: null, scheduledOn: "2019-11-15" },
        { round: 2, status: "scheduled", heldOn: null, scheduledOn: "2019-11-20" },
        { round: 3, status: "scheduled", heldOn: null, scheduledOn: "2019-11-10" },
      ],
      "2019-11-12",
    );
    expect(p).toEqual({ caseId: 7, roundsHeld: 1, nextScheduledOn: "2019-11-20", lastHeldOn: "2019-11-01" });
  });
});
