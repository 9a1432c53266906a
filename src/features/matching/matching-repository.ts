import type { DbClient } from "../../db/client.js";
import type { RankableExpert } from "../../domain/ranking.js";
import type { Application, Case, Company, Expert, Proposal } from "../../generated/prisma/client.js";

export type { Application, Case, Company, Expert, Proposal };

/** An application with its company and, once matched, its case. */
export type MatchingApplication = Application & {
  company: Company;
  case: Pick<Case, "id" | "expertId" | "status"> | null;
  /** The application's program (past programs are read-only); records built without it count as current. */
  program?: { name: string; current: boolean };
};

const APPLICATION_INCLUDE = {
  company: true,
  case: { select: { id: true, expertId: true, status: true } },
  program: { select: { name: true, current: true } },
} as const;

export async function findMatchingApplication(db: DbClient, id: number): Promise<MatchingApplication | null> {
  return db.application.findUnique({ where: { id }, include: APPLICATION_INCLUDE });
}

/** Moves an application between statuses only if it is still in `from` (and, if given, still chose `chosenExpertId`). */
export async function transitionApplication(
  db: DbClient,
  id: number,
  from: string,
  data: Partial<Pick<Application, "status" | "chosenExpertId" | "chosenVia" | "chosenNote" | "chosenAt">>,
  chosenExpertId?: number,
): Promise<boolean> {
  const where = { id, status: from, ...(chosenExpertId !== undefined ? { chosenExpertId } : {}) };
  const { count } = await db.application.updateMany({ where, data });
  return count === 1;
}

/** Open (active) cases per expert; experts without any are absent. */
export async function openCaseCounts(db: DbClient, expertIds?: number[]): Promise<Map<number, number>> {
  const rows = await db.case.groupBy({
    by: ["expertId"],
    where: { status: "active", ...(expertIds ? { expertId: { in: expertIds } } : {}) },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.expertId, r._count._all]));
}

const RANKABLE = {
  id: true,
  prefecture: true,
  coveredPrefectures: true,
  industries: true,
  qualification: true,
  capacity: true,
} as const;

type RankableRow = Pick<
  Expert,
  "id" | "prefecture" | "coveredPrefectures" | "industries" | "qualification" | "capacity"
>;

function toRankable(row: RankableRow, open: Map<number, number>): RankableExpert {
  return {
    id: row.id,
    prefecture: row.prefecture,
    coveredPrefectures: parseList<number>(row.coveredPrefectures),
    industries: parseList<string>(row.industries),
    qualification: row.qualification,
    capacity: row.capacity,
    openCases: open.get(row.id) ?? 0,
  };
}

/**
 * Every active expert with what ranking needs (one query for experts, one for loads); with
 * `confirmedFor`, only those who confirmed carrying over into that program.
 */
export async function listRankableExperts(db: DbClient, confirmedFor: number | null = null): Promise<RankableExpert[]> {
  const where = {
    status: "active",
    ...(confirmedFor ? { programConfirmations: { some: { programId: confirmedFor } } } : {}),
  };
  const [rows, open] = await Promise.all([
    db.expert.findMany({ where, select: RANKABLE, orderBy: { id: "asc" } }),
    openCaseCounts(db),
  ]);
  return rows.map((r) => toRankable(r, open));
}

/** Active experts among `ids`, with what ranking needs. */
export async function findRankableExperts(db: DbClient, ids: number[]): Promise<RankableExpert[]> {
  if (ids.length === 0) return [];
  const [rows, open] = await Promise.all([
    db.expert.findMany({ where: { status: "active", id: { in: ids } }, select: RANKABLE }),
    openCaseCounts(db, ids),
  ]);
  return rows.map((r) => toRankable(r, open));
}

export async function findExpertsByIds(db: DbClient, ids: number[]): Promise<Expert[]> {
  if (ids.length === 0) return [];
  return db.expert.findMany({ where: { id: { in: ids } } });
}

export async function findExpert(db: DbClient, id: number): Promise<Expert | null> {
  return db.expert.findUnique({ where: { id } });
}

export async function countOpenCasesOf(db: DbClient, expertId: number): Promise<number> {
  return db.case.count({ where: { expertId, status: "active" } });
}

export type NewCandidate = { expertId: number; rank: number; score: number; reasons: string };

export async function createProposal(
  db: DbClient,
  data: Pick<Proposal, "applicationId" | "createdBy" | "sentAt" | "submissionKey"> &
    Partial<Pick<Proposal, "status" | "decidedAt" | "decidedBy" | "chosenExpertId">>,
  candidates: NewCandidate[],
): Promise<Proposal> {
  return db.proposal.create({ data: { ...data, candidates: { create: candidates } } });
}

export type ProposalWithCandidates = Proposal & {
  candidates: { expertId: number; rank: number; score: number; reasons: string; expert: Expert }[];
};

const PROPOSAL_INCLUDE = { candidates: { include: { expert: true }, orderBy: { rank: "asc" } } } as const;

