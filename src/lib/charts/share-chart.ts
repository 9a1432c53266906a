import type { TopLevelSpec } from "vega-lite";
import { CHART_COLORS } from "./render.js";

/** A chart that can stand alone or sit in a grid of charts (Vega-Lite's concat). */
export type ChartSpec = Extract<Extract<TopLevelSpec, { concat: unknown }>["concat"][number], { layer: unknown }>;

/** One answer of a question: its label, how many chose it and their share (%, one decimal). */
export type ShareItem = { label: string; count: number; percent: number | null };

/**
 * A question's answers as the 2019 report drew them: a pie when the shares make up a whole (one
 * answer each), horizontal bars when they do not (several answers each) or there are many
 * categories. Every slice or bar carries its share.
 */
export type ShareChart = {
  kind: "pie" | "bar";
  title: string;
  /** Lines under the title (the question as asked, how many answered). */
  subtitle?: string[];
  items: ShareItem[];
  /** The bar chart's axis title (e.g. "回答の割合（%）"). */
  axisTitle?: string;
  /** Shown instead of the chart when nobody answered. */
  emptyText: string;
};

/** "86.4%": the report's one decimal. */
export function shareLabel(percent: number | null): string {
  return percent === null ? "—" : `${percent.toFixed(1)}%`;
}

/** Slices smaller than this carry their share outside the pie, where the text fits. */
const INSIDE_MIN_SHARE = 0.07;
const PIE_SIZE = 300;
/** Slice colours on which white text would be hard to read. */
const LIGHT = new Set(["#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"]);

function header(chart: ShareChart) {
  return { text: chart.title, ...(chart.subtitle && chart.subtitle.length > 0 ? { subtitle: chart.subtitle } : {}) };
}

function emptySpec(chart: ShareChart): ChartSpec {
  return {
    title: header(chart),
    width: 480,
    height: 60,
    data: { values: [{ text: chart.emptyText }] },
    layer: [
      {
        mark: { type: "text", fontSize: 15, color: "#666666" },
        encoding: { text: { field: "text", type: "nominal" } },
      },
    ],
  };
}

/**
 * The slices' angles are computed here, not by Vega's stack, so that each label can sit inside its
 * slice or, for a thin one, just outside it (a 1.8% slice has no room for "1.8%").
 */
function pieSpec(chart: ShareChart): ChartSpec {
  const total = chart.items.reduce((a, i) => a + i.count, 0);
  const radius = PIE_SIZE / 2 - 34;
  let start = 0;
  // Neighbouring thin slices alternate their labels between two rings so that they do not overlap.
  let outsideRun = 0;
  const slices = chart.items.map((item, index) => {
    const share = item.count / total;
    const t0 = start;
    const t1 = start + share * 2 * Math.PI;
    start = t1;
    const inside = share >= INSIDE_MIN_SHARE;
    outsideRun = inside || item.count === 0 ? 0 : outsideRun + 1;
    return {
      label: item.label,
      order: index,
      t0,
      t1,
      mid: (t0 + t1) / 2,
      r: inside ? radius * 0.62 : radius + (outsideRun % 2 === 1 ? 18 : 38),
      text: item.count > 0 ? shareLabel(item.percent) : "",
      color: inside && !LIGHT.has(CHART_COLORS[index % CHART_COLORS.length]) ? "#ffffff" : "#222222",
    };
  });
  const domain = chart.items.map((i) => i.label);
  return {
    title: header(chart),
    width: PIE_SIZE,
    height: PIE_SIZE,
    data: { values: slices },
    layer: [
      {
        mark: { type: "arc", outerRadius: radius, stroke: "#ffffff", strokeWidth: 1.5 },
        encoding: {
          theta: { field: "t0", type: "quantitative", scale: null },
          theta2: { field: "t1" },
          color: {
            field: "label",
            type: "nominal",
            scale: { domain, range: CHART_COLORS.slice(0, Math.max(1, domain.length)) },
            sort: null,
            legend: { title: null, orient: "right" },
          },
        },
      },
      {
        mark: { type: "text", fontSize: 14, fontWeight: 700 },
        encoding: {
          theta: { field: "mid", type: "quantitative", scale: null },
          radius: { field: "r", type: "quantitative", scale: null },
          text: { field: "text", type: "nominal" },
          color: { field: "color", type: "nominal", scale: null },
        },
      },
    ],
  };
}

function barSpec(chart: ShareChart): ChartSpec {
  const rows = chart.items.map((item, order) => ({
    label: item.label,
    order,
    percent: item.percent ?? 0,
    text: shareLabel(item.percent),
  }));
  // Room right of the longest bar for its label; never past 100% unless shares exceed it.
  const top = Math.min(
    Math.max(100, ...rows.map((r) => r.percent)),
    Math.ceil((Math.max(...rows.map((r) => r.percent)) + 12) / 10) * 10,
  );
  const y = { field: "label", type: "nominal" as const, sort: null, axis: { title: null, labelLimit: 320 } };
  return {
    title: header(chart),
    width: 420,
    height: { step: 30 },
    data: { values: rows },
    layer: [
      {
        mark: { type: "bar", color: CHART_COLORS[0], height: { band: 0.7 } },
        encoding: {
          y,
          x: {
            field: "percent",
            type: "quantitative",
            scale: { domain: [0, top] },
            axis: { title: chart.axisTitle ?? null, tickCount: 5, grid: true },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 5, fontSize: 13, fontWeight: 700, color: "#222222" },
        encoding: { y, x: { field: "percent", type: "quantitative" }, text: { field: "text", type: "nominal" } },
      },
    ],
  };
}

/** The Vega-Lite spec of a question's chart. */
export function shareChartSpec(chart: ShareChart): ChartSpec {
  if (chart.items.every((i) => i.count === 0)) return emptySpec(chart);
  return chart.kind === "pie" ? pieSpec(chart) : barSpec(chart);
}
