import type { DbClient } from "../../db/client.js";
import type { Prisma, Program } from "../../generated/prisma/client.js";

/** A case as the visits, cases and visit-reports features need it (company and expert included). */
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
  /** The case's program (past programs are read-only); records built without it are treated as current. */
  program?: { name: string; current: boolean };
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
  program: { select: { name: true, current: true } },
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

/**
 * The program a case belongs to (it may no longer be the current one). The program feature's
 * repository has no lookup by id yet; this one is the cases' own read of their program.
 */
export async function findProgramOfCase(db: DbClient, programId: number): Promise<Program | null> {
  return db.program.findUnique({ where: { id: programId } });
}
