import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import { parse, textMetrics, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/**
 * Every chart of the app is a Vega-Lite spec, compiled to Vega and drawn server-side (a View with
 * no renderer, `toSVG()`): the SVG goes inline into HTML pages, and through resvg to PNG for Slack
 * and the workbook. resvg draws with Noto Sans JP shipped in an npm package (TTF), never the
 * system's fonts: a server without Japanese fonts would draw boxes.
 */

const require = createRequire(import.meta.url);

declare module "vega" {
  /** Vega's text measurer (exported by vega-scenegraph, absent from vega's typings). */
  export const textMetrics: { width: (item: { fontSize?: number }, text: string | string[]) => number };
}

/** Characters drawn one em wide: kana, kanji, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * Without a canvas, Vega estimates every character at 0.8 em, too narrow for kana and kanji (one
 * em in Noto Sans JP): legends and axis labels would overflow the picture. Vega lets the host
 * measure instead (vl-convert does the same).
 */
function textWidth(item: { fontSize?: number }, text: string | string[]): number {
  const size = item.fontSize ?? 11;
  const line = (s: string) => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : ch === " " ? 0.28 : 0.6), 0) * size;
  return Array.isArray(text) ? Math.max(0, ...text.map((t) => line(String(t)))) : line(String(text ?? ""));
}
textMetrics.width = textWidth;

/** The family resvg has; browsers that lack it fall back to the system's Japanese fonts. */
export const CHART_FONT = "Noto Sans JP";
const FONT_STACK = `${CHART_FONT}, Hiragino Sans, Yu Gothic, Meiryo, sans-serif`;
const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf"),
];

/** Colours in the order categories appear (the Office palette the 2019 report's figures use). */
export const CHART_COLORS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47", "#264478", "#9e480e"];

type Config = NonNullable<TopLevelSpec["config"]>;

/** One look for every chart: the Japanese font everywhere, no rotated labels, a white background. */
export const CHART_CONFIG: Config = {
  font: FONT_STACK,
  background: "#ffffff",
  padding: 12,
  view: { stroke: null },
  title: {
    fontSize: 18,
    fontWeight: 700,
    anchor: "start",
    color: "#111111",
    subtitleFontSize: 13,
    subtitleColor: "#444444",
    offset: 12,
  },
  axis: {
    labelFontSize: 13,
    titleFontSize: 13,
    labelColor: "#333333",
    titleColor: "#333333",
    labelAngle: 0,
    titleAngle: 0,
  },
  // Upright value-axis titles sit above their axis, where a horizontal title has room.
  axisLeft: { titleAnchor: "end", titleAlign: "right", titleBaseline: "bottom", titleX: 0, titleY: -10 },
  axisRight: { titleAnchor: "end", titleAlign: "left", titleBaseline: "bottom", titleX: 0, titleY: -10 },
  legend: {
    labelFontSize: 13,
    titleFontSize: 13,
    labelLimit: 360,
    symbolType: "square",
    orient: "bottom",
    direction: "vertical",
  },
  range: { category: CHART_COLORS },
};

/** Draws a Vega-Lite spec as SVG text (the app's config added). */
export async function chartSvg(spec: TopLevelSpec): Promise<string> {
  const { spec: vega } = compile({ ...spec, config: { ...CHART_CONFIG, ...spec.config } });
  const view = new View(parse(vega), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Rasterises a chart's SVG to PNG bytes off the event loop (resvg's worker thread). */
export async function svgToPng(svg: string, opts: { scale?: number } = {}): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
    fitTo: opts.scale && opts.scale !== 1 ? { mode: "zoom", value: opts.scale } : { mode: "original" },
  });
  return image.asPng();
}

/** A chart as PNG (for Slack and the workbook). */
export async function chartPng(spec: TopLevelSpec, opts: { scale?: number } = {}): Promise<Buffer> {
  return svgToPng(await chartSvg(spec), opts);
}
