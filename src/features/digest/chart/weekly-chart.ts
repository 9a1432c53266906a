import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import type { WeeklyRow, WeeklyTable } from "../../../domain/weekly-table.js";
import { formatSlashDate } from "../../../lib/dates.js";
import { escapeHtml as esc } from "../../../lib/html.js";
import { weeklyChartTexts } from "./weekly-chart.texts.js";

/**
 * The weekly chart of visits, stacked by round, in its two sizes: the digest's picture (with the
 * cumulative total as a line on a second axis), rendered to PNG with resvg using Noto Sans JP
 * shipped in an npm package (TTF), never the system's fonts: a server without Japanese fonts would
 * draw boxes; and the final report page's inline SVG (Table 3), which the browser draws.
 */

const require = createRequire(import.meta.url);
const FONT_FAMILY = "Noto Sans JP";
const FONT_FILES = [
  require.resolve("@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf"),
];

const ROUND_COLORS = ["#4E79A7", "#F28E2B", "#59A14F", "#E15759", "#76B7B2", "#EDC948"];
const LINE_COLOR = "#222222";
const W = 1200;
const H = 640;
const PLOT = { left: 80, right: W - 90, top: 110, bottom: H - 100 };

/**
 * A round axis maximum with about 5 ticks of `multiples` × 10^k (1, 2, 2.5 or 5 by default), the
 * step at least `minStep`.
 */
export function niceScale(
  max: number,
  multiples: readonly number[] = [1, 2, 2.5, 5, 10],
  minStep = 1,
): { max: number; step: number } {
  if (max <= 0) return { max: 5, step: 1 };
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(minStep, multiples.map((m) => m * pow).find((s) => s >= raw) as number);
  return { max: Math.ceil(max / step) * step, step };
}

function text(x: number, y: number, s: string, attrs = ""): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${esc(s)}</text>`;
}

/** The chart as SVG (exported for tests and for reuse in reports). */
export function weeklyChartSvg(table: WeeklyTable, opts: { title: string }): string {
  const t = weeklyChartTexts("ja");
  const weeks = table.weeks;
  const rounds = table.rounds;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    text(W / 2, 42, opts.title, 'font-size="26" font-weight="700" text-anchor="middle" fill="#111"'),
  );
  // Legend
  let lx = PLOT.left;
  for (let r = 0; r < rounds; r++) {
    out.push(`<rect x="${lx}" y="64" width="18" height="18" fill="${ROUND_COLORS[r % ROUND_COLORS.length]}"/>`);
    out.push(text(lx + 24, 79, t.round(r + 1), 'font-size="17" fill="#222"'));
    lx += 100;
  }
  out.push(`<line x1="${lx}" y1="73" x2="${lx + 30}" y2="73" stroke="${LINE_COLOR}" stroke-width="3"/>`);
  out.push(`<circle cx="${lx + 15}" cy="73" r="4" fill="${LINE_COLOR}"/>`);
  out.push(text(lx + 38, 79, t.cumulative, 'font-size="17" fill="#222"'));

  const plotW = PLOT.right - PLOT.left;
  const plotH = PLOT.bottom - PLOT.top;
  const weekly = niceScale(Math.max(0, ...weeks.map((w) => w.total)));
  let running = 0;
  const cumulative = weeks.map((w) => {
    running += w.total;
    return running;
  });
  const cum = niceScale(Math.max(0, ...cumulative));
  const yLeft = (v: number) => PLOT.bottom - (v / weekly.max) * plotH;
  const yRight = (v: number) => PLOT.bottom - (v / cum.max) * plotH;

  // Grid and axes
  for (let v = 0; v <= weekly.max + 1e-9; v += weekly.step) {
    const y = yLeft(v);
    out.push(`<line x1="${PLOT.left}" y1="${y.toFixed(1)}" x2="${PLOT.right}" y2="${y.toFixed(1)}" stroke="#e3e3e3"/>`);
    out.push(text(PLOT.left - 10, y + 6, String(v), 'font-size="15" text-anchor="end" fill="#444"'));
  }
  for (let i = 0; i <= 5; i++) {
    const v = (cum.max / 5) * i;
    out.push(text(PLOT.right + 10, yRight(v) + 6, Math.round(v).toLocaleString("en-US"), 'font-size="15" fill="#444"'));
  }
  out.push(
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="#555" stroke-width="1.5"/>`,
    text(
      24,
      (PLOT.top + PLOT.bottom) / 2,
      t.weeklyAxis,
      `font-size="16" fill="#333" text-anchor="middle" transform="rotate(-90 24 ${(PLOT.top + PLOT.bottom) / 2})"`,
    ),
    text(
      W - 18,
      (PLOT.top + PLOT.bottom) / 2,
      t.cumulativeAxis,
      `font-size="16" fill="#333" text-anchor="middle" transform="rotate(90 ${W - 18} ${(PLOT.top + PLOT.bottom) / 2})"`,
    ),
  );

  if (weeks.length === 0) {
    out.push(text(W / 2, (PLOT.top + PLOT.bottom) / 2, t.noVisits, 'font-size="22" text-anchor="middle" fill="#666"'));
    out.push("</svg>");
    return out.join("\n");
  }

  const band = plotW / weeks.length;
  const barW = Math.min(48, band * 0.7);
  const labelEvery = Math.max(1, Math.ceil(weeks.length / 26));
  weeks.forEach((w, i) => {
    const cx = PLOT.left + band * (i + 0.5);
    let base = 0;
    w.counts.forEach((n, r) => {
      if (n <= 0) return;
      const y0 = yLeft(base);
      const y1 = yLeft(base + n);
      out.push(
        `<rect x="${(cx - barW / 2).toFixed(1)}" y="${y1.toFixed(1)}" width="${barW.toFixed(1)}" height="${(y0 - y1).toFixed(1)}" fill="${ROUND_COLORS[r % ROUND_COLORS.length]}"/>`,
      );
      base += n;
    });
    if (w.total > 0)
      out.push(text(cx, yLeft(w.total) - 5, String(w.total), 'font-size="13" text-anchor="middle" fill="#333"'));
    if (i % labelEvery === 0) {
      const y = PLOT.bottom + 18;
      out.push(
        text(
          cx,
          y,
          t.weekEnding(formatSlashDate(w.weekEnding).slice(5)),
          `font-size="14" text-anchor="end" fill="#333" transform="rotate(-40 ${cx.toFixed(1)} ${y})"`,
        ),
      );
    }
  });
  const points = cumulative.map((v, i) => `${(PLOT.left + band * (i + 0.5)).toFixed(1)},${yRight(v).toFixed(1)}`);
  out.push(`<polyline points="${points.join(" ")}" fill="none" stroke="${LINE_COLOR}" stroke-width="3"/>`);
  for (const p of points) {
    const [x, y] = p.split(",");
    out.push(`<circle cx="${x}" cy="${y}" r="4" fill="${LINE_COLOR}"/>`);
  }
  out.push(text(PLOT.right, H - 16, t.footnote, 'font-size="13" text-anchor="end" fill="#666"'));
  out.push("</svg>");
  return out.join("\n");
}

