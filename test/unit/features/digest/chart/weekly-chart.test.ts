import { describe, expect, it } from "vitest";
import { computeWeeklyVisits } from "../../../../../src/domain/weekly-table.js";
import {
  renderWeeklyChartPng,
  weekLabels,
  weeklyChartInlineSvg,
  weeklyChartSvg,
} from "../../../../../src/features/digest/chart/weekly-chart.js";

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

/** Weeks across the new year, as the 2019 program's last visits fell. */
const rows: [string, number[]][] = [
  ["2019-12-22", [0, 6, 50, 141]],
  ["2019-12-29", [0, 0, 9, 121]],
  ["2020-01-05", [0, 0, 0, 2]],
];
const visits = rows.flatMap(([d, counts]) => counts.map((count, r) => ({ heldOn: d, round: r + 1, count })));
const table = computeWeeklyVisits(visits, { rounds: 4 });

describe("weekly visits chart", () => {
  it("stacks the rounds, draws the cumulative line and labels everything in Japanese", async () => {
    const svg = await weeklyChartSvg(table, { title: "週別訪問実績（2020/1/5まで）" });
    const shown = texts(svg);
    expect(shown).toEqual(
      expect.arrayContaining([
        "週別訪問実績（2020/1/5まで）",
        "第1回",
        "第4回",
        "累計（右軸）",
        "訪問件数／週",
        "累計件数",
      ]),
    );
    // Each week's total above its bar, the cumulative total on the right axis.
    expect(shown).toEqual(expect.arrayContaining(["197", "130", "2"]));
    expect(svg).toContain('aria-roledescription="line mark"');
  });

  it("shows the year on the week axis, at the first week and where the year changes", async () => {
    const shown = texts(await weeklyChartSvg(table, { title: "週別訪問実績" }));
    expect(shown).toEqual(expect.arrayContaining(["～12/22 2019年", "～12/29", "～1/5 2020年"]));
  });

  it("keeps every label upright", async () => {
    const svg = await weeklyChartSvg(table, { title: "週別訪問実績" });
    expect(svg).not.toMatch(/rotate\(/);
    const inline = await weeklyChartInlineSvg(table.weeks, {
      title: "表3",
      roundLabels: ["第1回訪問実績", "第2回訪問実績", "第3回訪問実績", "第4回訪問実績"],
    });
    expect(inline).not.toMatch(/rotate\(/);
    expect(texts(inline)).toEqual(expect.arrayContaining(["第1回訪問実績", "～1/5 2020年"]));
  });

  it("labels every second week when there are many, still giving each year", () => {
    const weeks = Array.from({ length: 30 }, (_, i) => ({
      weekEnding: new Date(Date.UTC(2019, 8, 22 + 7 * i)).toISOString().slice(0, 10),
      counts: [1],
    }));
    const labels = weekLabels(weeks, 20);
    expect(labels["2019-09-22"]).toEqual(["～9/22", "2019年"]);
    expect(labels["2019-09-29"]).toEqual([""]);
    const years = Object.values(labels)
      .filter((l) => l.length === 2)
      .map((l) => l[1]);
    expect(years).toEqual(["2019年", "2020年"]);
  });

  it("renders the digest's PNG", async () => {
    const png = await renderWeeklyChartPng(table, { title: "週別訪問実績" });
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
  });

  it("says there are no visits yet on an empty table", async () => {
    const svg = await weeklyChartSvg(computeWeeklyVisits([], { rounds: 4 }), { title: "週別訪問実績" });
    expect(texts(svg)).toContain("まだ訪問実績がありません");
  });
});
