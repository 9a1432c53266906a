import type { DbClient } from "../../db/client.js";
import type { Reader } from "../../db/reader.js";

const ACTOR_SQL = `
  SELECT (SELECT "active" FROM "SecretariatMember" WHERE "slackUserId" = ?) AS "memberActive",
         e."id" AS "expertId", e."status" AS "expertStatus",
         (SELECT "locale" FROM "SlackUser" WHERE "slackUserId" = ?) AS "locale",
         (SELECT "fetchedAt" FROM "SlackUser" WHERE "slackUserId" = ?) AS "fetchedAt"
  FROM (SELECT 1 AS "one") AS "asker" LEFT JOIN "Expert" e ON e."slackUserId" = ?`;

/** Who the user is to the desk, in one statement on the read connection (every request asks this). */
export async function findActorRecords(read: Reader, userId: string) {
  const row = await read.get<{
    /** SQLite answers 0/1, PostgreSQL a boolean. */
    memberActive: number | boolean | null;
    expertId: number | null;
    expertStatus: string | null;
    locale: string | null;
    /** SQLite answers Prisma's text form, PostgreSQL an instant. */
    fetchedAt: string | Date | null;
  }>(ACTOR_SQL, userId, userId, userId, userId);
  return {
    member: row?.memberActive == null ? null : { active: row.memberActive === 1 || row.memberActive === true },
    expert: row?.expertId == null ? null : { id: row.expertId, status: row.expertStatus ?? "" },
    user:
      row?.locale == null && row?.fetchedAt == null
        ? null
        : { locale: row?.locale ?? null, fetchedAt: row?.fetchedAt ? new Date(row.fetchedAt) : null },
  };
}

export async function findSecretariatMember(db: DbClient, userId: string) {
  return db.secretariatMember.findUnique({ where: { slackUserId: userId } });
}

export async function upsertSecretariatMember(db: DbClient, userId: string, addedBy: string) {
  return db.secretariatMember.upsert({
    where: { slackUserId: userId },
    create: { slackUserId: userId, addedBy },
    update: { active: true },
  });
}

export async function deactivateSecretariatMember(db: DbClient, userId: string) {
  return db.secretariatMember.update({ where: { slackUserId: userId }, data: { active: false } });
}

export async function listSecretariatMembers(db: DbClient) {
  return db.secretariatMember.findMany({ where: { active: true }, orderBy: { createdAt: "asc" } });
}

export async function saveSlackUser(
  db: DbClient,
  userId: string,
  data: { locale: string | null; realName: string | null },
  at: Date,
) {
  await db.slackUser.upsert({
    where: { slackUserId: userId },
    create: { slackUserId: userId, locale: data.locale, realName: data.realName, fetchedAt: at },
    update: { locale: data.locale, realName: data.realName, fetchedAt: at },
  });
}

/** The language to write to a user in (their Slack locale when known; Japanese otherwise). */
export async function findUserLocale(db: DbClient, userId: string): Promise<string | null> {
  const row = await db.slackUser.findUnique({ where: { slackUserId: userId }, select: { locale: true } });
  return row?.locale ?? null;
}
