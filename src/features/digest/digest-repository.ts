import type { DbClient } from "../../db/client.js";
import { dateOf, type Reader } from "../../db/reader.js";
import { type AsOf, latestReportAsOf, visitAsOf } from "../../domain/as-of.js";
import type { CaseProgress } from "../../domain/completion-forecast.js";
import type { HeldVisit } from "../../domain/weekly-table.js";
import { japanDayOf, startOfJapanDay } from "../../lib/calendar-days.js";
import { type OpenCase, toOpenCase } from "../reminders/reminders-repository.js";

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

type CaseFactRow = {
  id: number;
  status: string;
  expertId: number;
  approvedAt: unknown;
  completedOn: string | null;
  terminatedOn: string | null;
  closedAt: unknown;
  prefecture: number;
};

/**
 * Every case of the program with the moments its status moved, its expert and its SME's prefecture:
 * the input of the case counts, utilisation and regional balance as of a moment. One flat read
 * (38,000 cases at scale 100): Prisma's nested loading of the same rows took seconds.
 */
export async function findCaseFacts(read: Reader, programId: number) {
  const rows = await read.all<CaseFactRow>(
    `SELECT c."id" AS "id", c."status" AS "status", c."expertId" AS "expertId", c."approvedAt" AS "approvedAt",
            c."completedOn" AS "completedOn", c."terminatedOn" AS "terminatedOn", c."closedAt" AS "closedAt",
            co."prefecture" AS "prefecture"
       FROM "Case" c
       JOIN "Application" a ON a."id" = c."applicationId"
       JOIN "Company" co ON co."id" = a."companyId"
      WHERE c."programId" = ?
      ORDER BY c."id"`,
    programId,
  );
  return rows.map((r) => ({ ...r, approvedAt: dateOf(r.approvedAt) as Date, closedAt: dateOf(r.closedAt) }));
}

/**
 * Visits of the program held by a moment, per round and Japan-time day: the input of Table 3.
 * Counted in SQL: a program at 100× holds 150,000 visits, a few hundred groups.
 */
export async function findHeldVisits(read: Reader, programId: number, asOf: AsOf): Promise<HeldVisit[]> {
  return read.all<HeldVisit>(
    `SELECT v."heldOn" AS "heldOn", v."round" AS "round", CAST(COUNT(*) AS INTEGER) AS "count"
       FROM "Visit" v JOIN "Case" c ON c."id" = v."caseId"
      WHERE c."programId" = ? AND v."status" = 'held' AND v."heldOn" IS NOT NULL AND v."heldOn" <= ?
      GROUP BY v."heldOn", v."round"`,
    programId,
    asOf.day,
  );
}

/**
 * Each case's progress as its visits stood at a moment (the forecast's and the at-risk rule's
 * input), summed in SQL over every visit of the program: rounds held and the last day one was held
 * by then, and the next visit planned on or after `from` (a visit held later was still planned
 * then; see `visitAsOf`). Cases without visits are absent.
 */
export async function findCaseProgress(
  read: Reader,
  programId: number,
  asOf: AsOf,
  from: string,
): Promise<Map<number, CaseProgress>> {
  const rows = await read.all<{ caseId: number; roundsHeld: number; lastHeldOn: string | null; nextAt: unknown }>(
    `SELECT v."caseId" AS "caseId",
            CAST(COUNT(DISTINCT CASE WHEN v."status" = 'held' AND v."heldOn" <= ? THEN v."round" END) AS INTEGER)
              AS "roundsHeld",
            MAX(CASE WHEN v."status" = 'held' AND v."heldOn" <= ? THEN v."heldOn" END) AS "lastHeldOn",
            MIN(CASE WHEN v."scheduledAt" >= ?
                      AND (v."status" = 'scheduled' OR (v."status" = 'held' AND (v."heldOn" IS NULL OR v."heldOn" > ?)))
                     THEN v."scheduledAt" END) AS "nextAt"
       FROM "Visit" v JOIN "Case" c ON c."id" = v."caseId"
      WHERE c."programId" = ?
      GROUP BY v."caseId"`,
    asOf.day,
    asOf.day,
    startOfJapanDay(from),
    asOf.day,
    programId,
  );
  const out = new Map<number, CaseProgress>();
  for (const r of rows) {
    const nextAt = dateOf(r.nextAt);
    out.set(r.caseId, {
      caseId: r.caseId,
      roundsHeld: r.roundsHeld,
      lastHeldOn: r.lastHeldOn,
      nextScheduledOn: nextAt ? japanDayOf(nextAt) : null,
    });
  }
  return out;
}

