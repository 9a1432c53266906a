import type { DbClient } from "../../db/client.js";

/**
 * What the SME may see of their case after the visits: the visits held (round, day) and the
 * deliverables handed over or accepted (kind, title, link, day). Never review comments, report
 * contents or the expert's contact details.
 */
const CASE_RECORD = {
  id: true,
  applicationId: true,
  status: true,
  completedOn: true,
  terminatedOn: true,
  expert: { select: { nameKanji: true } },
  visits: {
    where: { status: "held" },
    select: { round: true, heldOn: true },
    orderBy: { round: "asc" },
  },
  deliverables: {
    where: { status: { not: "returned" } },
    select: { id: true, kind: true, title: true, url: true, fileId: true, status: true, submittedAt: true },
    orderBy: { id: "asc" },
  },
} as const;

export async function findCaseRecordById(db: DbClient, caseId: number) {
  return db.case.findUnique({ where: { id: caseId }, select: CASE_RECORD });
}

export async function findCaseRecordOfApplication(db: DbClient, applicationId: number) {
  return db.case.findUnique({ where: { applicationId }, select: CASE_RECORD });
}

export type SmeCaseRecord = NonNullable<Awaited<ReturnType<typeof findCaseRecordById>>>;
