import type { DbClient } from "../../db/client.js";
import type { Reader } from "../../db/reader.js";
import type { Application, Company } from "../../generated/prisma/client.js";
import { ExpertNameIndex } from "../experts/expert-name-index.js";

export type { Application, Company };

/** Another application of the same program that gives the same 法人番号: a possible duplicate. */
export type SameNumberApplication = { id: number; status: string };

/**
 * An application with what every view of it shows: its company, the recruiting expert's name, and
 * the program's other applications with the same 法人番号 (oldest first).
 */
/** A case of another program with the same company (法人番号 or record): the SME took part before. */
export type EarlierCase = { caseId: number; programName: string; expertName: string; status: string };

export type ApplicationDetail = Application & {
  company: Company;
  recruiter: { id: number; nameKanji: string; nameKana: string } | null;
  sameNumber: SameNumberApplication[];
  /** Cases of other programs with the same 法人番号 or company record (absent in records built without it). */
  earlierCases?: EarlierCase[];
};

const DETAIL = { company: true, recruiter: { select: { id: true, nameKanji: true, nameKana: true } } } as const;

type Loaded = Omit<ApplicationDetail, "sameNumber" | "earlierCases">;

/** Adds `sameNumber` to each application, in one query for all of them. */
async function withSameNumber(db: DbClient, apps: Loaded[]): Promise<ApplicationDetail[]> {
  const numbers = [...new Set(apps.flatMap((a) => (a.company.corporateNumber ? [a.company.corporateNumber] : [])))];
  const others =
    numbers.length === 0
      ? []
      : await db.application.findMany({
          where: {
            programId: { in: [...new Set(apps.map((a) => a.programId))] },
            company: { corporateNumber: { in: numbers } },
          },
          select: { id: true, status: true, programId: true, company: { select: { corporateNumber: true } } },
          orderBy: { id: "asc" },
        });
  const earlier = await earlierCasesOf(db, apps, numbers);
  return apps.map((a) => ({
    ...a,
    earlierCases: earlier
      .filter(
        (c) =>
          c.programId !== a.programId &&
          (c.application.companyId === a.companyId ||
            (a.company.corporateNumber !== null &&
              c.application.company.corporateNumber === a.company.corporateNumber)),
      )
      .map((c) => ({ caseId: c.id, programName: c.program.name, expertName: c.expert.nameKanji, status: c.status })),
    sameNumber: a.company.corporateNumber
      ? others
          .filter(
            (o) =>
              o.id !== a.id && o.programId === a.programId && o.company.corporateNumber === a.company.corporateNumber,
          )
          .map((o) => ({ id: o.id, status: o.status }))
      : [],
  }));
}

/** Cases of other programs than the applications' own with their 法人番号 or company records, oldest first. */
async function earlierCasesOf(db: DbClient, apps: Loaded[], numbers: string[]) {
  if (apps.length === 0) return [];
  return db.case.findMany({
    where: {
      programId: { notIn: [...new Set(apps.map((a) => a.programId))] },
      application: {
        OR: [
          { companyId: { in: apps.map((a) => a.companyId) } },
          ...(numbers.length > 0 ? [{ company: { corporateNumber: { in: numbers } } }] : []),
        ],
      },
    },
    select: {
      id: true,
      status: true,
      programId: true,
      program: { select: { name: true } },
      expert: { select: { nameKanji: true } },
      application: { select: { companyId: true, company: { select: { corporateNumber: true } } } },
    },
    orderBy: { id: "asc" },
  });
}

async function withSameNumberOne(db: DbClient, app: Loaded | null): Promise<ApplicationDetail | null> {
  return app ? ((await withSameNumber(db, [app]))[0] ?? null) : null;
}

export type CompanyColumns = Pick<
  Company,
  "name" | "nameKana" | "corporateNumber" | "industry" | "capitalYen" | "employees" | "prefecture" | "address"
>;

export type ApplicationColumns = Pick<
  Application,
  | "programId"
  | "companyId"
  | "receivedOn"
  | "source"
  | "heardFrom"
  | "contactName"
  | "contactTitle"
  | "contactEmail"
  | "contactPhone"
  | "contactSlackUserId"
  | "contactLocale"
  | "recruiterExpertId"
  | "scheduleWishes"
  | "eligibilityOverride"
  | "duplicateOverride"
  | "submittedBy"
  | "submissionKey"
>;

export async function findApplicationById(db: DbClient, id: number): Promise<ApplicationDetail | null> {
  return withSameNumberOne(db, await db.application.findUnique({ where: { id }, include: DETAIL }));
}

