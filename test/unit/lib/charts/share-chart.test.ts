import { describe, expect, it } from "vitest";
import { CHART_FONT, chartPng, chartSvg } from "../../../../src/lib/charts/render.js";
import { type ShareChart, shareChartSpec, shareLabel } from "../../../../src/lib/charts/share-chart.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The visible text of an SVG (Vega writes one <text> per label, lines as <tspan>s). */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );
}

const pie: ShareChart = {
  kind: "pie",
  title: "指導先企業（経営層）の意欲の向上度",
  subtitle: ["回答数 378件"],
  emptyText: "まだ回答がありません",
  items: [
    { label: "向上した", count: 327, percent: 86.5 },
    { label: "向上しなかった", count: 23, percent: 6.1 },
    { label: "わからない", count: 28, percent: 7.4 },
  ],
};

describe("share charts (Vega-Lite)", () => {
  it("draws a pie with the Japanese answers in its legend and each slice's share", async () => {
    const svg = await chartSvg(shareChartSpec(pie));
    const shown = texts(svg);
    expect(shown).toEqual(
      expect.arrayContaining([pie.title, "回答数 378件", "向上した", "向上しなかった", "わからない"]),
    );
    expect(shown).toEqual(expect.arrayContaining(["86.5%", "6.1%", "7.4%"]));
    expect(svg).toContain(`font-family="${CHART_FONT}`);
    expect(svg).not.toMatch(/rotate\(/);
    expect(svg).toContain('class="mark-arc role-mark');
  });

  it("draws bars with the share after each bar, labels upright", async () => {
    const svg = await chartSvg(
      shareChartSpec({
        kind: "bar",
        title: "今後実施すべきと考える取組み",
        axisTitle: "回答の割合（%）",
        emptyText: "まだ回答がありません",
        items: [
          { label: "体制整備・運用ルールの策定・継続的な改善", count: 226, percent: 79.9 },
          { label: "従業員への教育・意識向上", count: 170, percent: 60.1 },
        ],
      }),
    );
    expect(texts(svg)).toEqual(
      expect.arrayContaining(["体制整備・運用ルールの策定・継続的な改善", "79.9%", "60.1%", "回答の割合（%）"]),
    );
    expect(svg).not.toMatch(/rotate\(/);
  });

  it("says so when nobody answered", async () => {
    const svg = await chartSvg(
      shareChartSpec({ ...pie, items: pie.items.map((i) => ({ ...i, count: 0, percent: null })) }),
    );
    expect(texts(svg)).toContain("まだ回答がありません");
    expect(texts(svg)).not.toContain("86.5%");
  });

  it("renders to PNG with the shipped Japanese font", async () => {
    const png = await chartPng(shareChartSpec(pie));
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    // IHDR width and height: the SVG's own size.
    expect(png.readUInt32BE(16)).toBeGreaterThan(300);
    expect(png.readUInt32BE(20)).toBeGreaterThan(300);
  });

  it("writes shares with one decimal, as the report does", () => {
    expect(shareLabel(86.4)).toBe("86.4%");
    expect(shareLabel(68)).toBe("68.0%");
    expect(shareLabel(null)).toBe("—");
  });
});
