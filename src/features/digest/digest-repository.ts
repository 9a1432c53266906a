import type { DbClient } from "../../db/client.js";
import type { HeldVisit } from "../../domain/weekly-table.js";

/** Held visits of the program (round and Japan-time day), the input of Table 3. */
export async function findHeldVisits(db: DbClient, programId: number): Promise<HeldVisit[]> {
  // Counted per day and round in SQL: a program at 100× holds 150,000 visits, a few hundred groups.
  const rows = await db.visit.groupBy({
    by: ["heldOn", "round"],
    where: { status: "held", heldOn: { not: null }, case: { programId } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ heldOn: r.heldOn as string, round: r.round, count: r._count._all }));
}

export async function countCasesByStatus(db: DbClient, programId: number): Promise<Record<string, number>> {
  const rows = await db.case.groupBy({ by: ["status"], where: { programId }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

export type WeekWindow = { from: string; until: string; fromAt: Date; untilAt: Date };

/** Counts of one week: applications received / screened valid, matchings, completions, terminations. */
export async function countWeekActivity(db: DbClient, programId: number, w: WeekWindow) {
  const [received, valid, matched, completed, terminated] = await Promise.all([
    db.application.count({ where: { programId, receivedOn: { gte: w.from, lte: w.until } } }),
    db.application.count({
      where: {
        programId,
        screenedAt: { gte: w.fromAt, lt: w.untilAt },
        status: { notIn: ["received", "invalid"] },
      },
    }),
    db.case.count({ where: { programId, approvedOn: { gte: w.from, lte: w.until } } }),
    db.case.count({ where: { programId, completedOn: { gte: w.from, lte: w.until } } }),
    db.case.count({ where: { programId, terminatedOn: { gte: w.from, lte: w.until } } }),
  ]);
  return { received, valid, matched, completed, terminated };
}

/** Approved experts with their capacity and how many active cases each holds. */
export async function findExpertLoad(db: DbClient, programId: number) {
  const [experts, loads] = await Promise.all([
    db.expert.findMany({ where: { status: "active" }, select: { id: true, capacity: true } }),
    db.case.groupBy({ by: ["expertId"], where: { programId, status: "active" }, _count: { _all: true } }),
  ]);
  const byExpert = new Map(loads.map((l) => [l.expertId, l._count._all]));
  return experts.map((e) => ({ id: e.id, capacity: e.capacity, activeCases: byExpert.get(e.id) ?? 0 }));
}

/** The prefecture of each matched SME (one entry per case not withdrawn), for the regional balance. */
export async function findMatchedPrefectures(db: DbClient, programId: number): Promise<number[]> {
  const rows = await db.case.findMany({
    where: { programId, status: { not: "withdrawn" } },
    select: { application: { select: { company: { select: { prefecture: true } } } } },
  });
  return rows.map((r) => r.application.company.prefecture);
}

export async function findRegionStats(db: DbClient) {
  return db.regionStat.findMany({ select: { prefecture: true, enterprises: true, metro: true } });
}

/** Experts who asked for their own weekly summary and can receive a DM. */
export async function findWeeklySummaryRecipients(db: DbClient) {
  const users = await db.slackUser.findMany({
    where: { weeklySummaryOptIn: true },
    select: { slackUserId: true, locale: true, snoozeFrom: true, snoozeUntil: true, weeklySummaryOptIn: true },
  });
  if (users.length === 0) return [];
  const experts = await db.expert.findMany({
    where: { status: "active", slackUserId: { in: users.map((u) => u.slackUserId) } },
    select: { id: true, slackUserId: true, nameKanji: true },
  });
  const prefs = new Map(users.map((u) => [u.slackUserId, u]));
  return experts.map((e) => ({
    expertId: e.id,
    name: e.nameKanji,
    prefs: prefs.get(e.slackUserId as string)!,
  }));
}

/** Visits of one expert held in a window, with the company (their own cases only). */
export async function findExpertVisitsHeld(db: DbClient, expertId: number, from: string, until: string) {
  const rows = await db.visit.findMany({
    where: { expertId, status: "held", heldOn: { gte: from, lte: until } },
    orderBy: [{ heldOn: "asc" }, { id: "asc" }],
    select: {
      round: true,
      heldOn: true,
      case: { select: { id: true, application: { select: { company: { select: { name: true } } } } } },
    },
  });
  return rows.map((r) => ({
    caseId: r.case.id,
    companyName: r.case.application.company.name,
    round: r.round,
    heldOn: r.heldOn as string,
  }));
}
