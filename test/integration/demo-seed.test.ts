import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { migrateDeploy } from "../../src/db/migrate.js";
import { briefingTable } from "../../src/features/briefings/briefing-table.js";
import { seedDemo } from "../../src/features/demo/demo-seed.js";
import { EXPERTS_BY_PREFECTURE, VISITS_BY_WEEK } from "../../src/features/demo/report-2019.js";
import { EXPORT_ENTITIES } from "../../src/features/exports/exports.schemas.js";
import { ExportsService } from "../../src/features/exports/exports-service.js";
import { FinalReportService } from "../../src/features/final-report/final-report-service.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { Prisma } from "../../src/generated/prisma/client.js";
import { ManualClock } from "../../src/lib/clock.js";
import { freshDatabaseFile, TEST_ENGINE } from "../support/db-fixture.js";

function weekEnding(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  const dow = (t.getUTCDay() + 6) % 7;
  return new Date(t.getTime() + (6 - dow) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Every table's rows as Prisma reads them (which decodes both engines' values alike), in a fixed
 * order; the moment of seeding (columns the seeder stamps "now") masked, and the name search's
 * version stamps (SQLite's triggers stamp each expert, PostgreSQL's each transaction) left out.
 */
async function contents(db: Database, seededFrom: Date): Promise<Record<string, string[]>> {
  // SQLite's CURRENT_TIMESTAMP (a column default) keeps whole seconds: 12:00:07.000 is "now" for a seed started at 12:00:07.400.
  const from = Math.floor(seededFrom.getTime() / 1000) * 1000;
  const models = db.client as unknown as Record<string, { findMany(): Promise<Record<string, unknown>[]> }>;
  const out: Record<string, string[]> = {};
  for (const table of Object.values(Prisma.ModelName)) {
    const rows = await models[table[0].toLowerCase() + table.slice(1)].findMany();
    out[table] = rows
      .map((row) =>
        JSON.stringify(
          Object.entries(row)
            .filter(([k]) => !(table === "Expert" && k === "nameVersion") && table !== "ExpertNameVersion")
            .map(([k, v]) => [k, v instanceof Date && v.getTime() >= from ? "(now)" : v]),
        ),
      )
      .sort();
  }
  return out;
}

/** The final report now and as of a day in the December crunch, and every export, as CSV. */
async function outputs(db: Database): Promise<Record<string, string>> {
  const clock = new ManualClock("2020-03-31T10:00:00");
  const reports = new FinalReportService(db, clock, new ProgramService(db, clock));
  const exports = new ExportsService(db, clock);
  const out: Record<string, string> = {};
  for (const at of [undefined, "2019-12-02"])
    out[`final@${at ?? "now"}`] = String((await reports.render(await reports.build("final", { at }), "csv")).content);
  // The audit log holds the seeding's own moment.
  for (const entity of EXPORT_ENTITIES.filter((e) => e !== "audit"))
    out[entity] = String((await exports.export(entity, "csv", { personal: true })).content);
  return out;
}

describe("desk seed demo", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** A SQLite database whatever the engine under test: PostgreSQL must hold exactly what SQLite does. */
  async function sqliteFile(): Promise<string> {
    if (TEST_ENGINE === "sqlite") {
      const file = await freshDatabaseFile();
      cleanups.push(file.cleanup);
      return file.url;
    }
    const dir = mkdtempSync(join(tmpdir(), "desk-demo-reference-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const url = `file:${join(dir, "reference.db")}`;
    await migrateDeploy(url, { quiet: true });
    return url;
  }

  async function seeded(seed: number) {
    const file = await freshDatabaseFile();
    const db = await openDatabase(file.url);
    cleanups.push(async () => {
      await db.disconnect();
      await file.cleanup();
    });
    const summary = await seedDemo(db, file.url, { scale: 1, seed });
    return { db, summary, url: file.url };
  }

  it("at scale 1 reproduces the 2019 report's experts by prefecture and visits by week", async () => {
    const { db, summary } = await seeded(2019);
    expect(summary).toMatchObject({ experts: 364, applications: 402, cases: 382, visits: 1521, briefings: 8 });

    const experts = await db.client.expert.findMany({
      where: { status: "active" },
      select: { prefecture: true, qualification: true },
    });
    for (const [pref, riss, itc] of EXPERTS_BY_PREFECTURE) {
      const here = experts.filter((e) => e.prefecture === pref);
      expect(here.filter((e) => e.qualification !== "ITC")).toHaveLength(riss);
      expect(here.filter((e) => e.qualification === "ITC")).toHaveLength(itc);
    }

    const visits = await db.client.visit.findMany({ select: { heldOn: true, round: true, caseId: true } });
    const byWeek = new Map<string, number[]>();
    for (const v of visits) {
      const week = weekEnding(v.heldOn!);
      const row = byWeek.get(week) ?? [0, 0, 0, 0];
      row[v.round - 1]++;
      byWeek.set(week, row);
    }
    for (const [week, ...rounds] of VISITS_BY_WEEK) expect(byWeek.get(week) ?? [0, 0, 0, 0]).toEqual(rounds);

    // Rounds of one case are held in order, never two on one day.
    const byCase = new Map<number, { round: number; heldOn: string }[]>();
    for (const v of visits)
      byCase.set(v.caseId, [...(byCase.get(v.caseId) ?? []), { round: v.round, heldOn: v.heldOn! }]);
    for (const list of byCase.values()) {
      const sorted = [...list].sort((a, b) => a.round - b.round);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i].heldOn > sorted[i - 1].heldOn).toBe(true);
    }
    expect(await db.client.case.count({ where: { status: "terminated" } })).toBe(3);
    expect(await db.client.case.count({ where: { status: "completed" } })).toBe(379);

    // Table 1: 1,068 briefing applications, 467 accepted, 412 attended; SME survey 74.9% answered.
    expect(await db.client.briefingRegistration.count()).toBe(1068);
    expect(await db.client.briefingRegistration.count({ where: { status: "accepted" } })).toBe(467);
    expect(await db.client.briefingRegistration.count({ where: { attended: true } })).toBe(412);
    // The report's Table 1 row by row: Niigata (cancelled) turned its 29 accepted away.
    const table1 = await briefingTable(db.client);
    expect(table1.map((r) => [r.date, r.applications, r.accepted, r.refused, r.attended])).toEqual([
      ["2019-08-20", 65, 65, 0, 63],
      ["2019-08-28", 41, 41, 0, 40],
      ["2019-08-30", 608, 104, 504, 97],
      ["2019-09-03", 161, 87, 74, 80],
      ["2019-09-06", 77, 58, 19, 55],
      ["2019-09-10", 44, 44, 0, 43],
      ["2019-09-12", 29, 29, 29, 0],
      ["2019-09-17", 43, 39, 4, 34],
      ["total", 1068, 467, 630, 412],
    ]);
    const sme = await db.client.surveyResponse.findMany({ where: { audience: "sme" }, select: { status: true } });
    expect(sme.filter((r) => r.status === "answered").length / sme.length).toBeCloseTo(0.749, 2);
  });

  it("gives the same rows, reports and exports for a seed on SQLite and on the engine under test; refuses a database with data", async () => {
    const started = new Date();
    const a = await seeded(7);
    const referenceUrl = await sqliteFile();
    const reference = await openDatabase(referenceUrl);
    cleanups.push(() => reference.disconnect());
    await seedDemo(reference, referenceUrl, { scale: 1, seed: 7 });

    const [mine, theirs] = [await contents(a.db, started), await contents(reference, started)];
    expect(Object.keys(mine).filter((table) => mine[table].length > 0)).toEqual(
      expect.arrayContaining(["Expert", "Application", "Case", "Visit", "VisitReport", "SurveyResponse", "AuditLog"]),
    );
    for (const table of Object.keys(theirs)) expect(mine[table], table).toEqual(theirs[table]);
    // What people read from those rows: ordering, NULLs and raw SQL must not differ by engine either.
    expect(await outputs(a.db)).toEqual(await outputs(reference));
    await expect(seedDemo(a.db, a.url, { scale: 1, seed: 7 })).rejects.toThrow(/empty database/);
  });

  it("leaves each id sequence past the seeded ids: what the app creates next gets a new id", async () => {
    const { db } = await seeded(2019);
    const max = await db.client.expert.aggregate({ _max: { id: true } });
    const expert = await db.client.expert.create({
      data: { nameKanji: "新規 登録", nameKana: "しんき とうろく", qualification: "RISS", registeredOn: "2019-12-01" },
    });
    expect(expert.id).toBe((max._max.id ?? 0) + 1);
    const visit = await db.client.visit.findFirstOrThrow({ orderBy: { id: "desc" } });
    const created = await db.client.visit.create({
      data: { caseId: visit.caseId, round: 5, expertId: visit.expertId, status: "scheduled" },
    });
    expect(created.id).toBe(visit.id + 1);
  });
});
