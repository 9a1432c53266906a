import type { DbClient } from "../../src/db/client.js";

/**
 * Completed cases made directly in the database, for the survey tests (the matching and visits
 * flows that normally produce them are tested elsewhere).
 */
export async function createActiveExpert(
  db: DbClient,
  opts: { slackUserId?: string | null; name?: string } = {},
): Promise<{ id: number }> {
  const n = (await db.expert.count()) + 1;
  return db.expert.create({
    data: {
      slackUserId: opts.slackUserId ?? null,
      nameKanji: opts.name ?? `専門家 ${n}`,
      nameKana: "せんもんか",
      qualification: "RISS",
      rissNumber: String(100000 + n),
      prefecture: 13,
      coveredPrefectures: "[13]",
      industries: '["E"]',
      status: "active",
      registeredOn: "2019-08-01",
      approvedAt: new Date("2019-08-02T00:00:00Z"),
      approvedBy: "USEC1",
    },
    select: { id: true },
  });
}

export type CompletedCaseOptions = {
  expertId: number;
  /** The SME contact's Slack user (null: the SME is not on Slack). */
  smeSlackUserId?: string | null;
  company?: string;
  status?: "completed" | "active";
  completedOn?: string;
};

/** A company, its application and a case (completed unless told otherwise). */
export async function createCase(db: DbClient, opts: CompletedCaseOptions): Promise<{ id: number }> {
  const program = await db.program.findFirstOrThrow({ where: { current: true } });
  const n = (await db.company.count()) + 1;
  const company = await db.company.create({
    data: { name: opts.company ?? `株式会社テスト${n}`, industry: "E", prefecture: 13, employees: 10 },
  });
  const application = await db.application.create({
    data: {
      programId: program.id,
      companyId: company.id,
      receivedOn: "2019-09-01",
      source: "web",
      contactName: `担当 ${n}`,
      contactEmail: `contact${n}@example.jp`,
      contactPhone: "03-1234-5678",
      contactSlackUserId: opts.smeSlackUserId ?? null,
      status: "matched",
      chosenExpertId: opts.expertId,
    },
  });
  const status = opts.status ?? "completed";
  return db.case.create({
    data: {
      programId: program.id,
      applicationId: application.id,
      expertId: opts.expertId,
      status,
      approvedBy: "USEC1",
      approvedAt: new Date("2019-09-10T00:00:00Z"),
      approvedOn: "2019-09-10",
      completedOn: status === "completed" ? (opts.completedOn ?? "2019-12-20") : null,
    },
    select: { id: true },
  });
}
