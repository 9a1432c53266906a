import { toCsv } from "../../lib/csv.js";
import { type CsvRecord, parseCsv } from "../imports/csv-file.js";
import type { ChecklistRow } from "./cases.schemas.js";
import { checklistCsvHeaders } from "./checklist-csv.texts.js";

const KEYS: (keyof ChecklistRow)[] = ["number", "category", "textJa", "textEn"];

/** Header names accepted for each column (English first, then Japanese aliases). */
const COLUMNS = Object.fromEntries(
  KEYS.map((k) => [k, [...checklistCsvHeaders.en[k].split(","), ...checklistCsvHeaders.ja[k].split(",")]]),
) as Record<keyof ChecklistRow, string[]>;

/**
 * Reads the checklist CSV (`number,category,text_ja,text_en`). Returns the rows, or the problems
 * with their line numbers (the header is line 1).
 */
export function parseChecklistCsv(text: string): { rows: ChecklistRow[]; errors: string[] } {
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    return { rows: [], errors: [String((error as Error).message)] };
  }
  if (records.length === 0) return { rows: [], errors: ["The file is empty."] };
  const header = records[0].cells.map((c) => c.trim().toLowerCase());
  const index = {} as Record<keyof ChecklistRow, number>;
  const errors: string[] = [];
  for (const [key, names] of Object.entries(COLUMNS) as [keyof ChecklistRow, string[]][]) {
    index[key] = header.findIndex((h) => names.includes(h));
    if (index[key] < 0 && key !== "textEn") errors.push(`line 1: missing column ${names[0]}`);
  }
  if (errors.length > 0) return { rows: [], errors };
  const rows: ChecklistRow[] = [];
  for (const r of records.slice(1)) {
    const cell = (k: keyof ChecklistRow) => (index[k] >= 0 ? (r.cells[index[k]] ?? "").trim() : "");
    const number = Number(cell("number"));
    if (!Number.isInteger(number) || number < 1) errors.push(`line ${r.line}: number must be a whole number ≥ 1`);
    if (!cell("category")) errors.push(`line ${r.line}: category is empty`);
    if (!cell("textJa")) errors.push(`line ${r.line}: text_ja is empty`);
    rows.push({ number, category: cell("category"), textJa: cell("textJa"), textEn: cell("textEn") });
  }
  return { rows, errors };
}

/** The checklist as CSV (the format import reads). */
export function checklistToCsv(rows: ChecklistRow[]): string {
  return toCsv([
    ["number", "category", "text_ja", "text_en"],
    ...rows.map((r) => [r.number, r.category, r.textJa, r.textEn]),
  ]);
}
