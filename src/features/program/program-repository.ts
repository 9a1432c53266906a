import type { DbClient } from "../../db/client.js";
import type { Program } from "../../generated/prisma/client.js";
import type { ProgramSettings } from "./program.schemas.js";

export type { Program };

export async function findCurrentProgram(db: DbClient): Promise<Program | null> {
  return db.program.findFirst({ where: { current: true }, orderBy: { id: "desc" } });
}

export async function createProgram(db: DbClient, data: ProgramSettings): Promise<Program> {
  return db.program.create({ data: { ...data, current: true } });
}

export async function updateProgram(db: DbClient, id: number, data: Partial<ProgramSettings>): Promise<Program> {
  return db.program.update({ where: { id }, data });
}
