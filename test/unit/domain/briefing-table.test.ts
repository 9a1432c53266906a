import { describe, expect, it } from "vitest";
import { computeBriefingTable, type SessionForTable } from "../../../src/domain/briefing-table.js";

const reg = (status: string, attended = false) => ({ status, attended });

const session = (over: Partial<SessionForTable>): SessionForTable => ({
  heldOn: "2019-09-12",
  city: "新潟",
  capacity: 55,
  status: "held",
  videoViews: 0,
  registrations: [],
  ...over,
});

describe("Table 1 (briefing sessions)", () => {
  it("a cancelled session's accepted registrants count as accepted and as refused; a registrant's own cancellation only as an application", () => {
    const rows = computeBriefingTable([
      session({ status: "cancelled", registrations: [reg("accepted"), reg("accepted"), reg("cancelled")] }),
      session({
        heldOn: "2019-08-30",
        city: "東京",
        registrations: [reg("accepted", true), reg("refused"), reg("waitlisted"), reg("cancelled")],
      }),
    ]);
    expect(rows.map((r) => [r.date, r.applications, r.accepted, r.refused, r.attended, r.cancelled])).toEqual([
      ["2019-08-30", 4, 1, 2, 1, 0],
      ["2019-09-12", 3, 2, 2, 0, 1],
      ["total", 7, 3, 4, 1, 1],
    ]);
  });
});
