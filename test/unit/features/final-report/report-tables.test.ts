import { describe, expect, it } from "vitest";
import { computeExpertsByPrefecture } from "../../../../src/domain/expert-table.js";
import { parseJapaneseDate } from "../../../../src/domain/japanese-dates.js";
import {
  apportion,
  DEFAULT_METRO_PREFECTURES,
  DEFAULT_REGION_STATS,
  METRO_2019_TOTAL,
  OTHER_2019_TOTAL,
} from "../../../../src/domain/region-defaults.js";
import { computeRegionalMatching } from "../../../../src/domain/regional-table.js";
import { computeWeeklyVisits, highlightOf, weekEndingOf } from "../../../../src/domain/weekly-table.js";
import { CsvSyntaxError, decodeCsv, parseCsv } from "../../../../src/features/imports/csv-file.js";
import { toCsv } from "../../../../src/lib/csv.js";

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

describe("Table 2 and Table 4", () => {
  it("counts a holder of both qualifications under RISS and an expert without prefecture under (none)", () => {
    const rows = computeExpertsByPrefecture([
      { prefecture: 13, qualification: "RISS_ITC" },
      { prefecture: 13, qualification: "ITC" },
      { prefecture: null, qualification: "RISS" },
    ]);
    expect(rows).toHaveLength(49);
    expect(rows[12]).toEqual({ label: "東京都", total: 2, riss: 1, itc: 1 });
    expect(rows[47]).toEqual({ label: "(none)", total: 1, riss: 1, itc: 0 });
    expect(rows[48]).toEqual({ label: "total", total: 3, riss: 2, itc: 1 });
  });

  it("the default region data reproduces the 2019 totals exactly (114,445 vs 236,849)", () => {
    expect(DEFAULT_REGION_STATS).toHaveLength(47);
    const metro = DEFAULT_REGION_STATS.filter((r) => r.metro);
    expect(metro.map((r) => r.prefecture)).toEqual(DEFAULT_METRO_PREFECTURES);
    expect(metro.reduce((a, r) => a + r.enterprises, 0)).toBe(METRO_2019_TOTAL);
    expect(DEFAULT_REGION_STATS.filter((r) => !r.metro).reduce((a, r) => a + r.enterprises, 0)).toBe(OTHER_2019_TOTAL);
    // The 2019 report's matchings 148 / 154 give its printed shares.
    const matched = [...Array(148).fill(13), ...Array(154).fill(1)];
    expect(
      computeRegionalMatching(DEFAULT_REGION_STATS, matched).map((r) => [r.enterprisesPct, r.matchingsPct]),
    ).toEqual([
      [32.6, 49.0],
      [67.4, 51.0],
      [100, 100],
    ]);
  });

  it("apportion keeps the whole and rounds by largest remainder", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [2, 1])).toEqual([67, 33]);
  });
});

describe("dates as Japanese spreadsheets write them", () => {
  it.each([
    ["2019/11/17", "2019-11-17"],
    ["2019-11-17", "2019-11-17"],
    ["2019/1/5", "2019-01-05"],
    ["２０１９／１１／１７", "2019-11-17"],
    ["2019年11月17日", "2019-11-17"],
    ["R1.11.17", "2019-11-17"],
    ["R01.11.17", "2019-11-17"],
    ["令和元年11月17日", "2019-11-17"],
    ["R2.1.31", "2020-01-31"],
    ["H31.4.30", "2019-04-30"],
    ["平成31年4月30日", "2019-04-30"],
    ["H1.1.8", "1989-01-08"],
  ])("%s → %s", (text, iso) => expect(parseJapaneseDate(text)).toBe(iso));

  it.each(["2019/2/30", "R1.4.30", "H31.5.1", "H1.1.7", "11/17", "2019/11", "yesterday", ""])(
    "%s is not a date",
    (text) => expect(parseJapaneseDate(text)).toBeNull(),
  );
});

describe("CSV files", () => {
  it("keeps the line each record starts on, through quoted line breaks and blank lines", () => {
    const records = parseCsv('a,b\r\n1,"x\ny"\n\n2,"say ""hi"""\n3,\n');
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "x\ny"] },
      { line: 5, cells: ["2", 'say "hi"'] },
      { line: 6, cells: ["3", ""] },
    ]);
  });

  it("reports an unclosed quote with its line and column", () => {
    expect(() => parseCsv('a,b\n1,"oops\n2,3\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,"oops\n2,3\n')).toThrow("line 2, column 2");
  });

  it("detects UTF-8 with and without BOM and Shift_JIS", async () => {
    const iconv = (await import("iconv-lite")).default;
    expect(decodeCsv(Buffer.from("\uFEFF東京都,1")).encoding).toBe("utf-8-bom");
    expect(decodeCsv(Buffer.from("東京都,1"))).toEqual({ text: "東京都,1", encoding: "utf-8" });
    expect(decodeCsv(iconv.encode("東京都,①,㈱", "cp932"))).toEqual({ text: "東京都,①,㈱", encoding: "shift_jis" });
  });

  it("writes CSV that reads back", () => {
    const rows = [["a", "b,c", 'q"', null, 3]];
    expect(toCsv(rows)).toBe('a,"b,c","q""",,3\r\n');
    expect(parseCsv(toCsv(rows))[0].cells).toEqual(["a", "b,c", 'q"', "", "3"]);
  });
});
