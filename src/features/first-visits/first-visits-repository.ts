import type { DbClient } from "../../db/client.js";
import type { FirstVisitProposal, Prisma } from "../../generated/prisma/client.js";

export type { FirstVisitProposal };

export async function createProposal(
  db: DbClient,
  data: Pick<
    Prisma.FirstVisitProposalUncheckedCreateInput,
    "caseId" | "proposedBy" | "proposedAs" | "options" | "mode" | "place" | "noteToSme" | "submissionKey" | "createdAt"
  >,
): Promise<FirstVisitProposal> {
  return db.firstVisitProposal.create({ data });
}

export async function findProposal(db: DbClient, id: number): Promise<FirstVisitProposal | null> {
  return db.firstVisitProposal.findUnique({ where: { id } });
}

export async function findProposalByKey(db: DbClient, submissionKey: string): Promise<FirstVisitProposal | null> {
  return db.firstVisitProposal.findUnique({ where: { submissionKey } });
}

export async function findOpenProposals(db: DbClient, caseId: number): Promise<FirstVisitProposal[]> {
  return db.firstVisitProposal.findMany({ where: { caseId, status: "open" }, orderBy: { id: "asc" } });
}

export async function findLatestProposal(db: DbClient, caseId: number): Promise<FirstVisitProposal | null> {
  return db.firstVisitProposal.findFirst({ where: { caseId }, orderBy: { id: "desc" } });
}

/** Visit 1 of a case while it is planned or held (a cancelled one does not count). */
export async function findActiveFirstVisit(db: DbClient, caseId: number) {
  return db.visit.findFirst({ where: { caseId, round: 1, status: { not: "cancelled" } }, orderBy: { id: "desc" } });
}

/** Changes a proposal only while its status is one of `from` (the second of two clicks finds it changed). */
export async function transitionProposal(
  db: DbClient,
  id: number,
  from: string[],
  data: Prisma.FirstVisitProposalUncheckedUpdateManyInput,
): Promise<boolean> {
  const { count } = await db.firstVisitProposal.updateMany({ where: { id, status: { in: from } }, data });
  return count === 1;
}

/** Active cases of a program whose first visit is neither planned nor held. */
function unfixedWhere(programId: number): Prisma.CaseWhereInput {
  return {
    programId,
    status: "active",
    visits: { none: { round: 1, status: { in: ["scheduled", "held"] } } },
  };
}

export async function countUnfixedCases(db: DbClient, programId: number): Promise<number> {
  return db.case.count({ where: unfixedWhere(programId) });
}

/** The oldest-approved unfixed cases first, each with its latest proposal. */
export async function listUnfixedCases(db: DbClient, programId: number, limit: number) {
  return db.case.findMany({
    where: unfixedWhere(programId),
    orderBy: [{ approvedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      approvedOn: true,
      application: { select: { company: { select: { name: true } } } },
      expert: { select: { nameKanji: true } },
      firstVisitProposals: { orderBy: { id: "desc" }, take: 1 },
    },
  });
}

/** The case opened for an application (one per application), if any. */
export async function findCaseOfApplication(
  db: DbClient,
  applicationId: number,
): Promise<{ id: number; status: string } | null> {
  return db.case.findUnique({ where: { applicationId }, select: { id: true, status: true } });
}
