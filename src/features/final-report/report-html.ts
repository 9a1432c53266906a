import { JAPANESE_FONT_STACK } from "../../lib/fonts.js";
import { escapeHtml as esc } from "../../lib/html.js";
import { weeklyChartInlineSvg } from "../digest/chart/weekly-chart.js";
import type { Report, ReportTable } from "./final-report.schemas.js";
import { finalReportTexts } from "./final-report.texts.js";
import { displayCell, shownColumns } from "./report-render.js";
import { surveyChartsHtml } from "./survey-charts.js";

const STYLE = `
body{font-family:${JAPANESE_FONT_STACK};margin:2em;color:#222}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:2px solid #4472c4}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #999;padding:.25em .6em}th{background:#d9e1f2}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total td{font-weight:bold;background:#f2f2f2}
td.busy{outline:2px solid #f00;outline-offset:-2px;background:#ffc7ce}
td.peak{outline:2px solid #f00;outline-offset:-2px;background:#ff0}
p.note{font-size:.85em;color:#555}
@media print{h2{break-before:page}}`;

async function htmlTable(t: ReportTable): Promise<string> {
  const marks = new Map(t.highlights.map((h) => [`${h.row}:${h.col}`, h.level]));
  const columns = shownColumns(t);
  const head = `<tr>${columns.map(({ column }) => `<th>${esc(column.ja)}</th>`).join("")}</tr>`;
  const body = t.rows
    .map((r, i) => {
      const cells = columns.map(({ column: col, index: j }) => {
        const shown = displayCell(col, r[j] ?? null);
        const classes = [typeof shown === "number" ? "n" : "", marks.get(`${i}:${j}`) ?? ""].filter((x) => x !== "");
        const text =
          shown === null
            ? ""
            : typeof shown !== "number"
              ? shown
              : col.kind === "pct" || col.kind === "decimal"
                ? shown.toFixed(1)
                : shown.toLocaleString("ja-JP");
        return `<td${classes.length > 0 ? ` class="${classes.join(" ")}"` : ""}>${esc(text)}</td>`;
      });
      return `<tr${t.totalRows.includes(i) ? ' class="total"' : ""}>${cells.join("")}</tr>`;
    })
    .join("\n");
  const chart = t.id === "weekly-visits" ? `<figure>${await weeklyChart(t)}</figure>` : "";
  const notes = t.notes.map((n) => `<p class="note">${esc(n.ja)}</p>`).join("");
  return `<section id="${esc(t.id)}"><h2>${esc(t.title.ja)}</h2>${chart}<table>\n${head}\n${body}\n</table>${notes}</section>`;
}

/** Table 3's chart: one bar per week (the total row left out), one colour per round column. */
function weeklyChart(t: ReportTable): Promise<string> {
  const weeks = t.rows
    .filter((_, i) => !t.totalRows.includes(i))
    .map((r) => ({ weekEnding: String(r[0]), counts: r.slice(1).map((v) => Number(v ?? 0)) }));
  return weeklyChartInlineSvg(weeks, { title: t.title.ja, roundLabels: t.columns.slice(1).map((c) => c.ja) });
}

/** One self-contained page (inline CSS and SVG, no scripts or links) that prints one table per page. */
export async function renderHtml(report: Report): Promise<string> {
  const figures = report.figures;
  const sections = await Promise.all(
    report.tables.map(
      async (t) => (await htmlTable(t)) + (t.id === "surveys" && figures ? await surveyChartsHtml(figures) : ""),
    ),
  );
  return `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>${esc(report.title.ja)}</title><style>${STYLE}</style></head>
<body><h1>${esc(report.title.ja)}</h1><p>${esc(finalReportTexts.ja.asOf(report.asOf))}</p>
${sections.join("\n")}
</body></html>
`;
}
