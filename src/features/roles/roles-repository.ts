import type { DbClient } from "../../db/client.js";

export async function findActorRecords(db: DbClient, userId: string) {
  const [member, expert, user] = await Promise.all([
    db.secretariatMember.findUnique({ where: { slackUserId: userId }, select: { active: true } }),
    db.expert.findUnique({ where: { slackUserId: userId }, select: { id: true, status: true } }),
    db.slackUser.findUnique({ where: { slackUserId: userId }, select: { locale: true, fetchedAt: true } }),
  ]);
  return { member, expert, user };
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