export async function findApplicationBySubmissionKey(db: DbClient, key: string): Promise<ApplicationDetail | null> {
  return withSameNumberOne(db, await db.application.findUnique({ where: { submissionKey: key }, include: DETAIL }));
}

/** Stores an application with its own company row (never shared: see the Company model). */
export async function createApplication(
  db: DbClient,
  data: Omit<ApplicationColumns, "companyId">,
  company: CompanyColumns,
): Promise<ApplicationDetail> {
  const { id: companyId } = await db.company.create({ data: company, select: { id: true } });
  const created = await db.application.create({
    data: { ...data, companyId, status: "received" },
    include: DETAIL,
  });
  return (await withSameNumberOne(db, created)) as ApplicationDetail;
}

/**
 * A program's applications whose company matches (by 法人番号 or by prefecture), leaving out the
 * given statuses: what duplicate checks compare against.
 */
export async function listApplicationsByCompany(
  db: DbClient,
  programId: number,
  company: { corporateNumber: string } | { prefecture: number },
  excludeStatuses: string[],
) {
  return db.application.findMany({
    where: { programId, status: { notIn: excludeStatuses }, company },
    select: { id: true, receivedOn: true, company: { select: { name: true, corporateNumber: true } } },
    orderBy: { id: "asc" },
  });
}

/** Moves an application from one status to another only if it is still in `from` (races lose cleanly). */
export async function transitionApplication(
  db: DbClient,
  id: number,
  from: string,
  data: Pick<Application, "status"> & Partial<Pick<Application, "invalidReason" | "screenedBy" | "screenedAt">>,
): Promise<boolean> {
  const { count } = await db.application.updateMany({ where: { id, status: from }, data });
  return count === 1;
}

/** Oldest first: by the day it was received, then by entry order. */
export async function listApplicationsByStatus(
  db: DbClient,
  programId: number,
  status: string,
  take: number,
): Promise<ApplicationDetail[]> {
  const found = await db.application.findMany({
    where: { programId, status },
    orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
    take,
    include: DETAIL,
  });
  return withSameNumber(db, found);
}

/**
 * How many of a program's applications are in each status (only the given ones when `statuses`
 * is set; absent ones are missing). On the read connection: /desk queue and App Home ask on
 * every request.
 */
export async function countApplicationsInStatus(
  read: Reader,
  programId: number,
  statuses?: string[],
): Promise<Record<string, number>> {
  if (statuses?.length === 0) return {};
  const rows = await read.all<{ status: string; count: number }>(
    `SELECT "status" AS "status", CAST(COUNT(*) AS INTEGER) AS "count" FROM "Application"
     WHERE "programId" = ?${statuses ? ` AND "status" IN (${statuses.map(() => "?").join(", ")})` : ""}
     GROUP BY "status"`,
    programId,
    ...(statuses ?? []),
  );
  return Object.fromEntries(rows.map((r) => [r.status, r.count]));
}

const nameIndexes = new WeakMap<Reader, ExpertNameIndex>();

/**
 * Active experts whose kanji or kana name contains every term of the query (either kana script, any width),
 * in name order, with their open cases and capacity: the candidate and recruiter pickers. Runs
 * on the read connection and the in-memory name index (options loads wait on it).
 */
export async function searchActiveExperts(read: Reader, query: string, take: number) {
  // Up to four whitespace-separated terms, each of which must match.
  const terms = query.normalize("NFKC").trim().split(/\s+/).filter(Boolean).slice(0, 4);
  if (terms.length === 0) return [];
  let index = nameIndexes.get(read);
  if (!index) {
    index = new ExpertNameIndex(read);
    nameIndexes.set(read, index);
  }
  const found = await index.search(terms, take);
  if (found.length === 0) return [];
  const ids = found.map((e) => e.id);
  const rows = await read.all<{ id: number; capacity: number; open: number }>(
    `SELECT e."id" AS "id", e."capacity" AS "capacity",
            (SELECT CAST(COUNT(*) AS INTEGER) FROM "Case" c WHERE c."expertId" = e."id" AND c."status" = 'active') AS "open"
     FROM "Expert" e WHERE e."id" IN (${ids.map(() => "?").join(", ")})`,
    ...ids,
  );
  const load = new Map(rows.map((r) => [r.id, r]));
  return found.map((e) => ({ ...e, capacity: load.get(e.id)?.capacity ?? 0, open: load.get(e.id)?.open ?? 0 }));
}
