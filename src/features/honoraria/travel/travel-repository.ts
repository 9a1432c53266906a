import type { DbClient } from "../../../db/client.js";
import type { TravelExpense } from "../../../generated/prisma/client.js";
import { writeAudit } from "../../audit/audit-repository.js";
import { findUserLocale } from "../../roles/roles-repository.js";
import { setPayableTravel } from "../honoraria-repository.js";

export type { TravelExpense };

/** The visit a travel expense is for, with what its review message and the rules need. */
export type TravelVisit = {
  id: number;
  round: number;
  status: string;
  heldOn: string | null;
  expertId: number;
  caseId: number;
  companyName: string;
  expertName: string;
  expertSlackUserId: string | null;
  /** The visit's honorarium line status (payable | paid), null before its report is accepted. */
  honorariumStatus: string | null;
};

export async function findTravelVisit(db: DbClient, visitId: number): Promise<TravelVisit | null> {
  const v = await db.visit.findUnique({
    where: { id: visitId },
    select: {
      id: true,
      round: true,
      status: true,
      heldOn: true,
      expertId: true,
      caseId: true,
      honorarium: { select: { status: true } },
      case: { select: { application: { select: { company: { select: { name: true } } } } } },
    },
  });
  if (!v) return null;
  const expert = await db.expert.findUnique({
    where: { id: v.expertId },
    select: { nameKanji: true, slackUserId: true },
  });
  return {
    id: v.id,
    round: v.round,
    status: v.status,
    heldOn: v.heldOn,
    expertId: v.expertId,
    caseId: v.caseId,
    companyName: v.case.application.company.name,
    expertName: expert?.nameKanji ?? `#${v.expertId}`,
    expertSlackUserId: expert?.slackUserId ?? null,
    honorariumStatus: v.honorarium?.status ?? null,
  };
}

export async function findTravel(db: DbClient, id: number): Promise<TravelExpense | null> {
  return db.travelExpense.findUnique({ where: { id } });
}

export async function findTravelByVisit(db: DbClient, visitId: number): Promise<TravelExpense | null> {
  return db.travelExpense.findUnique({ where: { visitId } });
}

export async function findTravelBySubmissionKey(db: DbClient, key: string): Promise<TravelExpense | null> {
  return db.travelExpense.findUnique({ where: { submissionKey: key } });
}

export async function listTravelOfVisits(db: DbClient, visitIds: number[]): Promise<TravelExpense[]> {
  if (visitIds.length === 0) return [];
  return db.travelExpense.findMany({ where: { visitId: { in: visitIds } }, orderBy: { id: "asc" } });
}

export type TravelFields = {
  amountYen: number;
  description: string;
  receiptFileId: string | null;
  receiptUrl: string | null;
  submittedBy: string;
  submittedAt: Date;
  submissionKey: string | null;
};

export async function createTravel(
  db: DbClient,
  data: TravelFields & { visitId: number; expertId: number },
): Promise<TravelExpense> {
  return db.travelExpense.create({ data: { ...data, status: "submitted" } });
}

/** A returned expense submitted again: new figures, the next revision, back in review. */
export async function resubmitTravel(db: DbClient, id: number, data: TravelFields): Promise<TravelExpense | null> {
  const { count } = await db.travelExpense.updateMany({
    where: { id, status: "returned" },
    data: {
      ...data,
      status: "submitted",
      returnReason: null,
      reviewedBy: null,
      reviewedAt: null,
      revision: { increment: 1 },
    },
  });
  return count === 1 ? db.travelExpense.findUnique({ where: { id } }) : null;
}

/** Moves a submitted expense to accepted or returned; false when someone decided it meanwhile. */
export async function decideTravel(
  db: DbClient,
  id: number,
  data: { status: "accepted" | "returned"; returnReason: string | null; reviewedBy: string; reviewedAt: Date },
): Promise<boolean> {
  const { count } = await db.travelExpense.updateMany({ where: { id, status: "submitted" }, data });
  return count === 1;
}

/**
 * The travel repository as one object, with the audit log and the locale lookup it writes with:
 * what TravelService takes (unit tests give an in-memory fake).
 */
export const travelRepository = {
  writeAudit,
  findUserLocale,
  findTravelVisit,
  findTravel,
  findTravelByVisit,
  findTravelBySubmissionKey,
  listTravelOfVisits,
  createTravel,
  resubmitTravel,
  decideTravel,
  setPayableTravel,
};
export type TravelRepository = typeof travelRepository;
