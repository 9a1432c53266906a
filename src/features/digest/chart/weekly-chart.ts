import type { TopLevelSpec } from "vega-lite";
import type { WeeklyRow, WeeklyTable } from "../../../domain/weekly-table.js";
import { CHART_COLORS, chartPng, chartSvg } from "../../../lib/charts/render.js";
import { weeklyChartTexts } from "./weekly-chart.texts.js";

/**
 * The weekly chart of visits, stacked by round, in its two forms: the digest's picture (with the
 * cumulative total as a line on a second axis), a PNG; and Table 3's figure in the final report
 * page, inline SVG. One Vega-Lite spec draws both.
 */

const LINE_COLOR = "#222222";
/** Week labels that fit upright side by side; more weeks show every second (third …) label. */
const MAX_LABELS = { digest: 20, report: 26 };

type Week = Pick<WeeklyRow, "weekEnding" | "counts">;

/**
 * Each week's label under its bar ("～11/17"), with the year on a second line under the first
 * labelled week of each year, so that a chart spanning the new year reads 2019 … 2020.
 */
export function weekLabels(weeks: readonly Week[], maxLabels: number): Record<string, string[]> {
  const t = weeklyChartTexts("ja");
  const every = Math.max(1, Math.ceil(weeks.length / maxLabels));
  const labels: Record<string, string[]> = {};
  let lastYear = 0;
  weeks.forEach((w, i) => {
    if (i % every !== 0) {
      labels[w.weekEnding] = [""];
      return;
    }
    const [year, month, day] = w.weekEnding.split("-").map(Number);
    const label = t.weekEnding(`${month}/${day}`);
    labels[w.weekEnding] = year !== lastYear ? [label, t.year(year)] : [label];
    lastYear = year;
  });
  return labels;
}

function weeklySpec(
  weeks: readonly Week[],
  opts: { title: string; roundLabels: readonly string[]; cumulative: boolean; width: number; height: number },
): TopLevelSpec {
  const t = weeklyChartTexts("ja");
  if (weeks.length === 0)
    return {
      title: opts.title,
      width: opts.width,
      height: 120,
      data: { values: [{ text: t.noVisits }] },
      mark: { type: "text", fontSize: 20, color: "#666666" },
      encoding: { text: { field: "text", type: "nominal" } },
    };
  const segments = weeks.flatMap((w) =>
    opts.roundLabels.map((round, r) => ({ week: w.weekEnding, round, order: r, count: w.counts[r] ?? 0 })),
  );
  let running = 0;
  const totals = weeks.map((w) => {
    const total = w.counts.reduce((a, v) => a + v, 0);
    running += total;
    return { week: w.weekEnding, total, cumulative: running };
  });
  const labels = weekLabels(weeks, opts.cumulative ? MAX_LABELS.digest : MAX_LABELS.report);
  const domain = [...opts.roundLabels, ...(opts.cumulative ? [t.cumulative] : [])];
  const range = [...CHART_COLORS.slice(0, opts.roundLabels.length), ...(opts.cumulative ? [LINE_COLOR] : [])];
  const x = {
    field: "week",
    type: "ordinal" as const,
    sort: weeks.map((w) => w.weekEnding),
    axis: {
      title: t.weekAxis,
      labelAngle: 0,
      labelExpr: `${JSON.stringify(labels)}[datum.value]`,
      labelLineHeight: 16,
      titlePadding: 10,
    },
  };
  const color = {
    scale: { domain, range },
    legend: { title: null, orient: "top" as const, direction: "horizontal" as const, offset: 30 },
  };
  const bars = {
    data: { values: segments },
    layer: [
      {
        mark: { type: "bar" as const, width: { band: 0.72 } },
        encoding: {
          x,
          y: {
            field: "count",
            type: "quantitative" as const,
            stack: "zero" as const,
            axis: { title: t.weeklyAxis, format: "d", tickMinStep: 1 },
          },
          color: { field: "round", type: "nominal" as const, ...color },
          order: { field: "order", type: "quantitative" as const },
        },
      },
      {
        data: { values: totals },
        mark: { type: "text" as const, dy: -7, fontSize: 12, color: "#333333" },
        encoding: {
          x,
          y: { field: "total", type: "quantitative" as const },
          text: { field: "total", type: "quantitative" as const },
        },
      },
    ],
  };
  const line = {
    data: { values: totals },
    mark: { type: "line" as const, point: { filled: true, size: 40 }, strokeWidth: 3 },
    encoding: {
      x,
      y: {
        field: "cumulative",
        type: "quantitative" as const,
        axis: { title: t.cumulativeAxis, orient: "right" as const, grid: false, format: ",d", tickMinStep: 1 },
      },
      color: { datum: t.cumulative, ...color },
    },
  };
  return {
    title: opts.title,
    description: opts.title,
    width: opts.width,
    height: opts.height,
    // The digest's picture has one size whatever its labels (Slack shows it at 1200 × 640).
    ...(opts.cumulative ? { autosize: { type: "fit" as const, contains: "padding" as const } } : {}),
    layer: opts.cumulative ? [bars, line] : [bars],
    resolve: { scale: { y: "independent" } },
  };
}

function digestSpec(table: WeeklyTable, title: string): TopLevelSpec {
  const roundLabels = Array.from({ length: table.rounds }, (_, r) => weeklyChartTexts("ja").round(r + 1));
  return weeklySpec(table.weeks, { title, roundLabels, cumulative: true, width: 1200, height: 640 });
}

/** The digest's chart as SVG: stacked bars per round and the cumulative line (exported for tests). */
export function weeklyChartSvg(table: WeeklyTable, opts: { title: string }): Promise<string> {
  return chartSvg(digestSpec(table, opts.title));
}

/** The digest's chart as PNG bytes (rasterised in resvg's worker thread, off the event loop). */
export function renderWeeklyChartPng(table: WeeklyTable, opts: { title: string }): Promise<Buffer> {
  return chartPng(digestSpec(table, opts.title));
}

/**
 * Table 3 as the final report page draws it, in inline SVG (no scripts, no external files): one
 * bar per week, one colour per round (labelled `roundLabels`), the week's total above each bar.
 */
export async function weeklyChartInlineSvg(
  weeks: readonly Week[],
  opts: { title: string; roundLabels: readonly string[] },
): Promise<string> {
  const svg = await chartSvg(
    weeklySpec(weeks, {
      title: opts.title,
      roundLabels: opts.roundLabels,
      cumulative: false,
      width: Math.max(360, weeks.length * 58),
      height: 280,
    }),
  );
  // The page is read on narrow screens and printed: the picture shrinks with it.
  return svg.replace("<svg ", '<svg style="max-width:100%;height:auto" ');
}
