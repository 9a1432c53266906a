import type { DbClient } from "../../db/client.js";
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
export async function listHeldVisits(db: DbClient, until?: string) {
  // Counted per day and round in SQL: 150,000 visits at 100× are a few hundred groups.
  const rows = await db.visit.groupBy({
    by: ["heldOn", "round"],
    where: { status: "held", heldOn: until ? { not: null, lte: until } : { not: null } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ round: r.round, heldOn: r.heldOn as string, count: r._count._all }));
}

/** Registered (active) experts, optionally those registered by a day: Table 2's input. */
export async function listRegisteredExperts(db: DbClient, until?: string) {
  return db.expert.findMany({
    where: { status: "active", ...(until ? { registeredOn: { lte: until } } : {}) },
    select: { prefecture: true, qualification: true },
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

/** The SME prefecture of every matching (case), optionally approved by a day: Table 4's input. */
export async function listMatchedPrefectures(db: DbClient, until?: string): Promise<number[]> {
  const rows = await readAll((after) =>
    db.case.findMany({
      where: { id: { gt: after }, ...(until ? { approvedOn: { lte: until } } : {}) },
      select: { id: true, application: { select: { company: { select: { prefecture: true } } } } },
      orderBy: { id: "asc" },
      take: PAGE,
    }),
  );
  return rows.map((r) => r.application.company.prefecture);
}

export async function listHonorariumLines(db: DbClient, until?: string) {
  return readAll((after) =>
    db.honorariumLine.findMany({
      where: { id: { gt: after }, ...(until ? { visit: { heldOn: { lte: until } } } : {}) },
      take: PAGE,
      select: {
        id: true,
        amountYen: true,
        status: true,
        batchId: true,
        expert: { select: { id: true, externalId: true, nameKanji: true, qualification: true } },
        batch: { select: { id: true, paidOn: true, note: true } },
      },
      orderBy: { id: "asc" },
    }),
  );
}
export type HonorariumLineForReport = Awaited<ReturnType<typeof listHonorariumLines>>[number];

export async function listCasesForReport(db: DbClient, until?: string) {
  return readAll((after) =>
    db.case.findMany({
      where: { id: { gt: after }, ...(until ? { approvedOn: { lte: until } } : {}) },
      take: PAGE,
      select: {
        id: true,
        status: true,
        approvedOn: true,
        completedOn: true,
        terminatedOn: true,
        application: {
          select: { externalId: true, company: { select: { name: true, prefecture: true } } },
        },
        expert: { select: { externalId: true, nameKanji: true } },
        visits: {
          where: { status: { not: "cancelled" } },
          select: { round: true, status: true, heldOn: true, scheduledAt: true },
          orderBy: { round: "asc" },
        },
      },
      orderBy: { id: "asc" },
    }),
  );
}
export type CaseForReport = Awaited<ReturnType<typeof listCasesForReport>>[number];
