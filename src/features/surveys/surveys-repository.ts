import type { DbClient } from "../../db/client.js";
import type { SurveyResponse } from "../../generated/prisma/client.js";
import type { Audience } from "./surveys.schemas.js";

export type { SurveyResponse };

export async function findForm(db: DbClient, audience: Audience) {
  return db.surveyForm.findUnique({ where: { audience } });
}

export async function saveForm(db: DbClient, audience: Audience, questions: string) {
  return db.surveyForm.upsert({ where: { audience }, create: { audience, questions }, update: { questions } });
}

const CASE_SUMMARY = {
  id: true,
  programId: true,
  status: true,
  completedOn: true,
  expert: { select: { id: true, slackUserId: true, nameKanji: true } },
  application: {
    select: {
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      contactSlackUserId: true,
      company: { select: { name: true } },
    },
  },
} as const;

export type CaseSummary = {
  id: number;
  /** The case's program (a past program's survey is read-only); absent in records built without it. */
  programId?: number;
  status: string;
  completedOn: string | null;
  expert: { id: number; slackUserId: string | null; nameKanji: string };
  application: {
    contactName: string;
    contactEmail: string;
    contactPhone: string;
    contactSlackUserId: string | null;
    company: { name: string };
  };
};

export async function findCaseSummary(db: DbClient, caseId: number): Promise<CaseSummary | null> {
  return db.case.findUnique({ where: { id: caseId }, select: CASE_SUMMARY });
}

export type ResponseWithCase = SurveyResponse & { case: CaseSummary };

export async function findResponseById(db: DbClient, id: number): Promise<ResponseWithCase | null> {
  return db.surveyResponse.findUnique({ where: { id }, include: { case: { select: CASE_SUMMARY } } });
}

export async function findResponse(db: DbClient, caseId: number, audience: Audience) {
  return db.surveyResponse.findUnique({ where: { caseId_audience: { caseId, audience } } });
}

export async function createResponse(
  db: DbClient,
  data: { caseId: number; audience: Audience; respondentSlackId: string | null; invitedAt: Date },
) {
  return db.surveyResponse.create({ data: { ...data, status: "invited" } });
}

export async function saveAnswers(
  db: DbClient,
  id: number,
  data: { answers: string; enteredBy: string; answeredAt: Date },
): Promise<boolean> {
  const { count } = await db.surveyResponse.updateMany({
    where: { id, closedAt: null },
    data: { ...data, status: "answered" },
  });
  return count === 1;
}

export async function recordReminder(db: DbClient, id: number, sentBefore: number, at: Date): Promise<boolean> {
  const { count } = await db.surveyResponse.updateMany({
    where: { id, remindersSent: sentBefore, status: "invited", closedAt: null },
    data: { remindersSent: sentBefore + 1, lastReminderAt: at },
  });
  return count === 1;
}

/** Open invitations that may still be reminded. */
export async function listRemindable(db: DbClient, maxReminders: number) {
  return db.surveyResponse.findMany({
    where: { status: "invited", closedAt: null, remindersSent: { lt: maxReminders } },
    include: { case: { select: CASE_SUMMARY } },
    orderBy: { id: "asc" },
  });
}

/** Completed cases that lack an invitation for either audience (the catch-up sweep). */
export async function listCompletedWithoutSurveys(db: DbClient, take = 500): Promise<number[]> {
  const rows = await db.case.findMany({
    where: {
      status: "completed",
      OR: [{ surveys: { none: { audience: "expert" } } }, { surveys: { none: { audience: "sme" } } }],
    },
    select: { id: true },
    orderBy: { id: "asc" },
    take,
  });
  return rows.map((r) => r.id);
}

/** What one person is still asked to answer (their own open surveys). */
export async function listOpenForRespondent(db: DbClient, slackUserId: string) {
  return db.surveyResponse.findMany({
    where: { respondentSlackId: slackUserId, closedAt: null },
    include: { case: { select: CASE_SUMMARY } },
    orderBy: { id: "asc" },
    take: 20,
  });
}

/** Open SME surveys the secretariat must enter (the SME contact is not on Slack). */
export async function countAwaitingEntry(db: DbClient): Promise<number> {
  return db.surveyResponse.count({
    where: { audience: "sme", respondentSlackId: null, status: "invited", closedAt: null },
  });
}

/** Open invitations of one audience nobody has answered yet. */
export async function countOpenInvitations(db: DbClient, audience: Audience): Promise<number> {
  return db.surveyResponse.count({ where: { audience, closedAt: null, status: "invited" } });
}

/** Every invitation of one audience (with `at`, those sent by then): the response rate's base. */
/** With `programId`, only the surveys of that program's cases. */
export async function countInvitations(
  db: DbClient,
  audience: Audience,
  at?: Date,
  programId?: number,
): Promise<number> {
  return db.surveyResponse.count({
    where: { audience, ...(at ? { invitedAt: { lte: at } } : {}), ...(programId ? { case: { programId } } : {}) },
  });
}

export async function listAnswers(
  db: DbClient,
  audience: Audience,
  answeredBy?: Date,
  programId?: number,
): Promise<string[]> {
  const rows = await db.surveyResponse.findMany({
    where: {
      audience,
      status: "answered",
      ...(answeredBy ? { answeredAt: { lte: answeredBy } } : {}),
      ...(programId ? { case: { programId } } : {}),
    },
    select: { answers: true },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.answers);
}

/** Closes the matching open responses: unanswered ones become "closed"; answers are kept. */
export async function closeResponses(
  db: DbClient,
  where: { audience?: Audience; caseId?: number },
  at: Date,
): Promise<{ answered: number; unanswered: number }> {
  const base = { closedAt: null, ...where };
  const answered = await db.surveyResponse.updateMany({
    where: { ...base, status: "answered" },
    data: { closedAt: at },
  });
  const unanswered = await db.surveyResponse.updateMany({
    where: { ...base, status: "invited" },
    data: { closedAt: at, status: "closed" },
  });
  return { answered: answered.count, unanswered: unanswered.count };
}

/** Records a request key; false when it was seen before (a repeated submission). */
export async function markProcessed(db: DbClient, key: string, at: Date): Promise<boolean> {
  const seen = await db.processedRequest.findUnique({ where: { key }, select: { key: true } });
  if (seen) return false;
  await db.processedRequest.create({ data: { key, createdAt: at } });
  return true;
}

/** The SME survey of an application's case (the SME's personal page finds it by application). */
export async function findSmeResponseOfApplication(
  db: DbClient,
  applicationId: number,
): Promise<ResponseWithCase | null> {
  return db.surveyResponse.findFirst({
    where: { audience: "sme", case: { applicationId } },
    include: { case: { select: CASE_SUMMARY } },
  });
}
