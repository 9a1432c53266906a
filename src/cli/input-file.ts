import { readFileSync } from "node:fs";
import { spreadsheetProblem } from "../features/imports/csv-file.js";
import { AppError } from "../lib/errors.js";
import { both } from "../lib/i18n.js";
import { cliTexts } from "./cli.texts.js";

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
      throw new AppError(
        "not_found",
        both(cliTexts, (t) => t.fileNotFound(path)),
      );
    if (code === "EISDIR")
      throw new AppError(
        "invalid_input",
        both(cliTexts, (t) => t.isFolder(path)),
      );
    if (code === "EACCES" || code === "EPERM")
      throw new AppError(
        "forbidden",
        both(cliTexts, (t) => t.noPermission(path)),
      );
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
