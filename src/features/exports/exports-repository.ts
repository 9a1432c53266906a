import type { DbClient } from "../../db/client.js";

export function listExpertsForExport(db: DbClient) {
  return db.expert.findMany({ include: { bankAccount: true }, orderBy: { id: "asc" } });
}

export function listApplicationsForExport(db: DbClient) {
  return db.application.findMany({
    include: { company: true, case: { select: { id: true } } },
    orderBy: { id: "asc" },
  });
}

export function listCasesForExport(db: DbClient) {
  return db.case.findMany({
    include: {
      application: { select: { externalId: true, company: { select: { name: true, prefecture: true } } } },
      expert: { select: { externalId: true, nameKanji: true } },
    },
    orderBy: { id: "asc" },
  });
}

export function listVisitsForExport(db: DbClient) {
  return db.visit.findMany({
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

export function listHonorariaForExport(db: DbClient) {
  return db.honorariumLine.findMany({
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

export function listAuditForExport(db: DbClient) {
  return db.auditLog.findMany({ orderBy: { id: "asc" } });
}
