import { type DbClient, rawSql } from "../../db/client.js";
import type { Reader } from "../../db/reader.js";
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

/** Form columns (toColumns): plain text and numbers, read and written by raw statements as they are. */
type FormColumns = ReturnType<typeof toColumns>;

/**
 * The form columns of the expert a Slack user is, with its id. Raw statements here and in
 * `setFormColumns`: a profile submission waits on them, and Prisma compiling each query cost
 * about a millisecond of CPU.
 */
export async function findFormColumnsBySlackUser(
  db: DbClient,
  slackUserId: string,
  columns: (keyof FormColumns)[],
): Promise<(FormColumns & { id: number }) | undefined> {
  const rows = await rawSql(db).all<FormColumns & { id: number }>(
    `SELECT "id", ${columns.map((c) => `"${c}"`).join(", ")} FROM "Expert" WHERE "slackUserId" = ?`,
    slackUserId,
  );
  return rows[0];
}

/** Sets the form columns; `updatedAt` is the moment of writing, as Prisma's @updatedAt sets it. */
export async function setFormColumns(db: DbClient, id: number, columns: FormColumns): Promise<void> {
  const names = Object.keys(columns) as (keyof FormColumns)[];
  await rawSql(db).run(
    `UPDATE "Expert" SET ${names.map((c) => `"${c}" = ?`).join(", ")}, "updatedAt" = ? WHERE "id" = ?`,
    ...names.map((c) => columns[c]),
    new Date(),
    id,
  );
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

/** How many experts are in each status, on the read connection (App Home asks on every visit). */
export async function countExpertsByStatus(read: Reader): Promise<Record<string, number>> {
  const rows = await read.all<{ status: string; count: number }>(
    'SELECT "status" AS "status", CAST(COUNT(*) AS INTEGER) AS "count" FROM "Expert" GROUP BY "status"',
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.count]));
}

export async function listPendingExperts(db: DbClient, take = 20) {
  return db.expert.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" }, take });
}

export async function countOpenCases(db: DbClient, expertId: number): Promise<number> {
  return db.case.count({ where: { expertId, status: "active" } });
}

/**
 * The status and name of an expert on the read connection: a second click on 承認 is answered
 * from it without opening a transaction.
 */
export async function readExpertStatus(
  read: Reader,
  id: number,
): Promise<{ status: string; nameKanji: string } | undefined> {
  return read.get<{ status: string; nameKanji: string }>(
    'SELECT "status", "nameKanji" FROM "Expert" WHERE "id" = ?',
    id,
  );
}

/** How many times this expert registered (a rejected expert may apply again: a new review round). */
export async function countRegistrations(db: DbClient, expertId: number): Promise<number> {
  return db.auditLog.count({
    where: { entityType: "expert", entityId: String(expertId), action: { in: ["expert.register", "expert.reapply"] } },
  });
}

/** An active expert's name and prefecture, as the name index keeps them. */
export type ExpertNameRow = {
  id: number;
  nameKanji: string;
  nameKana: string;
  prefecture: number | null;
  status: string;
};

const NAME_COLUMNS = `"id", "nameKanji", "nameKana", "prefecture", "status"`;

/** The name index's version and epoch (bumped by triggers on "Expert", migration …_search_indexes). */
export async function readExpertNameVersion(read: Reader): Promise<{ version: number; epoch: number } | undefined> {
  return read.get<{ version: number; epoch: number }>(
    'SELECT "version", "epoch" FROM "ExpertNameVersion" WHERE "id" = 1',
  );
}

export async function listActiveExpertNames(read: Reader): Promise<ExpertNameRow[]> {
  return read.all<ExpertNameRow>(`SELECT ${NAME_COLUMNS} FROM "Expert" WHERE "status" = 'active'`);
}

/** The experts whose name, prefecture or status changed after `version` (any status). */
export async function listExpertNamesChangedSince(read: Reader, version: number): Promise<ExpertNameRow[]> {
  return read.all<ExpertNameRow>(`SELECT ${NAME_COLUMNS} FROM "Expert" WHERE "nameVersion" > ?`, version);
}
