import { describe, expect, it } from "vitest";
import { computeWeeklyVisits } from "../../../../src/domain/weekly-table.js";
import { digestDueAt, digestWeekOf } from "../../../../src/features/digest/digest-period.js";
import { weeklyTableText } from "../../../../src/features/digest/views/digest-message.js";
import { cronAt } from "../../../../src/jobs/cron-expression.js";

describe("digest period", () => {
  it("covers the Monday–Sunday week that ended before the day it is sent", () => {
    expect(digestWeekOf("2019-11-25")).toEqual({ weekStart: "2019-11-18", weekEnd: "2019-11-24" });
    expect(digestWeekOf("2019-11-24")).toEqual({ weekStart: "2019-11-11", weekEnd: "2019-11-17" });
    expect(digestWeekOf("2019-11-30")).toEqual({ weekStart: "2019-11-18", weekEnd: "2019-11-24" });
    // Across the new year.
    expect(digestWeekOf("2020-01-06")).toEqual({ weekStart: "2019-12-30", weekEnd: "2020-01-05" });
  });

  it("is due on the configured weekday and time after the week, Japan time", () => {
    expect(digestDueAt("2019-11-24", 1, "09:00").toISOString()).toBe("2019-11-25T00:00:00.000Z");
    expect(digestDueAt("2019-11-24", 3, "17:30").toISOString()).toBe("2019-11-27T08:30:00.000Z");
  });

  it("turns settings into cron expressions (Sunday = 0)", () => {
    expect(cronAt("09:00")).toBe("0 9 * * *");
    expect(cronAt("08:30", 1)).toBe("30 8 * * 1");
    expect(cronAt("18:05", 7)).toBe("5 18 * * 0");
  });
});

describe("Table 3 text and chart", () => {
  const rows: [string, number[]][] = [
    ["2019-11-17", [75, 40, 27, 7]],
    ["2019-11-24", [78, 66, 24, 10]],
    ["2019-12-01", [48, 99, 55, 11]],
  ];
  const visits = rows.flatMap(([d, counts]) =>
    counts.flatMap((n, r) => Array.from({ length: n }, () => ({ heldOn: d, round: r + 1 }))),
  );
  const table = computeWeeklyVisits(visits, { rounds: 4 });

  it("marks cells of ≥10 with * and ≥50 with ** as the 2019 report highlighted them", () => {
    const lines = weeklyTableText(table).split("\n");
    expect(lines[0]).toMatch(/^実施期間\s+第1回\s+第2回\s+第3回\s+第4回\s+週計\s+累計$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/))).toEqual([
      ["～2019/11/17", "75**", "40*", "27*", "7", "149", "149"],
      ["～2019/11/24", "78**", "66**", "24*", "10*", "178", "327"],
      ["～2019/12/1", "48*", "99**", "55**", "11*", "213", "540"],
      ["計", "201", "205", "106", "28", "540"],
    ]);
    // Columns line up (CJK counts two columns in a monospaced font).
    const width = (s: string) => [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) > 0xff ? 2 : 1), 0);
    expect(new Set(lines.slice(0, 4).map(width)).size).toBe(1);
  });
});
