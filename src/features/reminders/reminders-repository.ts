import type { DbClient } from "../../db/client.js";
import type { ReminderCase } from "../../domain/reminder-rules.js";
import { dateOfInstant } from "../visits/visit-dates.js";

/** An active case with everything the reminders and the at-risk rule read. */
export type OpenCase = ReminderCase & {
  expertId: number;
  expertName: string;
  expertSlackUserId: string | null;
};

/** Active cases of the program with their visits and each visit's newest report. */
export async function findActiveCases(db: DbClient, programId: number): Promise<OpenCase[]> {
  const rows = await db.case.findMany({
    where: { programId, status: "active" },
    orderBy: { id: "asc" },
    select: {
      id: true,
      approvedOn: true,
      expert: { select: { id: true, nameKanji: true, slackUserId: true } },
      application: { select: { company: { select: { name: true } } } },
      visits: {
        select: {
          id: true,
          round: true,
          status: true,
          scheduledAt: true,
          mode: true,
          place: true,
          heldOn: true,
          reportDueOn: true,
          reports: {
            orderBy: { version: "desc" },
            take: 1,
            select: { id: true, status: true, reviewComment: true },
          },
        },
      },
    },
  });
  return rows.map((r) =>
    toOpenCase(
      r,
      r.visits.map((v) => ({ visit: v, latestReport: v.reports[0] ?? null })),
    ),
  );
}

type CaseRow = {
  id: number;
  approvedOn: string;
  expert: { id: number; nameKanji: string; slackUserId: string | null };
  application: { company: { name: string } };
};
type VisitRow = Omit<OpenCase["visits"][number], "scheduledOn" | "latestReport">;

/**
 * The shape the reminders and the at-risk rule read, from a case row and its visits each with the
 * report that counts (the newest now, or the newest as of a moment for the digest).
 */
export function toOpenCase(
  r: CaseRow,
  visits: { visit: VisitRow; latestReport: OpenCase["visits"][number]["latestReport"] }[],
): OpenCase {
  return {
    caseId: r.id,
    companyName: r.application.company.name,
    approvedOn: r.approvedOn,
    expertId: r.expert.id,
    expertName: r.expert.nameKanji,
    expertSlackUserId: r.expert.slackUserId,
    visits: visits.map(({ visit: v, latestReport }) => ({
      id: v.id,
      round: v.round,
      status: v.status,
      scheduledAt: v.scheduledAt,
      scheduledOn: v.scheduledAt ? dateOfInstant(v.scheduledAt) : null,
      mode: v.mode,
      place: v.place,
      heldOn: v.heldOn,
      reportDueOn: v.reportDueOn,
      latestReport,
    })),
  };
}

export type UserPrefs = {
  slackUserId: string;
  locale: string | null;
  snoozeFrom: string | null;
  snoozeUntil: string | null;
  weeklySummaryOptIn: boolean;
};

export async function findUserPrefs(db: DbClient, userIds: string[]): Promise<Map<string, UserPrefs>> {
  const rows = await db.slackUser.findMany({
    where: { slackUserId: { in: userIds } },
    select: { slackUserId: true, locale: true, snoozeFrom: true, snoozeUntil: true, weeklySummaryOptIn: true },
  });
  return new Map(rows.map((r) => [r.slackUserId, r]));
}

export async function findUserPref(db: DbClient, userId: string): Promise<UserPrefs | null> {
  return (await findUserPrefs(db, [userId])).get(userId) ?? null;
}

export async function saveSnooze(db: DbClient, userId: string, from: string | null, until: string | null) {
  await db.slackUser.upsert({
    where: { slackUserId: userId },
    create: { slackUserId: userId, snoozeFrom: from, snoozeUntil: until },
    update: { snoozeFrom: from, snoozeUntil: until },
  });
}

