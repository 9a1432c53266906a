import { PREFECTURES, prefectureName } from "../../domain/prefectures.js";
import type { RegionStatRow } from "../../domain/regional-table.js";
import { toCsv } from "../../lib/csv.js";
import { decodeCsv, parseCsv } from "../imports/csv-file.js";
import { type ColumnSpec, mapHeader } from "../imports/import-kinds.js";
import { integer, oneOf, requiredPrefecture } from "../imports/import-values.js";
import type { ImportIssue } from "../imports/imports.schemas.js";

const COLUMNS: ColumnSpec[] = [
  { key: "prefecture", aliases: ["都道府県"], required: true, read: requiredPrefecture },
  { key: "enterprises", aliases: ["企業数"], required: true, read: integer({ min: 0, max: 1e8 }) },
  {
    key: "metro",
    aliases: ["3大都市圏", "大都市圏", "都市圏"],
    required: true,
    read: oneOf(
      ["true", "false"] as const,
      {
        "1": "true",
        yes: "true",
        y: "true",
        "○": "true",
        "◯": "true",
        はい: "true",
        対象: "true",
        "0": "false",
        no: "false",
        n: "false",
        "×": "false",
        いいえ: "false",
        "-": "false",
      },
      "false",
    ),
  },
];

/**
 * Reads a region file (prefecture, enterprises, metro): all 47 prefectures, each once. Returns
 * the rows, or every problem as "line N, column X: message".
 */
export function parseRegionCsv(bytes: Uint8Array): { rows: RegionStatRow[]; issues: ImportIssue[] } {
  const records = parseCsv(decodeCsv(bytes).text);
  const [head, ...data] = records;
  if (!head) return { rows: [], issues: [{ line: 1, column: "-", message: "the file is empty" }] };
  const mapping = mapHeader(head.cells, COLUMNS);
  if (mapping.issues.length > 0) return { rows: [], issues: mapping.issues };
  const issues: ImportIssue[] = [];
  const rows: RegionStatRow[] = [];
  const seen = new Map<number, number>();
  for (const record of data) {
    const values: Record<string, unknown> = {};
    let rowOk = true;
    for (const spec of COLUMNS) {
      const cell = spec.read(record.cells[mapping.indexOf.get(spec.key) as number] ?? "");
      if (cell.ok) values[spec.key] = cell.value;
      else {
        rowOk = false;
        issues.push({ line: record.line, column: mapping.header(spec.key), message: cell.message });
      }
    }
    if (!rowOk) continue;
    const prefecture = values.prefecture as number;
    const first = seen.get(prefecture);
    if (first !== undefined) {
      issues.push({
        line: record.line,
        column: mapping.header("prefecture"),
        message: `${prefectureName(prefecture)} is already on line ${first}`,
      });
      continue;
    }
    seen.set(prefecture, record.line);
    rows.push({ prefecture, enterprises: values.enterprises as number, metro: values.metro === "true" });
  }
  const missing = PREFECTURES.filter((_, i) => !seen.has(i + 1));
  if (missing.length > 0 && issues.length === 0)
    issues.push({
      line: (data[data.length - 1]?.line ?? 1) + 1,
      column: mapping.header("prefecture"),
      message: `missing prefectures: ${missing.join(", ")} (list all 47)`,
    });
  return { rows: rows.sort((a, b) => a.prefecture - b.prefecture), issues };
}

/** The region data as a file `desk regions import` reads back. */
export function regionCsv(rows: readonly RegionStatRow[]): string {
  return toCsv([
    ["prefecture", "enterprises", "metro"],
    ...rows.map((r) => [prefectureName(r.prefecture), r.enterprises, r.metro ? 1 : 0]),
  ]);
}
