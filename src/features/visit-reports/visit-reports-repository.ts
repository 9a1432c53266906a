import type { DbClient } from "../../db/client.js";
import type { VisitReport } from "../../generated/prisma/client.js";

export type { VisitReport };

export async function findReport(db: DbClient, reportId: number): Promise<VisitReport | null> {
  return db.visitReport.findUnique({ where: { id: reportId } });
}

export async function findReportBySubmissionKey(db: DbClient, key: string): Promise<VisitReport | null> {
  return db.visitReport.findUnique({ where: { submissionKey: key } });
}

export async function findLatestReport(db: DbClient, visitId: number): Promise<VisitReport | null> {
  return db.visitReport.findFirst({ where: { visitId }, orderBy: { version: "desc" } });
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
