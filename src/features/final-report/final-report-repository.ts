import type { DbClient } from "../../db/client.js";
import type { AsOf } from "../../domain/as-of.js";
import type { RegionStatRow } from "../../domain/regional-table.js";

/**
 * Reads a whole table in id order, PAGE rows at a time. Prisma loads relations with
 * `WHERE id IN (…)`, and SQLite refuses more than 32,766 variables: one query over 38,000 cases
 * (scale 100) with their relations would fail.
 */
const PAGE = 5_000;
async function readAll<T extends { id: number }>(page: (afterId: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  let after = 0;
  for (;;) {
    const rows = await page(after);
    all.push(...rows);
    if (rows.length < PAGE) return all;
    after = rows[rows.length - 1].id;
  }
}

/** Visits held (status held, day known), optionally up to a day: Table 3's input. */
export async function listHeldVisits(db: DbClient, programId: number, until?: string) {
  // Counted per day and round in SQL: 150,000 visits at 100× are a few hundred groups.
  const rows = await db.visit.groupBy({
    by: ["heldOn", "round"],
    where: { status: "held", heldOn: until ? { not: null, lte: until } : { not: null }, case: { programId } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ round: r.round, heldOn: r.heldOn as string, count: r._count._all }));
}

/**
 * Registered (active) experts approved by a moment: Table 2's input. Imported experts may lack the
 * approval moment: their registration day stands in. A suspension records no moment, so only
 * experts active today count.
 */
export async function listRegisteredExperts(db: DbClient, asOf: AsOf) {
  return db.expert.findMany({
    where: {
      status: "active",
      OR: [{ approvedAt: { lte: asOf.at } }, { approvedAt: null, registeredOn: { lte: asOf.day } }],
    },
    select: { id: true, capacity: true, prefecture: true, qualification: true },
  });
}

export async function listRegionStats(db: DbClient): Promise<RegionStatRow[]> {
  return db.regionStat.findMany({ orderBy: { prefecture: "asc" } });
}

/** Replaces all region statistics at once (call inside a transaction). */
export async function replaceRegionStats(db: DbClient, rows: readonly RegionStatRow[]): Promise<void> {
  await db.regionStat.deleteMany({});
  await db.regionStat.createMany({ data: [...rows] });
}

/**
 * The SME prefecture of every matching (case) of a program, optionally approved by a day and only of
 * experts with one of `qualifications` (null: every expert): Table 4's input.
 */
export async function listMatchedPrefectures(
  db: DbClient,
  programId: number,
  until?: string,
  qualifications: readonly string[] | null = null,
): Promise<number[]> {
  const rows = await readAll((after) =>
    db.case.findMany({
      where: {
        id: { gt: after },
        programId,
        ...(until ? { approvedOn: { lte: until } } : {}),
        ...(qualifications ? { expert: { qualification: { in: [...qualifications] } } } : {}),
      },
      select: { id: true, application: { select: { company: { select: { prefecture: true } } } } },
      orderBy: { id: "asc" },
      take: PAGE,
    }),
  );
  return rows.map((r) => r.application.company.prefecture);
}

/**
 * Honorarium lines of the visits whose report was accepted by a moment (a line is made by the
 * acceptance, in its transaction; imported lines carry no creation moment of their own), with their payment.
 */
export async function listHonorariumLines(db: DbClient, programId: number, acceptedBy: Date) {
  return readAll((after) =>
    db.honorariumLine.findMany({
      where: {
        id: { gt: after },
        visit: { case: { programId }, reports: { some: { status: "accepted", reviewedAt: { lte: acceptedBy } } } },
      },
      take: PAGE,
      select: {
        id: true,
        amountYen: true,
        status: true,
        paidAt: true,
        batchId: true,
        expert: { select: { id: true, externalId: true, nameKanji: true, qualification: true } },
        batch: { select: { id: true, paidOn: true, note: true } },
      },
      orderBy: { id: "asc" },
    }),
  );
}
export type HonorariumLineForReport = Awaited<ReturnType<typeof listHonorariumLines>>[number];

/** Cases matched by a moment with their visits (the statuses are read as of then by the service). */
export async function listCasesForReport(db: DbClient, programId: number, matchedBy: Date) {
  return readAll((after) =>
    db.case.findMany({
      where: { id: { gt: after }, programId, approvedAt: { lte: matchedBy } },
      take: PAGE,
      select: {
        id: true,
        status: true,
        approvedAt: true,
        approvedOn: true,
        completedOn: true,
        terminatedOn: true,
        closedAt: true,
        application: {
          select: { externalId: true, company: { select: { name: true, prefecture: true } } },
        },
        expert: { select: { externalId: true, nameKanji: true } },
        visits: {
          where: { status: { not: "cancelled" } },
          select: { round: true, status: true, heldOn: true, scheduledAt: true, reportDueOn: true },
          orderBy: { round: "asc" },
        },
      },
      orderBy: { id: "asc" },
    }),
  );
}
export type CaseForReport = Awaited<ReturnType<typeof listCasesForReport>>[number];

/**
 * Accepted reports of the given rounds' held visits, reviewed by a moment, with the SME prefecture
 * of their case: the self-diagnosis table's input (the service reads the score from `content`).
 */
export async function listAcceptedReportsOfRounds(
  db: DbClient,
  programId: number,
  rounds: readonly number[],
  acceptedBy: Date,
) {
  const rows = await readAll((after) =>
    db.visitReport.findMany({
      where: {
        id: { gt: after },
        status: "accepted",
        reviewedAt: { lte: acceptedBy },
        visit: { round: { in: [...rounds] }, status: "held", case: { programId } },
      },
      take: PAGE,
      select: {
        id: true,
        content: true,
        visit: {
          select: {
            round: true,
            caseId: true,
            case: { select: { application: { select: { company: { select: { prefecture: true } } } } } },
          },
        },
      },
      orderBy: { id: "asc" },
    }),
  );
  return rows.map((r) => ({
    caseId: r.visit.caseId,
    round: r.visit.round,
    prefecture: r.visit.case.application.company.prefecture,
    content: r.content,
  }));
}
