import { describe, expect, it } from "vitest";
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
} from "../../../src/domain/visit-rules.js";

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

describe("violation texts", () => {
  it("reads a refusal in both languages, the details' dates written 2019/11/05", () => {
    const v = checkHeldDate({ ...base, round: 3, previousRoundDate: "2019-11-06" })!;
    expect(violationText(v)).toEqual({
      ja: "ルール「訪問は回の順番どおり」により受け付けられません。第3回は第2回（2019/11/06）より後の日にしてください。",
      en: "Refused by the rule “Visits run in order”. Visit 3 must come after visit 2 (2019/11/06).",
    });
    expect(violationText(checkHeldDate({ ...base, round: 1, nextRoundDate: "2019-11-04" })!).en).toBe(
      "Refused by the rule “Visits run in order”. Visit 1 must come before visit 2 (2019/11/04).",
    );
  });

  it("points a past day to how a held visit is recorded, by purpose", () => {
    const past = { ...base, date: "2019-11-09" };
    expect(checkPlannedDate(past)?.detail).toEqual({
      ja: "予定日 2019/11/09 は過去の日付です。実施済みの訪問は、担当の専門家が `/visit log` で報告書を書くと記録されます（予定を登録せずに実施した訪問として選べます）。",
      en: "2019/11/09 is in the past. A visit that already took place is recorded when the case's expert writes its report with `/visit log` (it offers visits held without a plan).",
    });
    expect(checkPlannedDate(past, "reschedule")?.detail).toEqual({
      ja: "予定日 2019/11/09 は過去の日付です。この訪問を実施済みなら、`/visit` の一覧の「実施済みにする」で記録してください。",
      en: "2019/11/09 is in the past. If this visit took place, record it with “Mark as held” in the `/visit` list.",
    });
  });

  it("says which earlier round is missing and whether it is only planned", () => {
    expect(checkCanSchedule([visit(1), visit(2, { status: "scheduled" })], 3, 4)?.detail).toEqual({
      ja: "第3回の予定は第2回の実施後に登録できます（第2回: 予定のみ）。",
      en: "Visit 3 can be planned once visit 2 has been held (visit 2: only planned).",
    });
    expect(checkCanSchedule([visit(1)], 3, 4)?.detail).toEqual({
      ja: "第3回の予定は第2回の実施後に登録できます（第2回: 未登録）。",
      en: "Visit 3 can be planned once visit 2 has been held (visit 2: not planned).",
    });
    expect(checkCanSchedule([], 5, 4)?.detail.en).toBe("This program has 4 visits per case.");
    expect(checkCanReport([visit(1, { reportStatus: "draft" })], 2)?.detail.ja).toBe(
      "第2回の報告書は第1回の報告書を提出した後に書けます。",
    );
  });
});
