import type { DbClient } from "../../db/client.js";
import type { DatabaseEngine } from "../../db/database-url.js";
import type { HonorariumBatch, HonorariumLine, Prisma } from "../../generated/prisma/client.js";

export type { HonorariumBatch, HonorariumLine };

const LINE_SELECT = {
  id: true,
  visitId: true,
  expertId: true,
  amountYen: true,
  status: true,
  batchId: true,
  createdAt: true,
  paidAt: true,
  travelYen: true,
  withheldYen: true,
  netYen: true,
  payeeKind: true,
  batch: { select: { paidOn: true } },
  expert: { select: { nameKanji: true, slackUserId: true } },
  visit: {
    select: {
      round: true,
      heldOn: true,
      caseId: true,
      case: { select: { application: { select: { company: { select: { name: true } } } } } },
    },
  },
} as const;

export type LineDetail = {
  id: number;
  visitId: number;
  expertId: number;
  amountYen: number;
  status: string;
  batchId: number | null;
  createdAt: Date;
  paidAt: Date | null;
  /** Accepted travel (payable lines: as accepted so far; paid lines: as the batch fixed it). */
  travelYen: number;
  /** Income tax withheld; 0 until a batch pays the line. */
  withheldYen: number;
  /** amountYen + travelYen − withheldYen. */
  netYen: number;
  payeeKind: string | null;
  paidOn: string | null;
  expertName: string;
  expertSlackUserId: string | null;
  round: number;
  heldOn: string | null;
  caseId: number;
  companyName: string;
};

type LineRow = Prisma.HonorariumLineGetPayload<{ select: typeof LINE_SELECT }>;

function toDetail(r: LineRow): LineDetail {
  return {
    id: r.id,
    visitId: r.visitId,
    expertId: r.expertId,
    amountYen: r.amountYen,
    status: r.status,
    batchId: r.batchId,
    createdAt: r.createdAt,
    paidAt: r.paidAt,
    travelYen: r.travelYen,
    withheldYen: r.withheldYen,
    netYen: r.netYen,
    payeeKind: r.payeeKind,
    paidOn: r.batch?.paidOn ?? null,
    expertName: r.expert.nameKanji,
    expertSlackUserId: r.expert.slackUserId,
    round: r.visit.round,
    heldOn: r.visit.heldOn,
    caseId: r.visit.caseId,
    companyName: r.visit.case.application.company.name,
  };
}

export async function findLineByVisit(db: DbClient, visitId: number): Promise<HonorariumLine | null> {
  return db.honorariumLine.findUnique({ where: { visitId } });
}

export async function createLine(
  db: DbClient,
  data: { visitId: number; expertId: number; amountYen: number; travelYen: number; createdAt: Date },
): Promise<HonorariumLine> {
  return db.honorariumLine.create({ data: { ...data, netYen: data.amountYen + data.travelYen, status: "payable" } });
}

/** A payable line's accepted travel (and its net before withholding); paid lines keep their figures. */
export async function setPayableTravel(db: DbClient, visitId: number, travelYen: number): Promise<void> {
  const line = await db.honorariumLine.findUnique({ where: { visitId }, select: { id: true, amountYen: true } });
  if (!line) return;
  await db.honorariumLine.updateMany({
    where: { id: line.id, status: "payable" },
    data: { travelYen, netYen: line.amountYen + travelYen },
  });
}

/** Writes the figures a batch fixed on its lines. */
export async function settleLines(
  db: DbClient,
  lines: { lineId: number; travelYen: number; withheldYen: number; netYen: number; payeeKind: string }[],
): Promise<void> {
  for (const l of lines)
    await db.honorariumLine.update({
      where: { id: l.lineId },
      data: { travelYen: l.travelYen, withheldYen: l.withheldYen, netYen: l.netYen, payeeKind: l.payeeKind },
    });
}

export async function listLinesOfExpert(db: DbClient, expertId: number): Promise<LineDetail[]> {
  const rows = await db.honorariumLine.findMany({
    where: { expertId },
    select: LINE_SELECT,
    orderBy: { id: "asc" },
  });
  return rows.map(toDetail);
}

export async function listLinesOfVisits(db: DbClient, visitIds: number[]): Promise<LineDetail[]> {
  const rows = await db.honorariumLine.findMany({
    where: { visitId: { in: visitIds } },
    select: LINE_SELECT,
    orderBy: { id: "asc" },
  });
  return rows.map(toDetail);
}

/** Payable lines, optionally only some experts' and only those created before `createdBefore`. */
export async function listPayableLines(
  db: DbClient,
  filter: { expertIds?: number[]; createdBefore?: Date },
): Promise<LineDetail[]> {
  const rows = await db.honorariumLine.findMany({
    where: {
      status: "payable",
      ...(filter.expertIds && filter.expertIds.length > 0 ? { expertId: { in: filter.expertIds } } : {}),
      ...(filter.createdBefore ? { createdAt: { lt: filter.createdBefore } } : {}),
    },
    select: LINE_SELECT,
    orderBy: [{ expertId: "asc" }, { id: "asc" }],
  });
  return rows.map(toDetail);
}

