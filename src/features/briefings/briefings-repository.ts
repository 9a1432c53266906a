import type { DbClient } from "../../db/client.js";
import type { BriefingRegistration, BriefingSession } from "../../generated/prisma/client.js";

export type { BriefingRegistration, BriefingSession };

const REGISTRANT = { select: { id: true, nameKanji: true, slackUserId: true } } as const;

export type RegistrationWithExpert = BriefingRegistration & {
  expert: { id: number; nameKanji: string; slackUserId: string | null };
};
export type SessionDetail = BriefingSession & { registrations: RegistrationWithExpert[] };

export async function createSession(
  db: DbClient,
  data: Pick<
    BriefingSession,
    "programId" | "heldOn" | "startTime" | "city" | "venue" | "capacity" | "videoUrl" | "createdBy"
  >,
) {
  return db.briefingSession.create({ data: { ...data, status: "open" } });
}

export async function findSession(db: DbClient, id: number): Promise<SessionDetail | null> {
  return db.briefingSession.findUnique({
    where: { id },
    include: { registrations: { include: { expert: REGISTRANT }, orderBy: { id: "asc" } } },
  });
}

/** Sessions in date order with their registrations (secretariat list, Table 1). */
export async function listSessions(
  db: DbClient,
  where: { fromDate?: string; untilDate?: string; statuses?: string[]; programId?: number } = {},
  take = 100,
): Promise<SessionDetail[]> {
  return db.briefingSession.findMany({
    where: {
      ...(where.fromDate || where.untilDate
        ? {
            heldOn: {
              ...(where.fromDate ? { gte: where.fromDate } : {}),
              ...(where.untilDate ? { lte: where.untilDate } : {}),
            },
          }
        : {}),
      ...(where.statuses ? { status: { in: where.statuses } } : {}),
      ...(where.programId ? { programId: where.programId } : {}),
    },
    include: { registrations: { include: { expert: REGISTRANT }, orderBy: { id: "asc" } } },
    orderBy: [{ heldOn: "asc" }, { startTime: "asc" }, { id: "asc" }],
    take,
  });
}

export async function updateSession(db: DbClient, id: number, data: Partial<BriefingSession>) {
  const { id: _id, createdAt: _c, ...rest } = data;
  return db.briefingSession.update({ where: { id }, data: rest });
}

/** Moves a session between statuses only if it is still in one of `from` (races lose cleanly). */
export async function transitionSession(
  db: DbClient,
  id: number,
  from: string[],
  data: Partial<BriefingSession>,
): Promise<boolean> {
  const { id: _id, createdAt: _c, ...rest } = data;
  const { count } = await db.briefingSession.updateMany({ where: { id, status: { in: from } }, data: rest });
  return count === 1;
}

export async function findRegistration(db: DbClient, sessionId: number, expertId: number) {
  return db.briefingRegistration.findUnique({ where: { sessionId_expertId: { sessionId, expertId } } });
}

export async function countAccepted(db: DbClient, sessionId: number): Promise<number> {
  return db.briefingRegistration.count({ where: { sessionId, status: "accepted" } });
}

export async function lastWaitlistPos(db: DbClient, sessionId: number): Promise<number> {
  const row = await db.briefingRegistration.aggregate({ where: { sessionId }, _max: { waitlistPos: true } });
  return row._max.waitlistPos ?? 0;
}

export async function saveRegistration(
  db: DbClient,
  sessionId: number,
  expertId: number,
  data: { status: string; waitlistPos: number | null },
) {
  return db.briefingRegistration.upsert({
    where: { sessionId_expertId: { sessionId, expertId } },
    create: { sessionId, expertId, ...data },
    update: { ...data, attended: false },
  });
}

export async function setRegistrationStatus(db: DbClient, id: number, status: string, waitlistPos: number | null) {
  return db.briefingRegistration.update({ where: { id }, data: { status, waitlistPos } });
}

/** The next in line: the waitlisted registration with the lowest position. */
export async function firstWaitlisted(db: DbClient, sessionId: number) {
  return db.briefingRegistration.findFirst({
    where: { sessionId, status: "waitlisted" },
    include: { expert: REGISTRANT },
    orderBy: [{ waitlistPos: "asc" }, { id: "asc" }],
  });
}

/** People ahead of a waitlisted registration (its place in line is this + 1). */
export async function countAhead(db: DbClient, sessionId: number, waitlistPos: number) {
  return db.briefingRegistration.count({
    where: { sessionId, status: "waitlisted", waitlistPos: { lt: waitlistPos } },
  });
}

export async function setAttendance(db: DbClient, sessionId: number, attendedIds: number[]) {
  await db.briefingRegistration.updateMany({ where: { sessionId }, data: { attended: false } });
  if (attendedIds.length > 0)
    await db.briefingRegistration.updateMany({
      where: { sessionId, status: "accepted", expertId: { in: attendedIds } },
      data: { attended: true },
    });
}

/** Once held, those still waiting were never given a seat. */
export async function refuseWaitlisted(db: DbClient, sessionId: number) {
  await db.briefingRegistration.updateMany({
    where: { sessionId, status: "waitlisted" },
    data: { status: "refused", waitlistPos: null },
  });
}

export async function listOwnRegistrations(db: DbClient, expertId: number) {
  return db.briefingRegistration.findMany({
    where: { expertId },
    select: { sessionId: true, status: true, waitlistPos: true },
  });
}
