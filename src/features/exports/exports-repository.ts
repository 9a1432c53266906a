import type { DbClient } from "../../db/client.js";

/** Experts are not per program (they carry over from year to year). */
export function listExpertsForExport(db: DbClient) {
  return db.expert.findMany({ include: { bankAccount: true }, orderBy: { id: "asc" } });
}

export function listApplicationsForExport(db: DbClient, programId?: number) {
  return db.application.findMany({
    where: programId ? { programId } : {},
    include: { company: true, case: { select: { id: true } } },
    orderBy: { id: "asc" },
  });
}

export function listCasesForExport(db: DbClient, programId?: number) {
  return db.case.findMany({
    where: programId ? { programId } : {},
    include: {
      application: { select: { externalId: true, company: { select: { name: true, prefecture: true } } } },
      expert: { select: { externalId: true, nameKanji: true } },
    },
    orderBy: { id: "asc" },
  });
}

export function listVisitsForExport(db: DbClient, programId?: number) {
  return db.visit.findMany({
    where: programId ? { case: { programId } } : {},
    include: {
      case: {
        select: {
          application: { select: { externalId: true } },
          expert: { select: { externalId: true, nameKanji: true } },
        },
      },
      reports: { select: { version: true, status: true }, orderBy: { version: "desc" }, take: 1 },
    },
    orderBy: [{ caseId: "asc" }, { round: "asc" }, { id: "asc" }],
  });
}

export function listHonorariaForExport(db: DbClient, programId?: number) {
  return db.honorariumLine.findMany({
    where: programId ? { visit: { case: { programId } } } : {},
    include: {
      expert: { select: { externalId: true, nameKanji: true, qualification: true } },
      visit: {
        select: { round: true, heldOn: true, case: { select: { application: { select: { externalId: true } } } } },
      },
      batch: { select: { paidOn: true } },
    },
    orderBy: { id: "asc" },
  });
}

/** The audit log is the whole desk's, all years. */
export function listAuditForExport(db: DbClient) {
  return db.auditLog.findMany({ orderBy: { id: "asc" } });
}
