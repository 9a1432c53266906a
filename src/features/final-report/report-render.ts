import { toCsv } from "../../lib/csv.js";
import { formatSlashDate } from "../../lib/dates.js";
import type { Report, ReportCell, ReportColumn, ReportTable } from "./final-report.schemas.js";
import { tablesTexts } from "./report-tables.texts.js";

const UTF8_BOM = "\uFEFF";

const T = tablesTexts("ja");
const LABELS_JA: Record<string, string> = { total: T.labelTotal, "(none)": T.labelNone, "(unpaid)": T.labelUnpaid };

/** A cell as people read it in the workbook and the HTML page (the report's Japanese style). */
export function displayCell(column: ReportColumn, value: ReportCell): string | number | null {
  if (value === null) return null;
  if (typeof value === "string" && LABELS_JA[value] !== undefined) return LABELS_JA[value];
  if (typeof value === "string" && column.show) return column.show(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (column.kind === "week") return `～${formatSlashDate(value)}`;
    if (column.kind === "date") return formatSlashDate(value);
  }
  return value;
}

/**
 * CSV: the header row of column keys, then raw values (dates as YYYY-MM-DD). A report of several
 * tables writes them one after another, separated by an empty line. `bom` prefixes a UTF-8 BOM so
 * that Excel reads the Japanese text correctly when the file is opened by double-click.
 */
export function renderCsv(report: Pick<Report, "tables">, opts: { bom?: boolean } = {}): string {
  const body = report.tables.map((t) => toCsv([t.columns.map((c) => c.key), ...t.rows])).join("\r\n");
  return (opts.bom ? UTF8_BOM : "") + body;
}

export function renderJson(report: Report): string {
  return `${JSON.stringify(
    {
      name: report.name,
      title: report.title.ja,
      as_of: report.asOf,
      tables: report.tables.map((t) => ({
        id: t.id,
        title: t.title.ja,
        columns: t.columns.map((c) => c.key),
        rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c.key, r[i]]))),
        highlights: t.highlights.map((h) => ({ row: h.row, column: t.columns[h.col].key, level: h.level })),
      })),
    },
    null,
    2,
  )}\n`;
}

/** The columns people read (the workbook, the HTML page), with their index in the rows. */
export function shownColumns(t: ReportTable): { column: ReportColumn; index: number }[] {
  return t.columns.flatMap((column, index) => (column.machineOnly ? [] : [{ column, index }]));
}

/** Terminal width of text: East Asian wide and full-width characters take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    w +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

/**
 * A cell of the terminal table: counts and yen with thousands separators (1,521), as people read
 * them; identifiers as they are; shares and averages with one decimal. CSV and JSON keep raw numbers for machines.
 */
export function textCell(column: ReportColumn, value: ReportCell): string {
  if (value === null) return "";
  // Shares and averages with one decimal, as the 2019 report prints them (49.0).
  if (typeof value === "number" && (column.kind === "pct" || column.kind === "decimal")) return value.toFixed(1);
  const grouped = (column.kind === "int" && !column.key.endsWith("_id")) || column.kind === "yen";
  return typeof value === "number" && grouped ? value.toLocaleString("en-US") : String(value);
}

function textTable(t: ReportTable): string {
  const cells = [t.columns.map((c) => c.key), ...t.rows.map((r) => r.map((v, i) => textCell(t.columns[i], v)))];
  const widths = t.columns.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i] ?? ""))));
  const numeric = t.columns.map(
    (c) => c.kind === "int" || c.kind === "pct" || c.kind === "decimal" || c.kind === "yen",
  );
  const marks = new Map(t.highlights.map((h) => [`${h.row}:${h.col}`, h.level === "peak" ? "**" : "*"]));
  const line = (r: string[], rowIndex: number | null) =>
    r
      .map((v, i) => {
        const mark = rowIndex === null ? "" : (marks.get(`${rowIndex}:${i}`) ?? "");
        const text = v + mark;
        const pad = " ".repeat(Math.max(0, widths[i] + 2 - displayWidth(text)));
        return numeric[i] ? pad + text : text + pad;
      })
      .join("  ")
      .trimEnd();
  const out = [`${t.title.ja} / ${t.title.en}`, line(cells[0], null)];
  out.push(widths.map((w) => "-".repeat(w + 2)).join("  "));
  t.rows.forEach((_, i) => {
    if (t.totalRows.includes(i)) out.push(widths.map((w) => "-".repeat(w + 2)).join("  "));
    out.push(line(cells[i + 1], i));
  });
  if (t.highlights.length > 0) out.push("(* 10 or more a week, ** 50 or more)");
  for (const n of t.notes) out.push(n.en);
  return out.join("\n");
}

/** Aligned columns for a terminal. */
export function renderText(report: Report): string {
  return `${report.tables.map(textTable).join("\n\n")}\n`;
}
