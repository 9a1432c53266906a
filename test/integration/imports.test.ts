import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/features/imports/imports.schemas.js";
import { fixture, importAll2019, type Setup, setup2019 } from "./import-support.js";

describe("CSV import of the 2019 program", () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup2019();
  });
  afterAll(async () => {
    await s.close();
  });

  it("imports experts, applications, cases and visits (hundreds of rows, BOM and Japanese headers)", async () => {
    const [experts, applications, cases, visits] = await importAll2019(s);
    expect(experts).toMatchObject({ encoding: "utf-8-bom", rows: 382, created: 382, issues: [] });
    expect(applications).toMatchObject({ encoding: "utf-8", rows: 402, created: 402, issues: [] });
    expect(cases).toMatchObject({ rows: 382, created: 382 });
    expect(visits).toMatchObject({ rows: 1521, created: 1521 });

    const db = s.db.client;
    expect(await db.expert.count({ where: { status: "active" } })).toBe(364);
    expect(await db.expert.count({ where: { qualification: "RISS_ITC" } })).toBe(31);
    expect(await db.application.count({ where: { status: "invalid" } })).toBe(20);
    expect(await db.application.count({ where: { status: "matched" } })).toBe(382);
    // Applications with a corporate number (every other valid one) share nothing: 402 companies.
    expect(await db.company.count()).toBe(402);
    expect(await db.caseAssignment.count()).toBe(382);
    // Held ≤ 12/15 accepted (382+375+321+113), 12/16–12/29 reported (6+59+262), later held (3).
    expect(await db.visitReport.count({ where: { status: "accepted" } })).toBe(1191);
    expect(await db.visitReport.count({ where: { status: "submitted" } })).toBe(327);
    expect(await db.honorariumLine.aggregate({ _sum: { amountYen: true }, _count: true })).toEqual({
      _sum: { amountYen: 1191 * 30000 },
      _count: 1191,
    });
    // A case whose 4th visit is accepted is completed: the 113 fourth visits held by 12/15.
    expect(await db.case.count({ where: { status: "completed" } })).toBe(113);

    const a1 = await db.application.findFirstOrThrow({ where: { externalId: "A0001" }, include: { company: true } });
    expect(a1.company).toMatchObject({
      prefecture: 13,
      industry: "E",
      capitalYen: 10_000_000,
      corporateNumber: "3700000000001",
    });
    expect(a1).toMatchObject({ source: "web", receivedOn: "2019-08-30", contactPhone: "03-1234-0001" });
    const e2 = await db.expert.findFirstOrThrow({ where: { externalId: "E0002" } });
    expect(e2).toMatchObject({ registeredOn: "2019-08-03", prefecture: 1, slackUserId: "UEXP00002" });
    expect(JSON.parse(e2.coveredPrefectures)).toEqual([1, 11]);
    const audit = await db.auditLog.findMany({ where: { entityType: "import" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "import.experts",
      "import.applications",
      "import.cases",
      "import.visits",
    ]);
  });

  it("importing the same files again changes nothing (keys: external_id; visits: application and round)", async () => {
    const before = await s.db.client.visit.findMany({ orderBy: { id: "asc" } });
    const again = await importAll2019(s);
    expect(again.map((r) => [r.created, r.updated, r.unchanged])).toEqual([
      [0, 0, 382],
      [0, 0, 402],
      [0, 0, 382],
      [0, 0, 1521],
    ]);
    expect(await s.db.client.visit.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await s.db.client.auditLog.count({ where: { entityType: "import" } })).toBe(4);
  });

  it("reads the Shift_JIS copy with Japanese headers as the same data", async () => {
    const result = await s.run("experts", fixture("experts-2019-sjis.csv"));
    expect(result).toMatchObject({
      encoding: "shift_jis",
      rows: 382,
      created: 0,
      updated: 0,
      unchanged: 382,
      issues: [],
    });
  });

  it("a changed row updates only that record; --dry-run shows it and writes nothing", async () => {
    const file = fixture("applications-2019.csv").toString("utf8").replace("担当者0007,", "担当者 七郎,");
    const dry = await s.run("applications", file, true);
    expect(dry).toMatchObject({ dryRun: true, created: 0, updated: 1, unchanged: 401 });
    expect((await s.db.client.application.findFirstOrThrow({ where: { externalId: "A0007" } })).contactName).toBe(
      "担当者0007",
    );
    const real = await s.run("applications", file);
    expect(real).toMatchObject({ updated: 1, unchanged: 401 });
    expect((await s.db.client.application.findFirstOrThrow({ where: { externalId: "A0007" } })).contactName).toBe(
      "担当者 七郎",
    );
    // Matched applications keep their status when the file says 有効 (valid).
    expect((await s.db.client.application.findFirstOrThrow({ where: { externalId: "A0007" } })).status).toBe("matched");
  });

  describe("bad files: every bad row is reported with its line and column, and nothing is imported", () => {
    it("unknown prefecture and duplicate external_id", async () => {
      const result = await s.run("experts", fixture("experts-bad.csv"));
      expect(result.issues.map(formatIssue)).toEqual([
        'line 2, column prefecture: unknown prefecture "東京府"',
        "line 4, column external_id: duplicate external_id X002 (also on line 3)",
      ]);
      expect(result.created).toBe(0);
      expect(await s.db.client.expert.count({ where: { externalId: { startsWith: "X" } } })).toBe(0);
    });

    it("round 5, dates outside the program period and impossible dates", async () => {
      const before = await s.db.client.visit.count();
      const result = await s.run("visits", fixture("visits-bad.csv"));
      expect(result.issues.map(formatIssue)).toEqual([
        "line 2, column round: round 5 does not exist (a case has rounds 1 to 4)",
        "line 3, column held_on: 2020-02-03 is outside the program period up to today (2019-07-17 to 2020-01-31)",
        "line 4, column held_on: 2019-07-01 is outside the program period up to today (2019-07-17 to 2020-01-31)",
        'line 5, column held_on: "2019/11/31" is not a date (use 2019/11/17, 2019-11-17 or R1.11.17)',
      ]);
      expect(await s.db.client.visit.count()).toBe(before);
    });

    it("a Shift_JIS file names its Japanese columns; its good rows are not imported either", async () => {
      const result = await s.run("applications", fixture("applications-bad-sjis.csv"));
      expect(result.encoding).toBe("shift_jis");
      expect(result.issues.map(formatIssue)).toEqual([
        'line 3, column 法人番号: "1234567890123" has a wrong check digit (not a valid corporate number)',
        'line 3, column 都道府県: unknown prefecture "大阪都"',
      ]);
      expect(await s.db.client.application.count({ where: { externalId: { startsWith: "S" } } })).toBe(0);
    });

    it("one bad row among 1,521 good ones stops the whole file", async () => {
      const fresh = await setup2019();
      for (const [kind, file] of [
        ["experts", "experts-2019.csv"],
        ["applications", "applications-2019.csv"],
        ["cases", "cases-2019.csv"],
      ] as const)
        await fresh.run(kind, fixture(file));
      const file = `${fixture("visits-2019.csv").toString("utf8")}A0005,3,2019/10/01,held\r\n`;
      const result = await fresh.run("visits", file);
      expect(result.issues.map(formatIssue)).toEqual([
        "line 1523, column application_external_id: round 3 of application A0005 is already on line 20",
      ]);
      expect(await fresh.db.client.visit.count()).toBe(0);
      await fresh.close();
    });

    it("references, order of rounds and missing columns", async () => {
      const cases = await s.run(
        "cases",
        "application_external_id,expert_external_id,approved_on\nA0400,E0001,2019/10/01\nNOPE,E0370,2019/10/01\n",
      );
      expect(cases.issues.map(formatIssue)).toEqual([
        "line 2, column application_external_id: application A0400 is invalid; only a valid application can be matched",
        "line 3, column application_external_id: no application has external_id NOPE (import applications first)",
        "line 3, column expert_external_id: expert E0370 is pending, not active",
      ]);
      const order = await s.run("visits", "申込番号,回,実施日,状態\nA0382,3,2019/12/20,held\n");
      expect(order.issues.map(formatIssue)).toEqual([
        "line 2, column 回: round 3 cannot be held before round 2 (application A0382 has no round 2)",
      ]);
      const missing = await s.run("visits", "application_external_id,held_on\nA0001,2019/10/01\n");
      expect(missing.issues.map(formatIssue)).toEqual([
        "line 1, column round: missing column (header round or 回 or 訪問回)",
        "line 1, column status: missing column (header status or 状態 or ステータス)",
      ]);
    });
  });
});
