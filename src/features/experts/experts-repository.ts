import type { DbClient } from "../../db/client.js";
import type { Expert } from "../../generated/prisma/client.js";
import type { ExpertInput } from "./experts.schemas.js";

export type { Expert };

export async function findExpertById(db: DbClient, id: number): Promise<Expert | null> {
  return db.expert.findUnique({ where: { id } });
}

export async function findExpertBySlackUser(db: DbClient, slackUserId: string): Promise<Expert | null> {
  return db.expert.findUnique({ where: { slackUserId } });
}

export function toColumns(input: ExpertInput) {
  return {
    nameKanji: input.name_kanji,
    nameKana: input.name_kana,
    qualification: input.qualification,
    rissNumber: input.riss_number === "" ? null : input.riss_number,
    prefecture: input.prefecture,
    coveredPrefectures: JSON.stringify(input.covered_prefectures),
    industries: JSON.stringify(input.industries),
    capacity: input.capacity,
    email: input.email === "" ? null : input.email,
    phone: input.phone === "" ? null : input.phone,
    profile: input.profile,
  };
}

export async function createExpert(
  db: DbClient,
  data: ReturnType<typeof toColumns> & { slackUserId: string; registeredOn: string },
) {
  return db.expert.create({ data: { ...data, status: "pending" } });
}

export async function updateExpert(db: DbClient, id: number, data: Partial<Expert>) {
  const { id: _id, createdAt: _c, ...rest } = data;
  return db.expert.update({ where: { id }, data: rest });
}

/** Moves an expert from one status to another only if it is still in `from` (races lose cleanly). */
export async function transitionExpert(
  db: DbClient,
  id: number,
  from: string,
  data: Partial<Expert>,
): Promise<boolean> {
  const { id: _id, createdAt: _c, ...rest } = data;
  const { count } = await db.expert.updateMany({ where: { id, status: from }, data: rest });
  return count === 1;
}

export async function countExpertsByStatus(db: DbClient): Promise<Record<string, number>> {
  const rows = await db.expert.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

export async function listPendingExperts(db: DbClient, take = 20) {
  return db.expert.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" }, take });
}

export async function countOpenCases(db: DbClient, expertId: number): Promise<number> {
  return db.case.count({ where: { expertId, status: "active" } });
}
