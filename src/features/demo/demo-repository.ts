import type { Database } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { inBulkTransaction } from "./bulk-writer.js";

/** The rows the demo writes (Prisma's input shapes, explicit ids included). */
export type DemoExpert = Prisma.ExpertCreateManyInput;
export type DemoCompany = Prisma.CompanyCreateManyInput;
export type DemoApplication = Prisma.ApplicationCreateManyInput;
export type DemoCase = Prisma.CaseCreateManyInput;
export type DemoCaseAssignment = Prisma.CaseAssignmentCreateManyInput;
export type DemoVisit = Prisma.VisitCreateManyInput;
export type DemoVisitReport = Prisma.VisitReportCreateManyInput;
export type DemoHonorariumLine = Prisma.HonorariumLineCreateManyInput;
export type DemoHonorariumBatch = Prisma.HonorariumBatchCreateManyInput;
export type DemoBriefingRegistration = Prisma.BriefingRegistrationCreateManyInput;
export type DemoSurveyResponse = Prisma.SurveyResponseCreateManyInput;

/** Experts and applications already in the database (the demo fills only an empty one). */
export async function countExpertsAndApplications(db: Database): Promise<number> {
  return (await db.client.expert.count()) + (await db.client.application.count());
}

/** The honorarium rates of the current program, or null when there is none yet. */
export async function findCurrentRates(db: Database): Promise<{ riss: number; itc: number } | null> {
  const current = await db.client.program.findFirst({
    where: { current: true },
    orderBy: { id: "desc" },
    select: { honorariumRissYen: true, honorariumItcYen: true },
  });
  return current ? { riss: current.honorariumRissYen, itc: current.honorariumItcYen } : null;
}

/** Tables whose rows carry createdAt / updatedAt without a usable SQL default. */
const TIMESTAMPED = new Set([
  "Expert",
  "Company",
  "Application",
  "Case",
  "Visit",
  "VisitReport",
  "BriefingRegistration",
]);

/** Rows per insert call (and per progress report). */
const BATCH = 5000;

/** What the demo writes in one transaction: the program's period and rates, then every table's rows in order. */
export type DemoWrite = {
  program: { name: string; startDate: string; endDate: string; applyFrom: string; applyUntil: string };
  /** For a program the demo creates (an existing program keeps its own rates). */
  rates: { riss: number; itc: number };
  /** Table name and rows; rows with a `programId` get the program's id. */
  tables: [string, Record<string, unknown>[]][];
  /** What the audit entry records of the run. */
  audit: Record<string, unknown>;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Writes the demo in one bulk transaction (all of it or nothing): the current program gets the
 * demo's period (or is created), then the rows, then an audit entry. Returns the program's id.
 */
export async function writeDemo(databaseUrl: string, demo: DemoWrite): Promise<number> {
  const total = demo.tables.reduce((n, [, rows]) => n + rows.length, 0);
  const now = new Date();
  return inBulkTransaction(databaseUrl, async (writer) => {
    const [program] = await writer.query('SELECT "id" FROM "Program" WHERE "current" = ? ORDER BY "id" DESC LIMIT 1', [
      true,
    ]);
    let programId = program?.id as number | undefined;
    const p = demo.program;
    const period = [p.name, p.startDate, p.endDate, p.applyFrom, p.applyUntil];
    if (programId) {
      await writer.query(
        'UPDATE "Program" SET "name" = ?, "startDate" = ?, "endDate" = ?, "applyFrom" = ?, "applyUntil" = ?, "updatedAt" = ? WHERE "id" = ?',
        [...period, now, programId],
      );
    } else {
      const [created] = await writer.query(
        'INSERT INTO "Program" ("name", "startDate", "endDate", "applyFrom", "applyUntil", "current", "honorariumRissYen", "honorariumItcYen", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "id"',
        [...period, true, demo.rates.riss, demo.rates.itc, now, now],
      );
      programId = Number(created.id);
    }
    for (const [, rows] of demo.tables) for (const r of rows) if ("programId" in r) r.programId = programId;
    let done = 0;
    for (const [table, rows] of demo.tables) {
      const stamps = TIMESTAMPED.has(table) ? { createdAt: now, updatedAt: now } : {};
      for (let i = 0; i < rows.length; i += BATCH) {
        await writer.insert(table, rows.slice(i, i + BATCH), stamps);
        done += Math.min(BATCH, rows.length - i);
        demo.onProgress?.(done, total);
      }
    }
    await writer.insert(
      "AuditLog",
      [
        {
          actor: "demo",
          action: "demo.seed",
          entityType: "program",
          entityId: String(programId),
          after: JSON.stringify(demo.audit),
        },
      ],
      { at: now },
    );
    return programId;
  });
}
