import type { DbClient } from "../../db/client.js";
import type { VisitState } from "../../domain/visit-rules.js";
import type { Deliverable, Prisma, Visit, VisitReport } from "../../generated/prisma/client.js";
import { dateOfInstant } from "./visit-dates.js";

export type { Deliverable, Visit, VisitReport };

/** A case as the visits feature needs it (company and expert included). */
export type CaseRecord = {
  id: number;
  programId: number;
  applicationId: number;
  status: string;
  approvedOn: string;
  firstVisitTarget: string | null;
  completedOn: string | null;
  completionReason: string | null;
  terminatedOn: string | null;
  terminationReason: string | null;
  companyName: string;
  contactName: string;
  expert: { id: number; nameKanji: string; slackUserId: string | null; qualification: string };
};

const CASE_SELECT = {
  id: true,
  programId: true,
  applicationId: true,
  status: true,
  approvedOn: true,
  firstVisitTarget: true,
  completedOn: true,
  completionReason: true,
  terminatedOn: true,
  terminationReason: true,
  application: { select: { contactName: true, company: { select: { name: true } } } },
  expert: { select: { id: true, nameKanji: true, slackUserId: true, qualification: true } },
} as const;

type CaseRow = Prisma.CaseGetPayload<{ select: typeof CASE_SELECT }>;

function toCase(row: CaseRow): CaseRecord {
  const { application, ...rest } = row;
  return { ...rest, companyName: application.company.name, contactName: application.contactName };
}

export async function findCase(db: DbClient, caseId: number): Promise<CaseRecord | null> {
  const row = await db.case.findUnique({ where: { id: caseId }, select: CASE_SELECT });
  return row ? toCase(row) : null;
}

export async function listCasesOfExpert(db: DbClient, expertId: number, statuses: string[]): Promise<CaseRecord[]> {
  const rows = await db.case.findMany({
    where: { expertId, status: { in: statuses } },
    select: CASE_SELECT,
    orderBy: { id: "asc" },
    take: 100,
  });
  return rows.map(toCase);
}

/** Moves a case out of `active` only if it is still active (concurrent decisions lose cleanly). */
export async function closeCase(
  db: DbClient,
  caseId: number,
  data: {
    status: "completed" | "terminated";
    closedAt: Date;
    completedOn?: string;
    completionReason?: string | null;
    terminatedOn?: string;
    terminationReason?: string;
  },
): Promise<boolean> {
  const { count } = await db.case.updateMany({ where: { id: caseId, status: "active" }, data });
  return count === 1;
}

export type VisitWithReports = Visit & { reports: Pick<VisitReport, "id" | "version" | "status">[] };

export async function listVisitsOfCase(db: DbClient, caseId: number): Promise<VisitWithReports[]> {
  return db.visit.findMany({
    where: { caseId },
    include: { reports: { select: { id: true, version: true, status: true }, orderBy: { version: "asc" } } },
    orderBy: [{ round: "asc" }, { id: "asc" }],
  });
}

export async function listVisitsOfCases(db: DbClient, caseIds: number[]): Promise<VisitWithReports[]> {
  return db.visit.findMany({
    where: { caseId: { in: caseIds } },
    include: { reports: { select: { id: true, version: true, status: true }, orderBy: { version: "asc" } } },
    orderBy: [{ round: "asc" }, { id: "asc" }],
  });
}

/** The rules' view of visits: planned or held day and the latest report's status. */
export function toVisitStates(visits: VisitWithReports[]): VisitState[] {
  return visits.map((v) => {
    const latest = v.reports.at(-1) ?? null;
    return {
      id: v.id,
      round: v.round,
      status: v.status as VisitState["status"],
      date: v.heldOn ?? (v.scheduledAt ? dateOfInstant(v.scheduledAt) : null),
      heldOn: v.heldOn,
      reportDueOn: v.reportDueOn,
      reportStatus: (latest?.status ?? null) as VisitState["reportStatus"],
      reportId: latest?.id ?? null,
    };
  });
}

export async function findVisit(db: DbClient, visitId: number): Promise<Visit | null> {
  return db.visit.findUnique({ where: { id: visitId } });
}

export async function createVisit(
  db: DbClient,
  data: {
    caseId: number;
    round: number;
    expertId: number;
    status: "scheduled" | "held";
    scheduledAt: Date | null;
    mode: string;
    place: string;
    heldOn?: string | null;
    durationMinutes?: number | null;
    reportDueOn?: string | null;
  },
): Promise<Visit> {
  return db.visit.create({ data });
}

