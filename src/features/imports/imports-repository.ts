import type { DbClient } from "../../db/client.js";
import type { Prisma } from "../../generated/prisma/client.js";

/** The rows an import writes, and the changes it makes to rows that exist (Prisma's input types). */
export type ExpertCreate = Prisma.ExpertCreateManyInput;
export type ExpertChange = Prisma.ExpertUpdateInput;
export type CompanyCreate = Prisma.CompanyCreateManyInput;
export type CompanyChange = Prisma.CompanyUpdateInput;
export type ApplicationCreate = Prisma.ApplicationCreateManyInput;
export type ApplicationChange = Prisma.ApplicationUncheckedUpdateInput;
export type CaseCreate = Prisma.CaseCreateManyInput;
export type CaseChange = Prisma.CaseUncheckedUpdateInput;
export type CaseAssignmentCreate = Prisma.CaseAssignmentCreateManyInput;
export type VisitCreate = Prisma.VisitCreateManyInput;
export type VisitChange = Prisma.VisitUncheckedUpdateInput;
export type VisitReportCreate = Prisma.VisitReportCreateManyInput;
export type VisitReportChange = Prisma.VisitReportUncheckedUpdateInput;
export type HonorariumLineCreate = Prisma.HonorariumLineCreateManyInput;

/** SQLite limits bound variables per statement; lookups and inserts go in chunks of this size. */
const CHUNK = 500;
// Single-row updates use updateMany: it skips reading the row back, about 4× faster on SQLite.

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

