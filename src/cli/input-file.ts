import { readFileSync } from "node:fs";
import { spreadsheetProblem } from "../features/imports/csv-file.js";
import { AppError } from "../lib/errors.js";

/**
 * The bytes of a file named on the command line. A missing or unreadable file is an AppError, so
 * `desk` prints one plain sentence (main.ts) instead of Node's ENOENT and a stack trace.
 */
export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT")
      throw new AppError("not_found", { ja: `ファイルが見つかりません: ${path}`, en: `File not found: ${path}` });
    if (code === "EISDIR")
      throw new AppError("invalid_input", {
        ja: `フォルダーではなくファイルを指定してください: ${path}`,
        en: `This is a folder, not a file: ${path}`,
      });
    if (code === "EACCES" || code === "EPERM")
      throw new AppError("forbidden", {
        ja: `ファイルを読む権限がありません: ${path}`,
        en: `No permission to read the file: ${path}`,
      });
    throw error;
  }
}

/** A CSV file named on the command line; an Excel workbook is refused with how to save it as CSV. */
export function readCsvInput(path: string): Buffer {
  const bytes = readInputFile(path);
  const problem = spreadsheetProblem(bytes);
  if (problem) throw new AppError("invalid_input", problem);
  return bytes;
}
