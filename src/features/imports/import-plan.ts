import type { DbClient } from "../../db/client.js";
import { jstDateTime } from "../../lib/dates.js";
import type { Program } from "../program/program-service.js";
import type { ImportIssue, IneligibleAction } from "./imports.schemas.js";
import { findApplicationsByExternalIds } from "./imports-repository.js";

/** A checked row: its file line and, per column key, the header as written in the file. */
export type Located<R> = { line: number; row: R };
export type PlanInput<R> = {
  rows: Located<R>[];
  /** Header as written for a column key (for messages), and whether the file has that column. */
  header: (key: string) => string;
  has: (key: string) => boolean;
  program: Program;
  actor: string;
  /** When the import happens (audit entries, screening time of rows it marks invalid). */
  now: Date;
  /** Applications: what a row the form would refuse (not an SME, a duplicate) becomes. */
  ineligible: IneligibleAction;
};

/** What an import will do; `write` runs inside the caller's transaction and reports rows written. */
export type Plan = {
  created: number;
  updated: number;
  unchanged: number;
  issues: ImportIssue[];
  /** Rows stored as invalid applications (with `ineligible: "invalid"`), and why. */
  invalidated?: ImportIssue[];
  write: (tx: DbClient, tick: (rows: number) => void) => Promise<void>;
};

/** The instant recorded for something that happened on a Japan-time day (imports know only the day). */
export const dayInstant = (date: string) => jstDateTime(date, "09:00");

/** The fields of `next` (undefined = leave alone) whose value differs from `current`. */
export function changed<N extends Record<string, unknown>>(current: object, next: N): Partial<N> {
  const have = current as Record<string, unknown>;
  const diff: Partial<N> = {};
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined) continue;
    if (have[k] !== v) (diff as Record<string, unknown>)[k] = v;
  }
  return diff;
}

export const isEmpty = (o: object) => Object.keys(o).length === 0;

/** Records found by external_id, keyed by it. */
export function byExternalId<T extends { externalId: string | null }>(items: T[]): Map<string, T> {
  return new Map(items.map((i) => [i.externalId as string, i]));
}

/** Applications referred to by a file, by external_id. */
export async function applicationsOf(db: DbClient, externalIds: string[]) {
  return byExternalId(await findApplicationsByExternalIds(db, externalIds));
}

export function noApplication(line: number, column: string, externalId: string): ImportIssue {
  return { line, column, message: `no application has external_id ${externalId} (import applications first)` };
}