async function inChunks<K, R>(keys: readonly K[], fn: (part: K[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunks([...new Set(keys)])) out.push(...(await fn(part)));
  return out;
}

export const expertImportSelect = {
  id: true,
  externalId: true,
  slackUserId: true,
  nameKanji: true,
  nameKana: true,
  qualification: true,
  rissNumber: true,
  prefecture: true,
  coveredPrefectures: true,
  industries: true,
  capacity: true,
  email: true,
  phone: true,
  status: true,
  registeredOn: true,
} as const;
export type ExpertForImport = Prisma.ExpertGetPayload<{ select: typeof expertImportSelect }>;

export function findExpertsByExternalIds(db: DbClient, ids: readonly string[]): Promise<ExpertForImport[]> {
  return inChunks(ids, (part) =>
    db.expert.findMany({ where: { externalId: { in: part } }, select: expertImportSelect }),
  );
}

export function findExpertsBySlackUsers(db: DbClient, slackUserIds: readonly string[]) {
  return inChunks(slackUserIds, (part) =>
    db.expert.findMany({
      where: { slackUserId: { in: part } },
      select: { id: true, externalId: true, slackUserId: true },
    }),
  );
}

export async function createExperts(db: DbClient, rows: ExpertCreate[]): Promise<void> {
  for (const part of chunks(rows)) await db.expert.createMany({ data: part });
}

export async function updateExpertRow(db: DbClient, id: number, data: ExpertChange): Promise<void> {
  await db.expert.updateMany({ where: { id }, data: data as Prisma.ExpertUpdateManyMutationInput });
}

export const applicationImportSelect = {
  id: true,
  externalId: true,
  programId: true,
  receivedOn: true,
  source: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  status: true,
  invalidReason: true,
  company: {
    select: {
      id: true,
      name: true,
      corporateNumber: true,
      industry: true,
      capitalYen: true,
      employees: true,
      prefecture: true,
    },
  },
  case: { select: { id: true, expertId: true, approvedOn: true, status: true } },
} as const;
export type ApplicationForImport = Prisma.ApplicationGetPayload<{ select: typeof applicationImportSelect }>;

export function findApplicationsByExternalIds(db: DbClient, ids: readonly string[]): Promise<ApplicationForImport[]> {
  return inChunks(ids, (part) =>
    db.application.findMany({ where: { externalId: { in: part } }, select: applicationImportSelect }),
  );
}

/** A program's applications not in the given statuses, with what the duplicate check compares. */
export function findApplicationsOfProgram(db: DbClient, programId: number, excludeStatuses: readonly string[]) {
  return db.application.findMany({
    where: { programId, status: { notIn: [...excludeStatuses] } },
    select: {
      id: true,
      externalId: true,
      company: { select: { name: true, corporateNumber: true, prefecture: true } },
    },
    orderBy: { id: "asc" },
  });
}

/** Inserts companies and returns their ids in input order (ids grow with insertion order; the write lock is held). */
export async function createCompanies(db: DbClient, rows: CompanyCreate[]): Promise<number[]> {
  const ids: number[] = [];
  for (const part of chunks(rows)) {
    const created = await db.company.createManyAndReturn({ data: part, select: { id: true } });
    ids.push(...created.map((c) => c.id).sort((a, b) => a - b));
  }
  return ids;
}

export async function updateCompanyRow(db: DbClient, id: number, data: CompanyChange): Promise<void> {
  await db.company.updateMany({ where: { id }, data: data as Prisma.CompanyUpdateManyMutationInput });
}

/** Inserts applications and returns their ids in input order. */
export async function createApplications(db: DbClient, rows: ApplicationCreate[]): Promise<number[]> {
  const ids: number[] = [];
  for (const part of chunks(rows)) {
    const created = await db.application.createManyAndReturn({ data: part, select: { id: true } });
    ids.push(...created.map((a) => a.id).sort((a, b) => a - b));
  }
  return ids;
}

export async function updateApplicationRow(db: DbClient, id: number, data: ApplicationChange): Promise<void> {
  await db.application.updateMany({ where: { id }, data: data as Prisma.ApplicationUncheckedUpdateManyInput });
}

/** Inserts cases and returns their ids in input order. */
export async function createCases(db: DbClient, rows: CaseCreate[]): Promise<number[]> {
  const ids: number[] = [];
  for (const part of chunks(rows)) {
    const created = await db.case.createManyAndReturn({ data: part, select: { id: true } });
    ids.push(...created.map((c) => c.id).sort((a, b) => a - b));
  }
  return ids;
}

export async function createCaseAssignments(db: DbClient, rows: CaseAssignmentCreate[]): Promise<void> {
  for (const part of chunks(rows)) await db.caseAssignment.createMany({ data: part });
}

export async function updateCaseRow(db: DbClient, id: number, data: CaseChange): Promise<void> {
  await db.case.updateMany({ where: { id }, data: data as Prisma.CaseUncheckedUpdateManyInput });
}

export const caseVisitsSelect = {
  id: true,
  status: true,
  expertId: true,
  approvedOn: true,
  expert: { select: { qualification: true } },
  visits: {
    where: { status: { not: "cancelled" } },
    select: {
      id: true,
      round: true,
      status: true,
      heldOn: true,
      reports: { select: { id: true, version: true, status: true }, orderBy: { version: "desc" }, take: 1 },
      honorarium: { select: { id: true } },
    },
  },
} as const;
export type CaseForVisitImport = Prisma.CaseGetPayload<{ select: typeof caseVisitsSelect }>;

export function findCasesWithVisits(db: DbClient, applicationIds: readonly number[]) {
  return inChunks(applicationIds, (part) =>
    db.case.findMany({
      where: { applicationId: { in: part } },
      select: { applicationId: true, ...caseVisitsSelect },
    }),
  );
}

/** Inserts visits and returns their ids in input order. */
export async function createVisits(db: DbClient, rows: VisitCreate[]): Promise<number[]> {
  const ids: number[] = [];
  for (const part of chunks(rows)) {
    const created = await db.visit.createManyAndReturn({ data: part, select: { id: true } });
    ids.push(...created.map((v) => v.id).sort((a, b) => a - b));
  }
  return ids;
}

export async function updateVisitRow(db: DbClient, id: number, data: VisitChange): Promise<void> {
  await db.visit.updateMany({ where: { id }, data: data as Prisma.VisitUncheckedUpdateManyInput });
}

export async function createVisitReports(db: DbClient, rows: VisitReportCreate[]): Promise<void> {
  for (const part of chunks(rows)) await db.visitReport.createMany({ data: part });
}

export async function updateVisitReportRow(db: DbClient, id: number, data: VisitReportChange): Promise<void> {
  await db.visitReport.updateMany({ where: { id }, data: data as Prisma.VisitReportUncheckedUpdateManyInput });
}

export async function createHonorariumLines(db: DbClient, rows: HonorariumLineCreate[]): Promise<void> {
  for (const part of chunks(rows)) await db.honorariumLine.createMany({ data: part });
}
