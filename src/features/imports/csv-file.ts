import { CsvError, parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { restoreCsvCell } from "../../lib/csv.js";
import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { importsTexts } from "./imports.texts.js";

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
  return both(importsTexts, (t) => t.spreadsheetFile(ext));
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

/** Every line end Excel, editors and web forms write. */
const LINE_ENDS = ["\r\n", "\n", "\r"];

/**
 * Parses RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks; a quote inside an
 * unquoted cell is text) and keeps the line each record starts on; blank lines are skipped. A cell
 * the app's CSV writer neutralised (`'=…`, `'-…`: see `csvCellText`) reads as the text it was.
 */
export function parseCsv(text: string): CsvRecord[] {
  // csv-parse reports where each record ends in UTF-8 bytes; lines are counted here as people
  // count them (CRLF, CR or LF is one line end, inside a quoted cell too).
  const bytes = Buffer.from(text, "utf8");
  let line = 1;
  let scanned = 0;
  const advanceTo = (end: number) => {
    for (; scanned < end; scanned++) {
      if (bytes[scanned] === 0x0a || (bytes[scanned] === 0x0d && bytes[scanned + 1] !== 0x0a)) line++;
    }
  };
  const starts: number[] = [];
  let cells: string[][];
  try {
    cells = parse(bytes, {
      record_delimiter: LINE_ENDS,
      relax_column_count: true,
      relax_quotes: true,
      on_record: (record, context) => {
        starts.push(line);
        advanceTo(context.bytes);
        return record;
      },
    });
  } catch (error) {
    if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED")
      throw new CsvSyntaxError(line, Number(error.column) + 1, 'a quoted cell is never closed (missing ")');
    throw error;
  }
  const records: CsvRecord[] = [];
  cells.forEach((record, i) => {
    if (!(record.length === 1 && record[0].trim() === ""))
      records.push({ line: starts[i], cells: record.map(restoreCsvCell) });
  });
  return records;
}
