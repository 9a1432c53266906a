import type { DbClient } from "../../db/client.js";
import { booleanOf, dateOf, type Reader } from "../../db/reader.js";
import type { Program } from "../../generated/prisma/client.js";
import type { ProgramSettings } from "./program.schemas.js";

export type { Program };

/** The current program as a transaction sees it (one that may change it reads it this way). */
export async function findCurrentProgram(db: DbClient): Promise<Program | null> {
  return db.program.findFirst({ where: { current: true }, orderBy: { id: "desc" } });
}

/**
 * The current program on the read connection: most commands, modals and pages start with it, and
 * Prisma compiling this query cost more than a millisecond of CPU each time.
 */
export async function readCurrentProgram(read: Reader): Promise<Program | null> {
  const row = await read.get<Record<string, unknown>>(
    'SELECT * FROM "Program" WHERE "current" ORDER BY "id" DESC LIMIT 1',
  );
  if (!row) return null;
  return {
    ...row,
    current: booleanOf(row.current),
    createdAt: dateOf(row.createdAt),
    updatedAt: dateOf(row.updatedAt),
  } as Program;
}

export async function createProgram(db: DbClient, data: ProgramSettings): Promise<Program> {
  return db.program.create({ data: { ...data, current: true } });
}

export async function updateProgram(db: DbClient, id: number, data: Partial<ProgramSettings>): Promise<Program> {
  return db.program.update({ where: { id }, data });
}

/** Every program, the newest period first. */
export async function listPrograms(db: DbClient): Promise<Program[]> {
  return db.program.findMany({ orderBy: [{ startDate: "desc" }, { id: "desc" }] });
}

export async function findProgramByName(db: DbClient, name: string): Promise<Program | null> {
  return db.program.findFirst({ where: { name }, orderBy: { id: "desc" } });
}

export async function findProgramById(db: DbClient, id: number): Promise<Program | null> {
  return db.program.findUnique({ where: { id } });
}

export async function insertProgram(
  db: DbClient,
  data: ProgramSettings & { rankingWeights?: string },
  current: boolean,
) {
  return db.program.create({ data: { ...data, current } });
}

/** Makes one program current and every other one past (call inside a transaction). */
export async function makeCurrent(db: DbClient, id: number): Promise<Program> {
  await db.program.updateMany({ where: { current: true, id: { not: id } }, data: { current: false } });
  return db.program.update({ where: { id }, data: { current: true } });
}

/**
 * How many visits of a program have a report submitted and waiting for review: a program that
 * stops being current is read-only, so those reports could no longer be accepted.
 */
export async function countReportsAwaitingReview(db: DbClient, programId: number): Promise<number> {
  return db.visit.count({ where: { case: { programId }, reports: { some: { status: "submitted" } } } });
}
