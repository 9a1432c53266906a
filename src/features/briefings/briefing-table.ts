import type { DbClient } from "../../db/client.js";
import { type BriefingRow, computeBriefingTable } from "../../domain/briefing-table.js";
import { findCurrentProgram } from "../program/program-repository.js";
import { listSessions } from "./briefings-repository.js";

/**
 * Table 1 of the final report for a program (default: the current one) (or every session when there is none):
 * date, city, capacity, applications, accepted, refused, attended, cancelled, video views, and a
 * total row. `desk report briefings` prints it. With `until`, the sessions held by that day
 * (registrations and attendance record no moment of their own).
 */
export async function briefingTable(db: DbClient, until?: string, programId?: number): Promise<BriefingRow[]> {
  const program = programId ? { id: programId } : await findCurrentProgram(db);
  const sessions = await listSessions(
    db,
    { ...(program ? { programId: program.id } : {}), ...(until ? { untilDate: until } : {}) },
    10_000,
  );
  return computeBriefingTable(sessions);
}
