import iconv from "iconv-lite";
import type { Localized } from "../../lib/errors.js";

export type Encoding = "utf-8" | "utf-8-bom" | "shift_jis";

/** A data record and the file line it starts on (the header is line 1). */
export type CsvRecord = { line: number; cells: string[] };

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    /** 1-based position of the cell where the problem starts. */
    readonly column: number,
    message: string,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
  }
}

/**
 * Why the bytes are not a CSV file when they are a spreadsheet workbook (recognised by content,
 * not by name): .xlsx is a ZIP archive (PK\x03\x04), .xls an OLE2 compound file. Decoded as text
 * they would only give mojibake.
 */
export function spreadsheetProblem(bytes: Uint8Array): Localized | null {
  const starts = (magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
  const ext = starts([0x50, 0x4b, 0x03, 0x04])
    ? ".xlsx"
    : starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
      ? ".xls"
      : null;
  if (!ext) return null;
  return {
    ja: `Excel ファイル (${ext}) は読み込めません。Excel で「CSV UTF-8」形式で保存してから取り込んでください。`,
    en: `This is an Excel file (${ext}), which cannot be read. In Excel, save it as “CSV UTF-8” and import that file.`,
  };
}

/**
 * Decodes a CSV file as Excel and web forms write them: UTF-8 with or without a BOM, or Shift_JIS.
 * Bytes that are not valid UTF-8 are read as Windows-31J (cp932), the Shift_JIS Excel writes, which
 * also holds ①, ㈱ and the NEC/IBM extension kanji.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "cp932"), encoding: "shift_jis" };
  }
}

/**
 * Parses RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). A cell the app's own
 * CSV writers neutralised (`'=…`, `'-…`: see `csvCellText`) reads as the text it was.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let quoteLine = 0;
  let quoteColumn = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0].trim() === "")) records.push({ line: start, cells: cells.map(restoreCell) });
    cells = [];
    cell = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell.trim() === "") {
      quoted = true;
      quoteLine = line;
      quoteColumn = cells.length + 1;
      cell = "";
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, quoteColumn, 'a quoted cell is never closed (missing ")');
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}

/** What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The text of one CSV cell as every CSV writer of the app must write it: text starting with `=`,
 * `+`, `-`, `@`, a tab or a CR gets a leading `'`, so Excel shows it instead of running it as a
 * formula (a company name `=HYPERLINK(…)`, a note `-5 tips`). Numbers the app computes (a negative
 * amount) are numbers, not text, and stay as they are. `parseCsv` takes the `'` off again.
 */
export function csvCellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  const s = String(value);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** A cell `csvCellText` neutralised, back to the text it was. */
function restoreCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Writes CSV with CRLF line ends, quoting only cells that need it. */
export function toCsv(rows: readonly (readonly unknown[])[]): string {
  const quote = (v: unknown) => {
    const s = csvCellText(v);
    return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(quote).join(",")).join("\r\n")}\r\n`;
}
