/**
 * Rows made directly in the database for tests of features that start after a step another
 * feature owns (an approved expert, a screened application, an approved case). Each helper takes
 * overrides of any column; defaults are plausible and unique within one process.
 */
import type { DbClient } from "../../src/db/client.js";
import type { Application, Case, Company, Expert, Prisma } from "../../src/generated/prisma/client.js";

let seq = 0;
const next = () => ++seq;

/** An active RISS expert in Aichi (23) with capacity 3, unless overridden. Arrays may be given as arrays. */
export async function createExpert(
  db: DbClient,
  overrides: Omit<Partial<Prisma.ExpertUncheckedCreateInput>, "coveredPrefectures" | "industries"> & {
    coveredPrefectures?: number[] | string;
    industries?: string[] | string;
  } = {},
): Promise<Expert> {
  const n = next();
  const { coveredPrefectures, industries, ...rest } = overrides;
  const prefecture = rest.prefecture === undefined ? 23 : rest.prefecture;
  return db.expert.create({
    data: {
      nameKanji: `専門家 ${n}号`,
      nameKana: `せんもんか ${n}ごう`,
      qualification: "RISS",
      rissNumber: String(100000 + n),
      registeredOn: "2019-08-01",
      status: "active",
      capacity: 3,
      email: `expert${n}@example.jp`,
      phone: `090-0000-${String(n).padStart(4, "0")}`,
      ...rest,
      prefecture,
      coveredPrefectures: toJson(coveredPrefectures ?? (prefecture ? [prefecture] : [])),
      industries: toJson(industries ?? []),
    },
  });
}

export async function createCompany(
  db: DbClient,
  overrides: Partial<Prisma.CompanyUncheckedCreateInput> = {},
): Promise<Company> {
  const n = next();
  return db.company.create({
    data: {
      name: `株式会社テスト${n}`,
      nameKana: "かぶしきがいしゃてすと",
      industry: "E",
      capitalYen: 10_000_000,
      employees: 20,
      prefecture: 23,
      address: `名古屋市中区${n}-1`,
      ...overrides,
    },
  });
}

/**
 * A valid application of the current program (a company is made unless `companyId` is given;
 * `company` overrides its columns).
 */
export async function createApplication(
  db: DbClient,
  overrides: Partial<Prisma.ApplicationUncheckedCreateInput> & {
    company?: Partial<Prisma.CompanyUncheckedCreateInput>;
  } = {},
): Promise<Application & { company: Company }> {
  const { company: companyOverrides, ...rest } = overrides;
  const programId =
    rest.programId ?? (await db.program.findFirstOrThrow({ where: { current: true }, orderBy: { id: "desc" } })).id;
  const companyId = rest.companyId ?? (await createCompany(db, companyOverrides)).id;
  const n = next();
  return db.application.create({
    data: {
      programId,
      companyId,
      receivedOn: "2019-09-02",
      source: "mail",
      contactName: `担当 ${n}`,
      contactTitle: "総務部長",
      contactEmail: `contact${n}@sme.example.jp`,
      contactPhone: "052-000-0000",
      status: "valid",
      screenedBy: "USEC1",
      screenedAt: new Date("2019-09-03T01:00:00Z"),
      ...rest,
    },
    include: { company: true },
  });
}

/**
 * An approved, active case (and its first assignment); the application is marked matched.
 * `approvedOn` is a Japan-time date.
 */
export async function createCase(
  db: DbClient,
  data: { applicationId: number; expertId: number } & Partial<Prisma.CaseUncheckedCreateInput>,
): Promise<Case> {
  const app = await db.application.findUniqueOrThrow({ where: { id: data.applicationId } });
  const approvedAt = data.approvedAt ? new Date(data.approvedAt) : new Date("2019-09-10T01:00:00Z");
  const created = await db.case.create({
    data: {
      programId: app.programId,
      status: "active",
      approvedBy: "USEC1",
      approvedAt,
      approvedOn: "2019-09-10",
      firstVisitTarget: "2019-09-24",
      ...data,
    },
  });
  await db.caseAssignment.create({
    data: { caseId: created.id, expertId: created.expertId, fromAt: approvedAt, by: created.approvedBy },
  });
  await db.application.update({
    where: { id: app.id },
    data: { status: "matched", chosenExpertId: created.expertId, chosenVia: app.chosenVia ?? "phone" },
  });
  return created;
}

function toJson(value: unknown[] | string): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}
