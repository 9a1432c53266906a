import { describe, expect, it } from "vitest";
import {
  asOfEndOfDay,
  asOfInstant,
  caseStatusAsOf,
  honorariumStatusAsOf,
  latestReportAsOf,
  visitAsOf,
} from "../../../src/domain/as-of.js";

const jst = (s: string) => new Date(`${s}+09:00`);

describe("as of a moment", () => {
  const caseFacts = {
    status: "completed",
    approvedAt: jst("2019-10-01T10:00:00"),
    completedOn: "2019-12-10",
    terminatedOn: null,
    closedAt: jst("2019-12-10T15:00:00"),
  };

  it("a case is not matched before its approval, active until its closing moment, then completed", () => {
    expect(caseStatusAsOf(caseFacts, asOfInstant(jst("2019-09-30T12:00:00")))).toBeNull();
    expect(caseStatusAsOf(caseFacts, asOfInstant(jst("2019-12-10T09:00:00")))).toBe("active");
    expect(caseStatusAsOf(caseFacts, asOfInstant(jst("2019-12-10T15:00:00")))).toBe("completed");
    // Without a recorded moment (closed by an import) the day decides.
    const imported = { ...caseFacts, closedAt: null };
    expect(caseStatusAsOf(imported, asOfInstant(jst("2019-12-09T23:00:00")))).toBe("active");
    expect(caseStatusAsOf(imported, asOfInstant(jst("2019-12-10T09:00:00")))).toBe("completed");
    expect(
      caseStatusAsOf(
        { ...caseFacts, status: "terminated", completedOn: null, terminatedOn: "2019-12-10" },
        asOfEndOfDay("2019-12-10"),
      ),
    ).toBe("terminated");
  });

  it("a visit held later was only planned; one logged without a plan was not in the app yet", () => {
    const held = {
      status: "held",
      scheduledAt: jst("2019-11-05T14:00:00"),
      heldOn: "2019-11-05",
      reportDueOn: "2019-11-12",
    };
    expect(visitAsOf(held, asOfEndOfDay("2019-11-05"))).toEqual(held);
    expect(visitAsOf(held, asOfEndOfDay("2019-11-04"))).toEqual({
      ...held,
      status: "scheduled",
      heldOn: null,
      reportDueOn: null,
    });
    expect(visitAsOf({ ...held, scheduledAt: null }, asOfEndOfDay("2019-11-04"))).toBeNull();
  });

  it("a report's status then: submitted until reviewed, the earlier version while a revision was not yet sent", () => {
    const versions = [
      {
        version: 1,
        status: "returned",
        submittedAt: jst("2019-11-06T10:00:00"),
        reviewedAt: jst("2019-11-07T10:00:00"),
      },
      {
        version: 2,
        status: "accepted",
        submittedAt: jst("2019-11-09T10:00:00"),
        reviewedAt: jst("2019-11-11T10:00:00"),
      },
    ];
    const at = (s: string) => latestReportAsOf(versions, asOfInstant(jst(s)));
    expect(at("2019-11-06T09:00:00")).toBeNull();
    expect(at("2019-11-06T12:00:00")).toMatchObject({ version: 1, status: "submitted" });
    expect(at("2019-11-08T12:00:00")).toMatchObject({ version: 1, status: "returned" });
    expect(at("2019-11-10T12:00:00")).toMatchObject({ version: 2, status: "submitted" });
    expect(at("2019-11-11T12:00:00")).toMatchObject({ version: 2, status: "accepted" });
  });

  it("an honorarium line is paid from the moment its batch was recorded", () => {
    const line = { paidAt: jst("2019-12-20T10:00:00") };
    expect(honorariumStatusAsOf(line, asOfEndOfDay("2019-12-19"))).toBe("payable");
    expect(honorariumStatusAsOf(line, asOfEndOfDay("2019-12-20"))).toBe("paid");
    expect(honorariumStatusAsOf({ paidAt: null }, asOfInstant(jst("2020-03-01T00:00:00")))).toBe("payable");
  });
});
