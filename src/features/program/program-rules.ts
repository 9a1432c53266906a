import type { DbClient } from "../../db/client.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { findProgramById } from "./program-repository.js";
import { programErrorsTexts } from "./views/program-errors.texts.js";

/** What the read-only rule needs of a program: its name and whether it is the current one. */
export type ProgramRef = { name: string; current: boolean };

/**
 * Past programs (every program that is not current) can be read but not changed: their
 * applications, cases, visits, reports, briefing sessions, surveys and settings stay as the year
 * closed them. The one exception, honoraria already earned, is paid through the honoraria feature,
 * which does not call this.
 */
export function requireWritableProgram(program: ProgramRef): void {
  if (program.current) return;
  throw new AppError(
    "rule_violation",
    both(programErrorsTexts, (t) => t.pastProgram(program.name)),
    { log: `rule past_program_read_only: ${program.name}` },
  );
}

/** requireWritableProgram for a record that only carries its program's id (a missing program is not refused here). */
export async function requireWritableProgramOf(db: DbClient, programId: number): Promise<void> {
  const program = await findProgramById(db, programId);
  if (program) requireWritableProgram(program);
}

/** Whether a program (by id) may still be changed: where a refusal is answered as "closed" (the web survey). */
export async function isWritableProgram(db: DbClient, programId: number): Promise<boolean> {
  return (await findProgramById(db, programId))?.current ?? true;
}
