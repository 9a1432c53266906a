import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { YU_GOTHIC } from "../../lib/fonts.js";
import type { Report, ReportCell, ReportColumn, ReportTable } from "./final-report.schemas.js";
import { displayCell, displayWidth, shownColumns } from "./report-render.js";
import { tablesTexts } from "./report-tables.texts.js";
import { addSurveyChartSheet, embedSurveyCharts, type SurveyChartSheet } from "./survey-charts-xlsx.js";

/** Cell fills of Table 3's highlights (ARGB): the 2019 report marked ≥10 in red and ≥50 in yellow. */
export const HIGHLIGHT_FILLS = { busy: "FFFFC7CE", peak: "FFFFFF00" } as const;
const RED = "FFFF0000";
const HEADER_FILL = "FFD9E1F2";

/**
 * The workbook's font: 游ゴシック, the Japanese Office default (a machine without it — older
 * Windows, LibreOffice — substitutes its own Japanese gothic, Meiryo on Windows). family 3 and
 * charset 128 (Shift_JIS) tell Excel it is a Japanese font.
 */
export const WORKBOOK_FONT = { name: YU_GOTHIC, family: 3, charset: 128, size: 11 } as const;
/** Real Excel dates, shown the way the 2019 report prints them (2019/8/20). */
export const DATE_FORMAT = "yyyy/m/d";
/** A week column: the week's Sunday as a date, shown ～2019/9/22 as in Table 3. */
export const WEEK_FORMAT = `"～"${DATE_FORMAT}`;
/** Column widths in Excel's character units: at least a short number, at most a readable line (then wrapped). */
const MIN_WIDTH = 6;
const MAX_WIDTH = 48;

/** Excel refuses these in sheet names and caps them at 31 characters. */
function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);
  let candidate = base;
  for (let i = 2; used.has(candidate); i++) candidate = `${base.slice(0, 28)} ${i}`;
  used.add(candidate);
  return candidate;
}

type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
type CellValue = string | number | Date | null;

/** A calendar day (YYYY-MM-DD) as the Excel date of that day (exceljs writes a Date's UTC day). */
function excelDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** What a cell holds in the workbook: dates as dates, codes as their Japanese words, numbers as numbers. */
function xlsxValue(column: ReportColumn, value: ReportCell): CellValue {
  if (
    typeof value === "string" &&
    (column.kind === "date" || column.kind === "week") &&
    /^\d{4}-\d{2}-\d{2}$/.test(value)
  )
    return excelDate(value);
  return displayCell(column, value);
}

const NUM_FMT: Partial<Record<ReportColumn["kind"], string>> = {
  int: "#,##0",
  yen: "#,##0",
  pct: "0.0",
  decimal: "0.0",
  date: DATE_FORMAT,
  week: WEEK_FORMAT,
};

/** How wide a value reads in the sheet, full-width characters counting two. */
function shownWidth(column: ReportColumn, value: CellValue): number {
  if (value === null) return 0;
  if (value instanceof Date) return column.kind === "week" ? 12 : 10;
  if (typeof value === "number")
    return column.kind === "pct" || column.kind === "decimal"
      ? value.toFixed(1).length
      : Math.round(value).toLocaleString("en-US").length;
  return Math.max(...value.split("\n").map(displayWidth));
}

/**
 * Widths of the shown columns: the widest value (or the header, which may wrap onto two lines),
 * plus a margin; a column whose values are wider than MAX_WIDTH wraps them.
 */
function columnLayout(t: ReportTable, values: CellValue[][]): { width: number; wrap: boolean }[] {
  return shownColumns(t).map(({ column }, j) => {
    const widest = Math.max(0, ...values.map((r) => shownWidth(column, r[j] ?? null)));
    const header = displayWidth(column.ja);
    const needed = Math.max(widest, Math.min(header, Math.max(widest, Math.ceil(header / 2)))) + 2;
    return { width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, needed)), wrap: needed > MAX_WIDTH };
  });
}

/** One sheet, written row by row (committed rows leave memory: the cases sheet has 38,000 at scale 100). */
function addTable(workbook: Writer, t: ReportTable, used: Set<string>): void {
  const columns = shownColumns(t);
  const values = t.rows.map((r) => columns.map(({ column, index }) => xlsxValue(column, r[index] ?? null)));
  const lastRow = 1 + t.rows.length;
  const ws = workbook.addWorksheet(sheetName(t.sheet, used), {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: columns.length > 6 ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(2, lastRow), column: columns.length } };
  const layout = columnLayout(t, values);
  ws.columns = columns.map(({ column }, j) => ({
    width: layout[j].width,
    style: {
      font: WORKBOOK_FONT,
      ...(NUM_FMT[column.kind] ? { numFmt: NUM_FMT[column.kind] } : {}),
      ...(layout[j].wrap ? { alignment: { wrapText: true, vertical: "top" as const } } : {}),
    },
  }));
  const header = ws.addRow(columns.map(({ column }) => column.ja));
  header.eachCell((cell) => {
    cell.font = { ...WORKBOOK_FONT, bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
  header.commit();
  const marks = new Map<string, "busy" | "peak">(t.highlights.map((h) => [`${h.row}:${h.col}`, h.level]));
  // The red frame marks every week of 10 or more (the 2019 report's 赤枠), yellow ones included.
  const side = { style: "thin" as const, color: { argb: RED } };
  values.forEach((v, i) => {
    const row = ws.addRow(v);
    const total = t.totalRows.includes(i);
    columns.forEach(({ index }, j) => {
      const cell = row.getCell(j + 1);
      cell.font = { ...WORKBOOK_FONT, bold: total };
      const level = marks.get(`${i}:${index}`);
      if (!level) return;
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HIGHLIGHT_FILLS[level] } };
      cell.border = { top: side, left: side, bottom: side, right: side };
    });
    row.commit();
  });
  if (t.notes.length > 0) {
    ws.addRow([]).commit();
    for (const n of t.notes) {
      const row = ws.addRow([n.ja]);
      // A note runs on past its column: no wrap, so it stays on one line beside the empty cells.
      row.getCell(1).font = WORKBOOK_FONT;
      row.getCell(1).alignment = { wrapText: false };
      row.commit();
    }
  }
  ws.commit();
}

/**
 * Makes 游ゴシック the workbook's default font (font 0, the Normal style: empty cells, the width
 * unit). exceljs has no setting for it and would add Calibri as font 0 when the first style comes;
 * registering ours first takes its place.
 */
function setDefaultFont(workbook: Writer): void {
  const styles: unknown = Reflect.get(workbook, "styles");
  if (typeof styles !== "object" || styles === null) return;
  const addFont: unknown = Reflect.get(styles, "_addFont");
  if (typeof addFont === "function") addFont.call(styles, WORKBOOK_FONT);
}

/**
 * One workbook, one sheet per table, as an office expects it: real dates, a filter on every table,
 * the header row repeated on every printed page, one page wide, a Japanese font; Table 3's busy and
 * peak weeks as cell fills.
 */
export async function renderXlsx(report: Pick<Report, "title" | "tables" | "figures">): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  setDefaultFont(workbook);
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
