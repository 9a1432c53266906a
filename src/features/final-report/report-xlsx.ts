import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { Report, ReportTable } from "./final-report.schemas.js";
import { displayCell } from "./report-render.js";
import { tablesTexts } from "./report-tables.texts.js";
import { addSurveyChartSheet, embedSurveyCharts, type SurveyChartSheet } from "./survey-charts-xlsx.js";

/** Cell fills of Table 3's highlights (ARGB): the 2019 report marked ≥10 in red and ≥50 in yellow. */
export const HIGHLIGHT_FILLS = { busy: "FFFFC7CE", peak: "FFFFFF00" } as const;
const RED = "FFFF0000";
const HEADER_FILL = "FFD9E1F2";

/** Excel refuses these in sheet names and caps them at 31 characters. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  let candidate = base;
  for (let i = 2; used.has(candidate); i++) candidate = `${base.slice(0, 28)} ${i}`;
  used.add(candidate);
  return candidate;
}

type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** One sheet, written row by row (committed rows leave memory: the cases sheet has 38,000 at scale 100). */
function addTable(workbook: Writer, t: ReportTable, used: Set<string>): void {
  const ws = workbook.addWorksheet(sheetName(t.sheet, used), { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = t.columns.map((c, j) => ({
    width: Math.min(40, Math.max(8, c.ja.length * 2 + 2, ...t.rows.map((r) => String(r[j] ?? "").length + 2))),
    ...(c.kind === "pct" ? { style: { numFmt: "0.0" } } : {}),
    ...(c.kind === "yen" || c.kind === "int" ? { style: { numFmt: "#,##0" } } : {}),
  }));
  const header = ws.addRow(t.columns.map((c) => c.ja));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  header.commit();
  const highlights = new Map<number, ReportTable["highlights"]>();
  for (const h of t.highlights) highlights.set(h.row, [...(highlights.get(h.row) ?? []), h]);
  // The red frame marks every week of 10 or more (the 2019 report's 赤枠), yellow ones included.
  const side = { style: "thin" as const, color: { argb: RED } };
  t.rows.forEach((r, i) => {
    const row = ws.addRow(r.map((v, j) => displayCell(t.columns[j], v)));
    if (t.totalRows.includes(i)) row.font = { bold: true };
    for (const h of highlights.get(i) ?? []) {
      const cell = row.getCell(h.col + 1);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HIGHLIGHT_FILLS[h.level] } };
      cell.border = { top: side, left: side, bottom: side, right: side };
    }
    row.commit();
  });
  if (t.notes.length > 0) {
    ws.addRow([]).commit();
    for (const n of t.notes) ws.addRow([n.ja]).commit();
  }
  ws.commit();
}

/** One workbook, one sheet per table; Table 3's busy and peak weeks as cell fills. */
export async function renderXlsx(report: Pick<Report, "title" | "tables" | "figures">): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = tablesTexts.ja.workbookCreator;
  workbook.title = report.title.ja;
  const used = new Set<string>();
  let charts: SurveyChartSheet | null = null;
  for (const t of report.tables) {
    addTable(workbook, t, used);
    if (t.id === "surveys" && report.figures) charts = await addSurveyChartSheet(workbook, report.figures, used);
  }
  await workbook.commit();
  await ended;
  return charts ? embedSurveyCharts(Buffer.concat(chunks), charts) : Buffer.concat(chunks);
}