export async function saveWeeklySummaryOptIn(db: DbClient, userId: string, on: boolean) {
  await db.slackUser.upsert({
    where: { slackUserId: userId },
    create: { slackUserId: userId, weeklySummaryOptIn: on },
    update: { weeklySummaryOptIn: on },
  });
}

/** What waits for the secretariat: the queues of the program, oldest first. */
export type SecretariatQueues = {
  toScreen: { applicationId: number; companyName: string; receivedOn: string }[];
  staleProposals: { applicationId: number; companyName: string; sentAt: Date }[];
  toApprove: { applicationId: number; companyName: string; chosenAt: Date | null }[];
  toReview: { reportId: number; caseId: number; round: number; companyName: string; submittedAt: Date | null }[];
  payable: { count: number; totalYen: number; experts: number };
  openTickets: number;
};

const LIST_LIMIT = 5;

export async function findSecretariatQueues(
  db: DbClient,
  programId: number,
  proposalsSentBefore: Date,
): Promise<{ queues: SecretariatQueues; counts: Record<keyof Omit<SecretariatQueues, "payable">, number> }> {
  const company = { select: { name: true } } as const;
  const [screen, screenCount, proposals, proposalCount, approve, approveCount, reports, reportCount, payable, tickets] =
    await Promise.all([
      db.application.findMany({
        where: { programId, status: "received" },
        orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
        take: LIST_LIMIT,
        select: { id: true, receivedOn: true, company },
      }),
      db.application.count({ where: { programId, status: "received" } }),
      db.proposal.findMany({
        where: { status: "open", sentAt: { lte: proposalsSentBefore }, application: { programId } },
        orderBy: { sentAt: "asc" },
        take: LIST_LIMIT,
        select: { applicationId: true, sentAt: true, application: { select: { company } } },
      }),
      db.proposal.count({
        where: { status: "open", sentAt: { lte: proposalsSentBefore }, application: { programId } },
      }),
      db.application.findMany({
        where: { programId, status: "chosen" },
        orderBy: [{ chosenAt: "asc" }, { id: "asc" }],
        take: LIST_LIMIT,
        select: { id: true, chosenAt: true, company },
      }),
      db.application.count({ where: { programId, status: "chosen" } }),
      db.visitReport.findMany({
        where: { status: "submitted", visit: { case: { programId } } },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        take: LIST_LIMIT,
        select: {
          id: true,
          submittedAt: true,
          visit: { select: { round: true, caseId: true, case: { select: { application: { select: { company } } } } } },
        },
      }),
      db.visitReport.count({ where: { status: "submitted", visit: { case: { programId } } } }),
      db.honorariumLine.findMany({
        where: { status: "payable", visit: { case: { programId } } },
        select: { amountYen: true, expertId: true },
      }),
      db.ticket.count({ where: { status: "open" } }),
    ]);
  const queues: SecretariatQueues = {
    toScreen: screen.map((a) => ({ applicationId: a.id, companyName: a.company.name, receivedOn: a.receivedOn })),
    staleProposals: proposals.map((p) => ({
      applicationId: p.applicationId,
      companyName: p.application.company.name,
      sentAt: p.sentAt,
    })),
    toApprove: approve.map((a) => ({ applicationId: a.id, companyName: a.company.name, chosenAt: a.chosenAt })),
    toReview: reports.map((r) => ({
      reportId: r.id,
      caseId: r.visit.caseId,
      round: r.visit.round,
      companyName: r.visit.case.application.company.name,
      submittedAt: r.submittedAt,
    })),
    payable: {
      count: payable.length,
      totalYen: payable.reduce((s, l) => s + l.amountYen, 0),
      experts: new Set(payable.map((l) => l.expertId)).size,
    },
    openTickets: tickets,
  };
  return {
    queues,
    counts: {
      toScreen: screenCount,
      staleProposals: proposalCount,
      toApprove: approveCount,
      toReview: reportCount,
      openTickets: tickets,
    },
  };
}