/**
 * Renders the chart to PNG bytes, off the event loop (resvg's worker thread: about 0.1 s of font
 * loading and rasterising that the caller's own work overlaps).
 */
export async function renderWeeklyChartPng(table: WeeklyTable, opts: { title: string }): Promise<Buffer> {
  const svg = weeklyChartSvg(table, opts);
  const image = await renderAsync(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: "original" },
  });
  return image.asPng();
}

const INLINE_COLORS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];

/**
 * Table 3 as the final report page draws it, in inline SVG (no scripts, no external files): one
 * bar per week, one colour per round (labelled `roundLabels`), the week's total above each bar.
 */
export function weeklyChartInlineSvg(
  weeks: readonly Pick<WeeklyRow, "weekEnding" | "counts">[],
  opts: { title: string; roundLabels: readonly string[] },
): string {
  const t = weeklyChartTexts("ja");
  const rounds = opts.roundLabels.length;
  const totals = weeks.map((w) => w.counts.reduce((a, v) => a + v, 0));
  const { max: top, step } = niceScale(Math.max(0, ...totals), [1, 2, 5, 10], 0);
  const barW = 28;
  const gap = 12;
  const left = 48;
  const plotH = 260;
  const topPad = 40;
  const width = left + Math.max(1, weeks.length) * (barW + gap) + 20;
  const height = topPad + plotH + 80;
  const y = (v: number) => topPad + plotH - (v / top) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(opts.title)}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(`<title>${esc(opts.title)}</title>`);
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line x1="${left}" y1="${y(v)}" x2="${width - 10}" y2="${y(v)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  weeks.forEach((w, i) => {
    const x = left + gap / 2 + i * (barW + gap);
    let base = 0;
    for (let k = 0; k < rounds; k++) {
      const v = w.counts[k] ?? 0;
      if (v > 0) {
        const tip = t.barTitle({ week: formatSlashDate(w.weekEnding), round: opts.roundLabels[k], count: v });
        parts.push(
          `<rect x="${x}" y="${y(base + v)}" width="${barW}" height="${y(base) - y(base + v)}" fill="${INLINE_COLORS[k % INLINE_COLORS.length]}"><title>${esc(tip)}</title></rect>`,
        );
      }
      base += v;
    }
    parts.push(`<text x="${x + barW / 2}" y="${y(base) - 4}" text-anchor="middle">${totals[i]}</text>`);
    const label = t.weekEnding(formatSlashDate(w.weekEnding).slice(5));
    parts.push(
      `<text x="${x + barW / 2}" y="${topPad + plotH + 14}" text-anchor="end" transform="rotate(-45 ${x + barW / 2} ${topPad + plotH + 14})">${esc(label)}</text>`,
    );
  });
  for (let k = 0; k < rounds; k++) {
    const lx = left + k * 110;
    parts.push(`<rect x="${lx}" y="10" width="12" height="12" fill="${INLINE_COLORS[k % INLINE_COLORS.length]}"/>`);
    parts.push(`<text x="${lx + 16}" y="20">${esc(opts.roundLabels[k])}</text>`);
  }
  parts.push("</svg>");
  return parts.join("");
}