/** Active experts registered by a moment, with their capacity (utilisation's input). */
export async function findExpertCapacities(read: Reader, asOf: AsOf): Promise<{ id: number; capacity: number }[]> {
  const rows = await read.all<{ id: number; capacity: number; approvedAt: unknown; registeredOn: string }>(
    `SELECT "id", "capacity", "approvedAt", "registeredOn" FROM "Expert" WHERE "status" = 'active'`,
  );
  return rows
    .filter((e) => {
      const approvedAt = dateOf(e.approvedAt);
      return approvedAt ? approvedAt <= asOf.at : e.registeredOn <= asOf.day;
    })
    .map((e) => ({ id: e.id, capacity: e.capacity }));
}

type OpenCaseRow = {
  id: number;
  approvedOn: string;
  expertId: number;
  expertName: string;
  expertSlackUserId: string | null;
  companyName: string;
};
type VisitRow = {
  id: number;
  caseId: number;
  round: number;
  status: string;
  scheduledAt: unknown;
  mode: string;
  place: string;
  heldOn: string | null;
  reportDueOn: string | null;
};
type ReportRow = {
  id: number;
  visitId: number;
  version: number;
  status: string;
  reviewComment: string | null;
  submittedAt: unknown;
  reviewedAt: unknown;
};

/** Ids per `IN (…)` list: well inside SQLite's and PostgreSQL's limits on bound parameters. */
const IDS_PER_READ = 4_096;

/**
 * Rows for a list of ids, read in lists of a power-of-two length (padded with 0, which no row has):
 * at most 13 statement shapes are ever prepared and kept, whatever the lists' lengths.
 */
async function readByIds<T>(read: Reader, sql: (list: string) => string, ids: number[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_READ) {
    const chunk = ids.slice(i, i + IDS_PER_READ);
    const slots = 2 ** Math.ceil(Math.log2(chunk.length));
    while (chunk.length < slots) chunk.push(0);
    for (const row of await read.all<T>(sql(chunk.map(() => "?").join(", ")), ...chunk)) out.push(row);
  }
  return out;
}

/**
 * Cases in progress (the caller judged them open as of the moment), with their visits and each
 * visit's newest report as they stood then: the shape the reminders, the at-risk list and the
 * experts' own summaries read.
 */
export async function findOpenCases(read: Reader, caseIds: number[], asOf: AsOf): Promise<OpenCase[]> {
  const cases = await readByIds<OpenCaseRow>(
    read,
    (list) =>
      `SELECT c."id" AS "id", c."approvedOn" AS "approvedOn", e."id" AS "expertId", e."nameKanji" AS "expertName",
              e."slackUserId" AS "expertSlackUserId", co."name" AS "companyName"
         FROM "Case" c
         JOIN "Expert" e ON e."id" = c."expertId"
         JOIN "Application" a ON a."id" = c."applicationId"
         JOIN "Company" co ON co."id" = a."companyId"
        WHERE c."id" IN (${list})`,
    caseIds,
  );
  cases.sort((a, b) => a.id - b.id);
  const ids = cases.map((c) => c.id);
  const visits = await readByIds<VisitRow>(
    read,
    (list) =>
      `SELECT "id", "caseId", "round", "status", "scheduledAt", "mode", "place", "heldOn", "reportDueOn"
         FROM "Visit" WHERE "caseId" IN (${list}) ORDER BY "caseId", "id"`,
    ids,
  );
  const reports = await readByIds<ReportRow>(
    read,
    (list) =>
      `SELECT r."id" AS "id", r."visitId" AS "visitId", r."version" AS "version", r."status" AS "status",
              r."reviewComment" AS "reviewComment", r."submittedAt" AS "submittedAt", r."reviewedAt" AS "reviewedAt"
         FROM "VisitReport" r JOIN "Visit" v ON v."id" = r."visitId"
        WHERE v."caseId" IN (${list}) ORDER BY r."visitId", r."id"`,
    ids,
  );
  const reportsOf = new Map<number, (ReportRow & { submittedAt: Date | null; reviewedAt: Date | null })[]>();
  for (const r of reports) {
    const list = reportsOf.get(r.visitId) ?? [];
    list.push({ ...r, submittedAt: dateOf(r.submittedAt), reviewedAt: dateOf(r.reviewedAt) });
    reportsOf.set(r.visitId, list);
  }
  const visitsOf = new Map<number, VisitRow[]>();
  for (const v of visits) {
    const list = visitsOf.get(v.caseId) ?? [];
    list.push(v);
    visitsOf.set(v.caseId, list);
  }
  return cases.map((c) =>
    toOpenCase(
      {
        id: c.id,
        approvedOn: c.approvedOn,
        expert: { id: c.expertId, nameKanji: c.expertName, slackUserId: c.expertSlackUserId },
        application: { company: { name: c.companyName } },
      },
      (visitsOf.get(c.id) ?? []).flatMap((raw) => {
        const v = visitAsOf({ ...raw, scheduledAt: dateOf(raw.scheduledAt) }, asOf);
        if (!v) return [];
        const latest = latestReportAsOf(reportsOf.get(raw.id) ?? [], asOf);
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
