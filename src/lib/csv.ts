import { stringify } from "csv-stringify/sync";

/** What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text of one CSV cell as every CSV writer of the app must write it: text starting with `=`,
 * `+`, `-`, `@`, a tab or a CR gets a leading `'`, so Excel shows it instead of running it as a
 * formula (a company name `=HYPERLINK(…)`, a note `-5 tips`). Numbers the app computes (a negative
 * amount) are numbers, not text, and stay as they are. `restoreCsvCell` takes the `'` off again.
 */
export function csvCellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  const s = String(value);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** A cell `csvCellText` neutralised, back to the text it was. */
export function restoreCsvCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/**
 * The app's one CSV writer: CRLF line ends (the last line too), as Excel expects; cells quoted only
 * when they need it (a comma, a quote, a line break of any kind, or space at either end, which Excel would
 * drop); every cell through `csvCellText`.
 */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return stringify(
    rows.map((r) => r.map(csvCellText)),
    { record_delimiter: "windows", quoted_match: /^\s|\s$|[\r\n]/ },
  );
}
