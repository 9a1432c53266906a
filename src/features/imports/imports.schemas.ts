import { z } from "zod";

export const ImportKindSchema = z.enum(["experts", "applications", "cases", "visits"]);
export type ImportKind = z.infer<typeof ImportKindSchema>;
export const IMPORT_KINDS = ImportKindSchema.options;

/**
 * What an application import does with a row the form would refuse (not an SME, a duplicate):
 * `refuse` reports it and imports nothing; `invalid` imports it as screened invalid with the reason.
 */
export const IneligibleActionSchema = z.enum(["refuse", "invalid"]);
export type IneligibleAction = z.infer<typeof IneligibleActionSchema>;

/** One problem in a file: where it is, and what is wrong, for "line N, column X: message". */
export type ImportIssue = { line: number; column: string; message: string };

export function formatIssue(issue: ImportIssue): string {
  return `line ${issue.line}, column ${issue.column}: ${issue.message}`;
}

/** What an import did (or, with dryRun, would do). Nothing is written when `issues` is not empty. */
export type ImportResult = {
  kind: ImportKind;
  encoding: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
  /** Header cells that match no column (ignored). */
  ignoredColumns: string[];
  issues: ImportIssue[];
  /** Applications imported as invalid because the form would refuse them (`--ineligible invalid`). */
  invalidated: ImportIssue[];
};

/** Progress of a long import: phase, rows done, rows in all. */
export type ImportProgress = (phase: "check" | "write", done: number, total: number) => void;
