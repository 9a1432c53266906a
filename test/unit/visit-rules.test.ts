import { describe, expect, it } from "vitest";
import { addBusinessDays } from "../../src/domain/business-days.js";
import { scoreChecklist } from "../../src/domain/self-diagnosis.js";
import {
  caseSteps,
  checkCanReport,
  checkCanSchedule,
  checkHeldDate,
  checkPlannedDate,
  type DateContext,
  nextRoundToSchedule,
  type VisitState,
  violationText,
} from "../../src/domain/visit-rules.js";
import { DEFAULT_CHECKLIST } from "../../src/features/cases/checklist-defaults.js";

const base: DateContext = {
  date: "2019-11-05",
  today: "2019-11-10",
  approvedOn: "2019-10-01",
  programStart: "2019-07-17",
  programEnd: "2020-01-31",
  otherVisits: [],
  previousRoundDate: null,
  nextRoundDate: null,
  round: 1,
};

function visit(round: number, over: Partial<VisitState> = {}): VisitState {
  return {
    id: round * 10,
    round,
    status: "held",
    date: `2019-11-0${round}`,
    heldOn: `2019-11-0${round}`,
    reportDueOn: null,
    reportStatus: "accepted",
    reportId: round * 100,
    ...over,
  };
}

describe("date rules of a visit", () => {
  it("accepts a day inside every bound", () => {
    expect(checkHeldDate(base)).toBeNull();
    expect(checkPlannedDate({ ...base, date: "2019-11-12" })).toBeNull();
  });

  it("names the rule that refuses each bad day", () => {
    expect(checkHeldDate({ ...base, date: "2019-11-11" })?.rule).toBe("future_date");
    expect(checkPlannedDate({ ...base, date: "2019-11-09" })?.rule).toBe("past_date");
    expect(checkHeldDate({ ...base, date: "2019-09-30" })?.rule).toBe("before_matching");
    expect(checkHeldDate({ ...base, approvedOn: "2019-07-01", date: "2019-07-10" })?.rule).toBe("outside_program");
    expect(checkPlannedDate({ ...base, date: "2020-02-03" })?.rule).toBe("after_program_end");
    expect(checkHeldDate({ ...base, otherVisits: [{ round: 2, date: "2019-11-05" }] })?.rule).toBe("same_day");
    expect(checkHeldDate({ ...base, round: 2, previousRoundDate: "2019-11-06" })?.rule).toBe("round_order");
    expect(checkHeldDate({ ...base, nextRoundDate: "2019-11-04" })?.rule).toBe("round_order");
  });

  it("says the rule's name in both languages", () => {
    const v = checkPlannedDate({ ...base, date: "2020-02-03" })!;
    expect(violationText(v).ja).toContain("ルール「事業終了日より後は不可」");
    expect(violationText(v).ja).toContain("2020/01/31");
    expect(violationText(v).en).toContain("Not after the program end date");
  });
});

describe("order of rounds", () => {
  it("schedules round n+1 only after round n is held", () => {
    expect(nextRoundToSchedule([], 4)).toBe(1);
    expect(checkCanSchedule([], 1, 4)).toBeNull();
    expect(checkCanSchedule([], 2, 4)?.rule).toBe("round_order");
    const planned = [visit(1, { status: "scheduled", reportStatus: null })];
    expect(nextRoundToSchedule(planned, 4)).toBeNull();
    expect(checkCanSchedule(planned, 2, 4)?.rule).toBe("round_order");
    expect(checkCanSchedule(planned, 1, 4)?.rule).toBe("round_taken");
    const held = [visit(1, { reportStatus: null })];
    expect(nextRoundToSchedule(held, 4)).toBe(2);
    expect(checkCanSchedule(held, 2, 4)).toBeNull();
    expect(checkCanSchedule(held, 5, 4)?.rule).toBe("round_range");
    expect(
      nextRoundToSchedule(
        [1, 2, 3, 4].map((r) => visit(r)),
        4,
      ),
    ).toBeNull();
  });

  it("cancelled visits are history: the round can be planned again", () => {
    expect(checkCanSchedule([visit(1, { status: "cancelled", reportStatus: null })], 1, 4)).toBeNull();
  });

  it("reports round n+1 only after round n's report is submitted", () => {
    const v = [visit(1, { reportStatus: "draft" }), visit(2, { reportStatus: null })];
    expect(checkCanReport(v, 2)?.rule).toBe("report_order");
    expect(checkCanReport([visit(1, { reportStatus: "submitted" }), visit(2)], 2)).toBeNull();
    expect(checkCanReport([visit(1, { reportStatus: "returned" }), visit(2)], 2)?.rule).toBe("report_order");
  });
});

describe("next steps of a case", () => {
  it("lists what the expert can do, in order", () => {
    const steps = caseSteps(
      [
        visit(1, { reportStatus: "returned" }),
        visit(2, { status: "scheduled", heldOn: null, date: "2019-11-20", reportStatus: null, reportId: null }),
      ],
      4,
      "2019-11-10",
    );
    expect(steps).toEqual([
      { kind: "revise", round: 1, visitId: 10, reportId: 100 },
      { kind: "upcoming", round: 2, visitId: 20, date: "2019-11-20" },
    ]);
    const later = caseSteps([visit(1, { reportStatus: null, reportDueOn: "2019-11-08" })], 4, "2019-11-10");
    expect(later).toEqual([
      { kind: "write_report", round: 1, visitId: 10, dueOn: "2019-11-08", draft: false },
      { kind: "schedule", round: 2 },
    ]);
    expect(
      caseSteps(
        [1, 2, 3, 4].map((r) => visit(r)),
        4,
        "2019-12-01",
      ),
    ).toEqual([]);
  });
});

describe("report due dates (business days)", () => {
  const closure = { from: "12-29", until: "01-03" };
  it("skips the year-end closure and weekends", () => {
    expect(addBusinessDays("2019-12-27", 5, closure)).toBe("2020-01-10");
    expect(addBusinessDays("2019-12-27", 1, closure)).toBe("2020-01-06");
  });
  it("skips 成人の日 (2020-01-13)", () => {
    expect(addBusinessDays("2020-01-08", 5, closure)).toBe("2020-01-16");
    expect(addBusinessDays("2020-01-10", 1, closure)).toBe("2020-01-14");
  });
  it("skips 体育の日 (2019-10-14)", () => {
    expect(addBusinessDays("2019-10-08", 5, closure)).toBe("2019-10-16");
  });
});

describe("self-diagnosis scoring", () => {
  it("sums 4/2/0 per item, counts unknowns and keeps category scores", () => {
    const answers = Object.fromEntries(
      DEFAULT_CHECKLIST.map((i) => [i.number, i.number <= 5 ? "yes" : i.number <= 18 ? "partly" : "unknown"] as const),
    );
    const s = scoreChecklist(DEFAULT_CHECKLIST, answers);
    expect(s.max).toBe(100);
    expect(s.total).toBe(5 * 4 + 13 * 2);
    expect(s.unknown).toBe(7);
    expect(s.categories).toEqual([
      { category: "basic", score: 20, max: 20, unknown: 0 },
      { category: "staff", score: 26, max: 52, unknown: 0 },
      { category: "organization", score: 0, max: 28, unknown: 7 },
    ]);
  });
  it("ships 25 default items with both languages", () => {
    expect(DEFAULT_CHECKLIST).toHaveLength(25);
    expect(new Set(DEFAULT_CHECKLIST.map((i) => i.number)).size).toBe(25);
    expect(DEFAULT_CHECKLIST.every((i) => i.textJa && i.textEn)).toBe(true);
  });
});
