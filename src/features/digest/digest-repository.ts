import type { DbClient } from "../../db/client.js";
import { type AsOf, caseStatusAsOf, latestReportAsOf, visitAsOf } from "../../domain/as-of.js";
import type { HeldVisit } from "../../domain/weekly-table.js";
import { type OpenCase, toOpenCase } from "../reminders/reminders-repository.js";

/** Visits of the program held by a moment, per round and Japan-time day: the input of Table 3. */
export async function findHeldVisits(db: DbClient, programId: number, asOf: AsOf): Promise<HeldVisit[]> {
  // Counted per day and round in SQL: a program at 100× holds 150,000 visits, a few hundred groups.
  const rows = await db.visit.groupBy({
    by: ["heldOn", "round"],
    where: { status: "held", heldOn: { not: null, lte: asOf.day }, case: { programId } },
    _count: { _all: true },
  });
  return rows.map((r) => ({ heldOn: r.heldOn as string, round: r.round, count: r._count._all }));
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

/**
 * Every case of the program with the moments its status moved, its expert and its SME's prefecture:
 * the input of the case counts, utilisation and regional balance as of a moment. Read in pages: one
 * query over 38,000 cases (scale 100) with their relations would pass SQLite's variable limit.
 */
export async function findCaseFacts(db: DbClient, programId: number) {
  const PAGE = 5_000;
  const out: {
    id: number;
    status: string;
    expertId: number;
    approvedAt: Date;
    completedOn: string | null;
    terminatedOn: string | null;
    closedAt: Date | null;
    prefecture: number;
  }[] = [];
  for (let after = 0; ; ) {
    const rows = await db.case.findMany({
      where: { programId, id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE,
      select: {
        id: true,
        status: true,
        expertId: true,
        approvedAt: true,
        completedOn: true,
        terminatedOn: true,
        closedAt: true,
        application: { select: { company: { select: { prefecture: true } } } },
      },
    });
    for (const { application, ...r } of rows) out.push({ ...r, prefecture: application.company.prefecture });
    if (rows.length < PAGE) return out;
    after = rows[rows.length - 1].id;
  }
}

/**
 * Cases in progress at a moment, with their visits and each visit's newest report as they stood
 * then (the shape the reminders and the at-risk rule read).
 */
export async function findCasesOpenAsOf(db: DbClient, programId: number, asOf: AsOf): Promise<OpenCase[]> {
  const rows = await db.case.findMany({
    where: {
      programId,
      approvedAt: { lte: asOf.at },
      // Still active, or closed after the moment (closer reading below for cases with a day only).
      OR: [
        { status: "active" },
        { closedAt: { gt: asOf.at } },
        { closedAt: null, completedOn: { gte: asOf.day } },
        { closedAt: null, terminatedOn: { gte: asOf.day } },
      ],
    },
    orderBy: { id: "asc" },
    select: {
      id: true,
      status: true,
      approvedAt: true,
      approvedOn: true,
      completedOn: true,
      terminatedOn: true,
      closedAt: true,
      expert: { select: { id: true, nameKanji: true, slackUserId: true } },
      application: { select: { company: { select: { name: true } } } },
      visits: {
        select: {
          id: true,
          round: true,
          status: true,
          scheduledAt: true,
          mode: true,
          place: true,
          heldOn: true,
          reportDueOn: true,
          reports: {
            select: { id: true, version: true, status: true, reviewComment: true, submittedAt: true, reviewedAt: true },
          },
        },
      },
    },
  });
  return rows
    .filter((r) => caseStatusAsOf(r, asOf) === "active")
    .map((r) =>
      toOpenCase(
        r,
        r.visits.flatMap((raw) => {
          const v = visitAsOf(raw, asOf);
          if (!v) return [];
          const latest = latestReportAsOf(v.reports, asOf);
          return [
            {
              visit: v,
              latestReport: latest
                ? {
                    id: latest.id,
                    status: latest.status,
                    reviewComment: latest.status === "returned" ? latest.reviewComment : null,
                  }
                : null,
            },
          ];
        }),
      ),
    );
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
