import type { DbClient } from "../../db/client.js";
import type { VisitState } from "../../domain/visit-rules.js";
import type { Visit, VisitReport } from "../../generated/prisma/client.js";
import { dateOfInstant } from "./visit-dates.js";

export type { Visit };

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

/** Which of the audit rows of one entity exist (keys for notifications of repeated events). */
export async function countAudit(db: DbClient, entityType: string, entityId: number, action: string) {
  return db.auditLog.count({ where: { entityType, entityId: String(entityId), action } });
}