export async function findProposal(db: DbClient, id: number): Promise<ProposalWithCandidates | null> {
  return db.proposal.findUnique({ where: { id }, include: PROPOSAL_INCLUDE });
}

export async function findProposalBySubmissionKey(db: DbClient, key: string): Promise<Proposal | null> {
  return db.proposal.findUnique({ where: { submissionKey: key } });
}

/** The application's latest proposal in a status (the one its current messages belong to). */
export async function findLatestProposal(
  db: DbClient,
  applicationId: number,
  status: string,
): Promise<ProposalWithCandidates | null> {
  return db.proposal.findFirst({
    where: { applicationId, status },
    orderBy: { id: "desc" },
    include: PROPOSAL_INCLUDE,
  });
}

/** Moves a proposal from one status to another only if it is still in `from`. */
export async function transitionProposal(
  db: DbClient,
  id: number,
  from: string,
  data: Partial<Pick<Proposal, "status" | "decidedAt" | "decidedBy" | "chosenExpertId">>,
): Promise<boolean> {
  const { count } = await db.proposal.updateMany({ where: { id, status: from }, data });
  return count === 1;
}

/** Experts the secretariat refused for this application (they are not suggested again). */
export async function refusedExpertIds(db: DbClient, applicationId: number): Promise<number[]> {
  const rows = await db.proposal.findMany({
    where: { applicationId, status: "cancelled", chosenExpertId: { not: null } },
    select: { chosenExpertId: true },
  });
  return [...new Set(rows.map((r) => r.chosenExpertId as number))];
}

export type CaseDetail = Case & {
  application: Application & { company: Company };
  expert: Expert;
  program?: { name: string; current: boolean };
};

export async function findCase(db: DbClient, id: number): Promise<CaseDetail | null> {
  return db.case.findUnique({
    where: { id },
    include: {
      application: { include: { company: true } },
      expert: true,
      program: { select: { name: true, current: true } },
    },
  });
}

export async function createCaseWithAssignment(
  db: DbClient,
  data: Pick<
    Case,
    | "programId"
    | "applicationId"
    | "expertId"
    | "approvedBy"
    | "approvedAt"
    | "approvedOn"
    | "firstVisitTarget"
    | "capacityOverride"
  >,
): Promise<Case> {
  return db.case.create({
    data: {
      ...data,
      status: "active",
      assignments: { create: { expertId: data.expertId, fromAt: data.approvedAt, by: data.approvedBy } },
    },
  });
}

/**
 * Another active case of the same company (same 法人番号; every application has its own company
 * row) held by this expert, if any.
 */
export async function findActiveCaseOfCompany(
  db: DbClient,
  company: Pick<Company, "id" | "corporateNumber">,
  expertId: number,
  exceptApplicationId: number,
): Promise<Pick<Case, "id" | "applicationId"> | null> {
  const same = company.corporateNumber ? { corporateNumber: company.corporateNumber } : { id: company.id };
  return db.case.findFirst({
    where: { expertId, status: "active", applicationId: { not: exceptApplicationId }, application: { company: same } },
    select: { id: true, applicationId: true },
  });
}

/** Hands an active case from one expert to another: closes the open assignment, opens a new one. */
export async function moveCase(
  db: DbClient,
  caseId: number,
  fromExpertId: number,
  toExpertId: number,
  change: { at: Date; by: string; reason: string },
): Promise<boolean> {
  const { count } = await db.case.updateMany({
    where: { id: caseId, expertId: fromExpertId, status: "active" },
    data: { expertId: toExpertId },
  });
  if (count !== 1) return false;
  await db.caseAssignment.updateMany({
    where: { caseId, untilAt: null },
    data: { untilAt: change.at, reason: change.reason },
  });
  await db.caseAssignment.create({
    data: { caseId, expertId: toExpertId, fromAt: change.at, by: change.by, reason: change.reason },
  });
  return true;
}

export async function countHeldVisits(db: DbClient, caseId: number): Promise<number> {
  return db.visit.count({ where: { caseId, status: "held" } });
}

export async function countAssignments(db: DbClient, caseId: number): Promise<number> {
  return db.caseAssignment.count({ where: { caseId } });
}

export async function listApplicationsInStatus(db: DbClient, programId: number, status: string, take: number) {
  return db.application.findMany({
    where: { programId, status },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take,
    include: { company: true, chosenExpert: { select: { id: true, nameKanji: true } } },
  });
}

export async function readRankingWeights(db: DbClient, programId: number): Promise<string> {
  const row = await db.program.findUnique({ where: { id: programId }, select: { rankingWeights: true } });
  return row?.rankingWeights ?? "{}";
}

export async function saveRankingWeights(db: DbClient, programId: number, json: string): Promise<void> {
  await db.program.update({ where: { id: programId }, data: { rankingWeights: json } });
}

function parseList<T>(json: string): T[] {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}
