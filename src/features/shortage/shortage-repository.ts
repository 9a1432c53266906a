import { dateOf, type Reader } from "../../db/reader.js";
import type { AsOf } from "../../domain/as-of.js";

/** Waiting applications of one prefecture: how many, and when the first of them was screened. */
export type WaitingRow = {
  prefecture: number;
  waiting: number;
  /** The earliest screening moment among them; null when none records one. */
  firstScreenedAt: Date | null;
  /** The earliest receipt day among those without a screening moment (imported as valid). */
  firstReceivedOn: string | null;
};

/** Active experts with the same home prefecture and list of covered prefectures, summed. */
export type CoverageRow = {
  prefecture: number | null;
  /** Expert.coveredPrefectures as stored (a JSON array of codes). */
  covered: string;
  experts: number;
  free: number;
};

// A case active at the moment: approved by then, not completed or terminated by then (the moment it
// closed, else its day), not withdrawn (no moment recorded: withdrawn throughout). As caseStatusAsOf.
const ACTIVE_CASE_AT = `c."approvedAt" <= ? AND c."status" <> 'withdrawn'
   AND NOT (c."completedOn" IS NOT NULL AND ((c."closedAt" IS NOT NULL AND c."closedAt" <= ?)
                                         OR (c."closedAt" IS NULL AND c."completedOn" <= ?)))
   AND NOT (c."terminatedOn" IS NOT NULL AND ((c."closedAt" IS NOT NULL AND c."closedAt" <= ?)
                                          OR (c."closedAt" IS NULL AND c."terminatedOn" <= ?)))`;

/**
 * Valid applications of the program waiting for candidates at a moment, per prefecture of the
 * SME, counted in SQL: screened valid by then, no case approved by then, and no proposal out then
 * (one sent by then and not yet cancelled). Now, that is exactly the applications in "valid"; a
 * later status counts only for the time before its proposal or case. The candidates are the
 * applications not matched yet and those whose case came after the moment: the thousands of
 * matched ones (scale 100) are never looked at one by one.
 */
export async function countWaitingByPrefecture(read: Reader, programId: number, asOf: AsOf): Promise<WaitingRow[]> {
  const rows = await read.all<{
    prefecture: number;
    waiting: number;
    firstScreenedAt: unknown;
    firstReceivedOn: string | null;
  }>(
    `SELECT co."prefecture" AS "prefecture", CAST(COUNT(*) AS INTEGER) AS "waiting",
            MIN(a."screenedAt") AS "firstScreenedAt",
            MIN(CASE WHEN a."screenedAt" IS NULL THEN a."receivedOn" END) AS "firstReceivedOn"
       FROM (SELECT u."id" AS "id" FROM "Application" u
              WHERE u."programId" = ? AND u."status" IN ('valid', 'proposed', 'chosen')
                AND (u."status" = 'valid'
                     OR EXISTS (SELECT 1 FROM "Proposal" p2 WHERE p2."applicationId" = u."id" AND p2."sentAt" > ?))
             UNION
             SELECT l."applicationId" AS "id" FROM "Case" l WHERE l."programId" = ? AND l."approvedAt" > ?) w
       JOIN "Application" a ON a."id" = w."id"
       JOIN "Company" co ON co."id" = a."companyId"
      WHERE a."status" IN ('valid', 'proposed', 'chosen', 'matched')
        AND ((a."screenedAt" IS NOT NULL AND a."screenedAt" <= ?) OR (a."screenedAt" IS NULL AND a."receivedOn" <= ?))
        AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."applicationId" = a."id" AND c."approvedAt" <= ?)
        AND NOT EXISTS (SELECT 1 FROM "Proposal" p WHERE p."applicationId" = a."id" AND p."sentAt" <= ?
                          AND (p."status" <> 'cancelled' OR (p."decidedAt" IS NOT NULL AND p."decidedAt" > ?)))
      GROUP BY co."prefecture"`,
    programId,
    asOf.at,
    programId,
    asOf.at,
    asOf.at,
    asOf.day,
    asOf.at,
    asOf.at,
    asOf.at,
  );
  return rows.map((r) => ({ ...r, firstScreenedAt: dateOf(r.firstScreenedAt) }));
}

/**
 * Free places of the experts active at a moment (approved by then), grouped by what they cover,
 * summed in SQL: an expert's free places are capacity − their cases active then (every program's),
 * never below 0. Experts with the same coverage make one row.
 */
export async function sumFreeCapacityByCoverage(read: Reader, asOf: AsOf): Promise<CoverageRow[]> {
  return read.all<CoverageRow>(
    `SELECT e."prefecture" AS "prefecture", e."coveredPrefectures" AS "covered",
            CAST(COUNT(*) AS INTEGER) AS "experts",
            CAST(SUM(CASE WHEN e."capacity" > COALESCE(l."open", 0) THEN e."capacity" - COALESCE(l."open", 0) ELSE 0 END)
                 AS INTEGER) AS "free"
       FROM "Expert" e
       LEFT JOIN (SELECT c."expertId" AS "expertId", CAST(COUNT(*) AS INTEGER) AS "open"
                    FROM "Case" c WHERE ${ACTIVE_CASE_AT}
                   GROUP BY c."expertId") l ON l."expertId" = e."id"
      WHERE e."status" = 'active'
        AND ((e."approvedAt" IS NOT NULL AND e."approvedAt" <= ?) OR (e."approvedAt" IS NULL AND e."registeredOn" <= ?))
      GROUP BY e."prefecture", e."coveredPrefectures"`,
    asOf.at,
    asOf.at,
    asOf.day,
    asOf.at,
    asOf.day,
    asOf.at,
    asOf.day,
  );
}