/**
 * Payable totals per expert, largest first (names for the modal's search). SQLite's LIKE ignores
 * the case of Latin letters and PostgreSQL's does not: `engine` asks PostgreSQL for the same.
 */
export async function payableByExpert(db: DbClient, engine: DatabaseEngine, query: string, take: number) {
  const contains = { contains: query, ...(engine === "postgresql" ? { mode: "insensitive" } : {}) } as {
    contains: string;
  };
  const groups = await db.honorariumLine.groupBy({
    by: ["expertId"],
    where: {
      status: "payable",
      ...(query ? { expert: { OR: [{ nameKanji: contains }, { nameKana: contains }] } } : {}),
    },
    _sum: { amountYen: true, travelYen: true },
    _count: { _all: true },
    orderBy: { expertId: "asc" },
  });
  const experts = await db.expert.findMany({
    where: { id: { in: groups.map((g) => g.expertId) } },
    select: { id: true, nameKanji: true },
  });
  const names = new Map(experts.map((e) => [e.id, e.nameKanji]));
  return groups.slice(0, take).map((g) => ({
    expertId: g.expertId,
    name: names.get(g.expertId) ?? `#${g.expertId}`,
    count: g._count._all,
    amountYen: g._sum.amountYen ?? 0,
    travelYen: g._sum.travelYen ?? 0,
  }));
}

export async function payableTotals(db: DbClient) {
  const agg = await db.honorariumLine.aggregate({
    where: { status: "payable" },
    _sum: { amountYen: true, travelYen: true },
    _count: { _all: true },
  });
  const experts = await db.honorariumLine.groupBy({ by: ["expertId"], where: { status: "payable" } });
  return {
    count: agg._count._all,
    amountYen: agg._sum.amountYen ?? 0,
    travelYen: agg._sum.travelYen ?? 0,
    experts: experts.length,
  };
}

/** Payable lines whose visit's travel waits for the secretariat (a batch leaves them out). */
export async function countPayableInTravelReview(db: DbClient): Promise<number> {
  return db.honorariumLine.count({ where: { status: "payable", visit: { travel: { status: "submitted" } } } });
}

export async function findBatchBySubmissionKey(db: DbClient, key: string): Promise<HonorariumBatch | null> {
  return db.honorariumBatch.findUnique({ where: { submissionKey: key } });
}

export async function createBatch(
  db: DbClient,
  data: { paidOn: string; createdBy: string; note: string; submissionKey: string | null; createdAt: Date },
): Promise<HonorariumBatch> {
  return db.honorariumBatch.create({ data });
}

/** Marks lines paid in a batch; lines paid meanwhile are left alone. Returns how many changed. */
export async function markLinesPaid(db: DbClient, lineIds: number[], batchId: number, at: Date): Promise<number> {
  const { count } = await db.honorariumLine.updateMany({
    where: { id: { in: lineIds }, status: "payable" },
    data: { status: "paid", batchId, paidAt: at },
  });
  return count;
}

export async function updateWithholdingSettings(
  db: DbClient,
  programId: number,
  data: { withholdingRateBp: number; withholdingHighRateBp: number; withholdingThresholdYen: number },
  at: Date,
): Promise<void> {
  await db.program.update({ where: { id: programId }, data: { ...data, updatedAt: at } });
}

export async function markNoticesQueued(db: DbClient, batchId: number, at: Date): Promise<void> {
  await db.honorariumBatch.updateMany({ where: { id: batchId, noticesQueuedAt: null }, data: { noticesQueuedAt: at } });
}

export async function findBatch(db: DbClient, batchId: number): Promise<HonorariumBatch | null> {
  return db.honorariumBatch.findUnique({ where: { id: batchId } });
}

/** Batches whose notices were not queued yet (a process that stopped between paying and queueing). */
export async function listBatchesWithoutNotices(db: DbClient): Promise<HonorariumBatch[]> {
  return db.honorariumBatch.findMany({ where: { noticesQueuedAt: null }, orderBy: { id: "asc" } });
}

/** Paid lines of batches paid between two days (YYYY-MM-DD, inclusive), for the yearly totals. */
export async function listPaidLinesBetween(db: DbClient, from: string, until: string) {
  return db.honorariumLine.findMany({
    where: { status: "paid", batch: { paidOn: { gte: from, lte: until } } },
    select: {
      expertId: true,
      batchId: true,
      amountYen: true,
      travelYen: true,
      withheldYen: true,
      netYen: true,
      expert: { select: { nameKanji: true, nameKana: true } },
    },
    orderBy: [{ expertId: "asc" }, { id: "asc" }],
  });
}

/** The contact an expert is reached at outside Slack. */
export async function findExpertContacts(db: DbClient, expertIds: number[]) {
  return db.expert.findMany({
    where: { id: { in: expertIds } },
    select: { id: true, nameKanji: true, email: true, slackUserId: true },
  });
}

export async function listLinesOfBatch(db: DbClient, batchId: number): Promise<LineDetail[]> {
  const rows = await db.honorariumLine.findMany({ where: { batchId }, select: LINE_SELECT, orderBy: { id: "asc" } });
  return rows.map(toDetail);
}