/** Changes a visit only while it is in `from` (a second click finds it changed). */
export async function transitionVisit(
  db: DbClient,
  visitId: number,
  from: string[],
  data: Partial<
    Pick<
      Visit,
      | "status"
      | "scheduledAt"
      | "mode"
      | "place"
      | "heldOn"
      | "durationMinutes"
      | "reportDueOn"
      | "changeReason"
      | "expertId"
    >
  >,
): Promise<boolean> {
  const { count } = await db.visit.updateMany({ where: { id: visitId, status: { in: from } }, data });
  return count === 1;
}

export async function findReport(db: DbClient, reportId: number): Promise<VisitReport | null> {
  return db.visitReport.findUnique({ where: { id: reportId } });
}

export async function findReportBySubmissionKey(db: DbClient, key: string): Promise<VisitReport | null> {
  return db.visitReport.findUnique({ where: { submissionKey: key } });
}

export async function findLatestReport(db: DbClient, visitId: number): Promise<VisitReport | null> {
  return db.visitReport.findFirst({ where: { visitId }, orderBy: { version: "desc" } });
}

export async function listReportsOfVisit(db: DbClient, visitId: number): Promise<VisitReport[]> {
  return db.visitReport.findMany({ where: { visitId }, orderBy: { version: "asc" } });
}

export async function createReport(
  db: DbClient,
  data: {
    visitId: number;
    version: number;
    status: "draft" | "submitted";
    content: string;
    submittedAt?: Date | null;
    submittedBy?: string | null;
    submissionKey?: string | null;
  },
): Promise<VisitReport> {
  return db.visitReport.create({ data });
}

export async function updateReport(
  db: DbClient,
  reportId: number,
  from: string,
  data: Partial<
    Pick<
      VisitReport,
      | "status"
      | "content"
      | "submittedAt"
      | "submittedBy"
      | "submissionKey"
      | "reviewedAt"
      | "reviewedBy"
      | "reviewComment"
    >
  >,
): Promise<boolean> {
  const { count } = await db.visitReport.updateMany({ where: { id: reportId, status: from }, data });
  return count === 1;
}

/** Reports waiting for the secretariat, oldest first, with their visit and case. */
export async function listReportsAwaitingReview(db: DbClient, take: number) {
  const [rows, total] = await Promise.all([
    db.visitReport.findMany({
      where: { status: "submitted" },
      orderBy: { submittedAt: "asc" },
      take,
      select: {
        id: true,
        version: true,
        submittedAt: true,
        visit: {
          select: {
            id: true,
            round: true,
            heldOn: true,
            case: {
              select: {
                id: true,
                application: { select: { company: { select: { name: true } } } },
                expert: { select: { nameKanji: true } },
              },
            },
          },
        },
      },
    }),
    db.visitReport.count({ where: { status: "submitted" } }),
  ]);
  return {
    total,
    items: rows.map((r) => ({
      reportId: r.id,
      version: r.version,
      submittedAt: r.submittedAt,
      visitId: r.visit.id,
      round: r.visit.round,
      heldOn: r.visit.heldOn,
      caseId: r.visit.case.id,
      companyName: r.visit.case.application.company.name,
      expertName: r.visit.case.expert.nameKanji,
    })),
  };
}

export async function createDeliverable(
  db: DbClient,
  data: {
    caseId: number;
    kind: string;
    title: string;
    url: string | null;
    fileId: string | null;
    submittedBy: string;
    submittedAt: Date;
  },
): Promise<Deliverable> {
  return db.deliverable.create({ data: { ...data, status: "submitted" } });
}

export async function findDeliverable(db: DbClient, id: number): Promise<Deliverable | null> {
  return db.deliverable.findUnique({ where: { id } });
}

export async function transitionDeliverable(
  db: DbClient,
  id: number,
  from: string,
  data: { status: string; reviewedBy: string; reviewedAt: Date },
): Promise<boolean> {
  const { count } = await db.deliverable.updateMany({ where: { id, status: from }, data });
  return count === 1;
}

export async function listDeliverablesOfCase(db: DbClient, caseId: number): Promise<Deliverable[]> {
  return db.deliverable.findMany({ where: { caseId }, orderBy: { id: "asc" } });
}

/** Which of the audit rows of one entity exist (keys for notifications of repeated events). */
export async function countAudit(db: DbClient, entityType: string, entityId: number, action: string) {
  return db.auditLog.count({ where: { entityType, entityId: String(entityId), action } });
}
