import type { DbClient } from "../../db/client.js";

/** An expert as the carry-over to a new program needs them. */
export type CarryOverExpert = {
  id: number;
  nameKanji: string;
  slackUserId: string | null;
  capacity: number;
  coveredPrefectures: string;
};

const EXPERT_SELECT = {
  id: true,
  nameKanji: true,
  slackUserId: true,
  capacity: true,
  coveredPrefectures: true,
} as const;

export async function listActiveExpertsForCarryOver(db: DbClient): Promise<CarryOverExpert[]> {
  return db.expert.findMany({ where: { status: "active" }, select: EXPERT_SELECT, orderBy: { id: "asc" } });
}

export async function findActiveExpertBySlackUser(db: DbClient, slackUserId: string): Promise<CarryOverExpert | null> {
  return db.expert.findFirst({ where: { slackUserId, status: "active" }, select: EXPERT_SELECT });
}

export async function findConfirmation(db: DbClient, expertId: number, programId: number) {
  return db.expertProgramConfirmation.findUnique({ where: { expertId_programId: { expertId, programId } } });
}

export async function insertConfirmation(
  db: DbClient,
  data: {
    expertId: number;
    programId: number;
    capacity: number;
    coveredPrefectures: string;
    how: string;
    confirmedAt: Date;
  },
) {
  return db.expertProgramConfirmation.create({ data });
}

/** Active experts with no confirmation for the program, in name order. */
export async function listUnconfirmedExperts(db: DbClient, programId: number, take: number) {
  const where = { status: "active", programConfirmations: { none: { programId } } };
  const [rows, total] = await Promise.all([
    db.expert.findMany({ where, select: EXPERT_SELECT, orderBy: [{ nameKana: "asc" }, { id: "asc" }], take }),
    db.expert.count({ where }),
  ]);
  return { rows, total };
}

/** Whether a program started before this one (the first program needs no confirmation). */
export async function hasEarlierProgram(db: DbClient, program: { id: number; startDate: string }): Promise<boolean> {
  const earlier = await db.program.count({
    where: { id: { not: program.id }, startDate: { lt: program.startDate } },
  });
  return earlier > 0;
}
