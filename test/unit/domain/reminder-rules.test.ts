import { describe, expect, it } from "vitest";
import { expertReminderItems, type ReminderCase, type ReminderVisit } from "../../../src/domain/reminder-rules.js";

const closure = { from: "12-29", until: "01-03" };
const settings = (today: string) => ({ today, closure, reportDueBusinessDays: 5, visitGapDays: 21, visitsPerCase: 4 });

let seq = 0;
function visit(v: Partial<ReminderVisit> & { round: number }): ReminderVisit {
  seq++;
  return {
    id: seq,
    status: v.heldOn ? "held" : "scheduled",
    scheduledOn: null,
    scheduledAt: null,
    mode: "onsite",
    place: "",
    heldOn: null,
    reportDueOn: null,
    latestReport: v.heldOn ? { id: 100 + seq, status: "accepted", reviewComment: null } : null,
    ...v,
  };
}
const oneCase = (visits: ReminderVisit[], approvedOn = "2019-10-01"): ReminderCase[] => [
  { caseId: 1, companyName: "株式会社テスト", approvedOn, visits },
];

describe("expert reminder rules", () => {
  it("upcoming: tomorrow on a weekday; Saturday to Monday on a Friday; across a substitute holiday and the year-end closure", () => {
    const visits = ["2019-12-03", "2019-12-07", "2019-12-09", "2019-12-10"].map((d, i) =>
      visit({ round: i + 1, scheduledOn: d }),
    );
    const on = (today: string) =>
      expertReminderItems(oneCase(visits), settings(today)).upcoming.map((u) => u.visit.scheduledOn);
    expect(on("2019-12-02")).toEqual(["2019-12-03"]);
    expect(on("2019-12-06")).toEqual(["2019-12-07", "2019-12-09"]);
    // 2019-11-04 is 振替休日: on Friday 11-01 the window runs to Tuesday 11-05.
    expect(on2("2019-11-01", ["2019-11-02", "2019-11-04", "2019-11-05", "2019-11-06"])).toEqual([
      "2019-11-02",
      "2019-11-04",
      "2019-11-05",
    ]);
    // The last business day of 2019 is Friday 12-27; the next is Monday 2020-01-06.
    expect(on2("2019-12-27", ["2019-12-28", "2020-01-06", "2020-01-07"])).toEqual(["2019-12-28", "2020-01-06"]);
  });

  function on2(today: string, dates: string[]) {
    const visits = dates.map((d, i) => visit({ round: i + 1, scheduledOn: d }));
    return expertReminderItems(oneCase(visits), settings(today)).upcoming.map((u) => u.visit.scheduledOn);
  }

  it("reports: due N business days after the visit (skipping the closure), overdue the day after the due day", () => {
    // Held 12-25 (Wed): business days 12-26, 12-27, 01-06, 01-07, 01-08 → due 2020-01-08.
    const held = visit({ round: 1, heldOn: "2019-12-25", latestReport: null });
    const at = (today: string) => expertReminderItems(oneCase([held]), settings(today));
    expect(at("2020-01-08").unreported.map((i) => i.dueOn)).toEqual(["2020-01-08"]);
    expect(at("2020-01-08").overdue).toHaveLength(0);
    expect(at("2020-01-09").overdue.map((i) => i.dueOn)).toEqual(["2020-01-08"]);
    // A stored due date wins over the computed one; a draft still owes the report; a submitted one does not.
    const stored = visit({
      round: 1,
      heldOn: "2019-12-25",
      reportDueOn: "2020-01-10",
      latestReport: { id: 1, status: "draft", reviewComment: null },
    });
    expect(expertReminderItems(oneCase([stored]), settings("2020-01-09")).unreported).toHaveLength(1);
    const submitted = visit({
      round: 1,
      heldOn: "2019-12-25",
      latestReport: { id: 1, status: "submitted", reviewComment: null },
    });
    const none = expertReminderItems(oneCase([submitted]), settings("2020-01-20"));
    expect([none.overdue, none.unreported, none.returned]).toEqual([[], [], []]);
  });

  it("a planned visit whose day passed without being logged is owed as a report, not as scheduling", () => {
    const items = expertReminderItems(
      oneCase([visit({ round: 1, scheduledOn: "2019-11-25" })]),
      settings("2019-12-03"),
    );
    expect(items.overdue.map((i) => [i.visitOn, i.dueOn])).toEqual([["2019-11-25", "2019-12-02"]]);
    expect(items.unscheduled).toHaveLength(0);
  });

  it("returned reports carry the report id and the secretariat's comment", () => {
    const v = visit({
      round: 2,
      heldOn: "2019-11-20",
      latestReport: { id: 77, status: "returned", reviewComment: "追記してください" },
    });
    const items = expertReminderItems(oneCase([visit({ round: 1, heldOn: "2019-11-01" }), v]), settings("2019-11-25"));
    expect(items.returned.map((i) => [i.reportId, i.comment])).toEqual([[77, "追記してください"]]);
    expect(items.overdue).toHaveLength(0);
  });

  it("next visit: asks after a grace week without a date, or when the date is beyond the expected gap; never when all rounds are held", () => {
    const r1 = visit({ round: 1, heldOn: "2019-11-01" });
    expect(expertReminderItems(oneCase([r1]), settings("2019-11-07")).unscheduled).toHaveLength(0);
    expect(
      expertReminderItems(oneCase([r1]), settings("2019-11-08")).unscheduled.map((i) => [i.nextRound, i.since]),
    ).toEqual([[2, "2019-11-01"]]);
    const soon = visit({ round: 2, scheduledOn: "2019-11-22" });
    expect(expertReminderItems(oneCase([r1, soon]), settings("2019-11-12")).unscheduled).toHaveLength(0);
    const late = visit({ round: 2, scheduledOn: "2019-11-29" });
    expect(
      expertReminderItems(oneCase([r1, late]), settings("2019-11-12")).unscheduled.map((i) => i.plannedOn),
    ).toEqual(["2019-11-29"]);
    // No visit yet: counted from the matching approval.
    expect(expertReminderItems(oneCase([], "2019-11-01"), settings("2019-11-08")).unscheduled[0]).toMatchObject({
      nextRound: 1,
      sinceKind: "approval",
    });
    const all = [1, 2, 3, 4].map((round) => visit({ round, heldOn: `2019-11-0${round}` }));
    expect(expertReminderItems(oneCase(all), settings("2019-12-20")).unscheduled).toHaveLength(0);
  });

  it("cancelled visits are ignored", () => {
    const cancelled = visit({ round: 2, scheduledOn: "2019-11-05", status: "cancelled" });
    const items = expertReminderItems(
      oneCase([visit({ round: 1, heldOn: "2019-11-01" }), cancelled]),
      settings("2019-11-04"),
    );
    expect([items.upcoming, items.overdue, items.unreported]).toEqual([[], [], []]);
  });
});
