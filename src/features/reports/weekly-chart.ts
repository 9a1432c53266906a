import { formatSlashDate } from "../../lib/dates.js";
import type { ReportTable } from "./reports.schemas.js";

const COLORS = ["#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47"];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A "nice" axis maximum and step for counts (1, 2, 5 × 10^n). */
function axis(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 5, step: 1 };
  const rough = max / 5;
  const mag = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= rough) as number;
  return { top: Math.ceil(max / step) * step, step };
}

/**
 * Table 3 as a stacked bar chart in inline SVG (no scripts, no external files): one bar per week,
 * one colour per round, the week's total above each bar.
 */
export function weeklyChartSvg(t: ReportTable): string {
  const weeks = t.rows.filter((_, i) => !t.totalRows.includes(i));
  const rounds = t.columns.length - 1;
  const totals = weeks.map((r) => r.slice(1).reduce((a: number, v) => a + Number(v ?? 0), 0));
  const { top, step } = axis(Math.max(0, ...totals));
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(t.title.ja)}" font-family="sans-serif" font-size="11">`,
  );
  parts.push(`<title>${esc(t.title.ja)}</title>`);
  for (let v = 0; v <= top; v += step) {
    parts.push(`<line x1="${left}" y1="${y(v)}" x2="${width - 10}" y2="${y(v)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  weeks.forEach((r, i) => {
    const x = left + gap / 2 + i * (barW + gap);
    let base = 0;
    for (let k = 0; k < rounds; k++) {
      const v = Number(r[k + 1] ?? 0);
      if (v > 0) {
        parts.push(
          `<rect x="${x}" y="${y(base + v)}" width="${barW}" height="${y(base) - y(base + v)}" fill="${COLORS[k % COLORS.length]}"><title>${esc(`～${formatSlashDate(String(r[0]))} ${t.columns[k + 1].ja}: ${v}`)}</title></rect>`,
        );
      }
      base += v;
    }
    parts.push(`<text x="${x + barW / 2}" y="${y(base) - 4}" text-anchor="middle">${totals[i]}</text>`);
    const label = `～${formatSlashDate(String(r[0])).slice(5)}`;
    parts.push(
      `<text x="${x + barW / 2}" y="${topPad + plotH + 14}" text-anchor="end" transform="rotate(-45 ${x + barW / 2} ${topPad + plotH + 14})">${esc(label)}</text>`,
    );
  });
  for (let k = 0; k < rounds; k++) {
    const lx = left + k * 110;
    parts.push(`<rect x="${lx}" y="10" width="12" height="12" fill="${COLORS[k % COLORS.length]}"/>`);
    parts.push(`<text x="${lx + 16}" y="20">${esc(t.columns[k + 1].ja)}</text>`);
  }
  parts.push("</svg>");
  return parts.join("");
}
