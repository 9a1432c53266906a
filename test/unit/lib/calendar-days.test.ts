import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  calendarDaysBetween,
  japanDayOf,
  japanTimeOf,
  startOfJapanDay,
} from "../../../src/lib/calendar-days.js";

describe("calendar days without a time zone library", () => {
  it("adds days across month, year and leap-day boundaries, as luxon does in Japan time", () => {
    const cases: [string, number][] = [
      ["2019-12-31", 1],
      ["2020-02-28", 1],
      ["2020-02-29", 1],
      ["2019-03-01", -1],
      ["2020-03-01", -1],
      ["2019-11-17", 7 * 3],
      ["2020-01-01", -365],
    ];
    for (const [day, n] of cases)
      expect(addCalendarDays(day, n)).toBe(DateTime.fromISO(day, { zone: "Asia/Tokyo" }).plus({ days: n }).toISODate());
    expect(addCalendarDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(calendarDaysBetween("2019-12-09", "2020-02-29")).toBe(82);
    expect(calendarDaysBetween("2020-02-29", "2019-12-09")).toBe(-82);
  });

  it("the Japan-time day and time of an instant, at either side of midnight in Japan", () => {
    expect(japanDayOf(new Date("2019-12-08T14:59:59.999Z"))).toBe("2019-12-08");
    expect(japanDayOf(new Date("2019-12-08T15:00:00.000Z"))).toBe("2019-12-09");
    expect(japanTimeOf(new Date("2019-12-08T15:00:00.000Z"))).toBe("00:00");
    expect(japanTimeOf(new Date("2019-11-17T05:30:00.000Z"))).toBe("14:30");
    expect(startOfJapanDay("2019-12-09").toISOString()).toBe("2019-12-08T15:00:00.000Z");
    // Every hour of a year agrees with luxon's zone maths.
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2020, 0, 1); t += 3_600_000) {
      const luxon = DateTime.fromMillis(t, { zone: "Asia/Tokyo" });
      expect(japanDayOf(new Date(t))).toBe(luxon.toISODate());
    }
  });

  it("refuses what is not a calendar day", () => {
    expect(() => addCalendarDays("2019/12/09", 1)).toThrow(/not a calendar day/);
  });
});
