import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
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

/** Table 2 of the 2019 report as printed (its three columns of rows put back in JIS order): 計, RISS, ITC. */
const REPORT_TABLE2: [string, number, number, number][] = [
  ["北海道", 19, 18, 1],
  ["青森県", 0, 0, 0],
  ["岩手県", 1, 1, 0],
  ["宮城県", 4, 4, 0],
  ["秋田県", 2, 2, 0],
  ["山形県", 3, 2, 1],
  ["福島県", 5, 4, 1],
  ["茨城県", 4, 3, 1],
  ["栃木県", 5, 5, 0],
  ["群馬県", 1, 1, 0],
  ["埼玉県", 8, 3, 5],
  ["千葉県", 18, 16, 2],
  ["東京都", 81, 71, 10],
  ["神奈川県", 35, 29, 6],
  ["新潟県", 5, 3, 2],
  ["富山県", 3, 1, 2],
  ["石川県", 3, 2, 1],
  ["福井県", 6, 4, 2],
  ["山梨県", 2, 1, 1],
  ["長野県", 3, 3, 0],
  ["岐阜県", 2, 2, 0],
  ["静岡県", 4, 1, 3],
  ["愛知県", 17, 16, 1],
  ["三重県", 1, 1, 0],
  ["滋賀県", 2, 2, 0],
  ["京都府", 5, 4, 1],
  ["大阪府", 40, 37, 3],
  ["兵庫県", 12, 11, 1],
  ["奈良県", 3, 1, 2],
  ["和歌山県", 1, 1, 0],
  ["鳥取県", 1, 1, 0],
  ["島根県", 1, 0, 1],
  ["岡山県", 3, 3, 0],
  ["広島県", 9, 7, 2],
  ["山口県", 1, 1, 0],
  ["徳島県", 0, 0, 0],
  ["香川県", 0, 0, 0],
  ["愛媛県", 2, 1, 1],
  ["高知県", 0, 0, 0],
  ["福岡県", 13, 11, 2],
  ["佐賀県", 2, 2, 0],
  ["長崎県", 1, 1, 0],
  ["熊本県", 2, 2, 0],
  ["大分県", 1, 1, 0],
  ["宮崎県", 2, 2, 0],
  ["鹿児島県", 2, 1, 1],
  ["沖縄県", 1, 1, 0],
  ["(none)", 28, 26, 2],
  ["total", 364, 309, 55],
];

/** Table 3 of the 2019 report as printed: week ending, visits of rounds 1–4. */
const REPORT_TABLE3: [string, number, number, number, number][] = [
  ["2019-09-22", 1, 0, 0, 0],
  ["2019-09-29", 1, 0, 0, 0],
  ["2019-10-06", 9, 2, 0, 0],
  ["2019-10-13", 26, 0, 1, 0],
  ["2019-10-20", 34, 5, 1, 1],
  ["2019-10-27", 32, 14, 1, 1],
  ["2019-11-03", 32, 35, 4, 0],
  ["2019-11-10", 38, 33, 12, 3],
  ["2019-11-17", 75, 40, 27, 7],
  ["2019-11-24", 78, 66, 24, 10],
  ["2019-12-01", 48, 99, 55, 11],
  ["2019-12-08", 7, 60, 86, 28],
  ["2019-12-15", 1, 21, 110, 52],
  ["2019-12-22", 0, 6, 50, 141],
  ["2019-12-29", 0, 0, 9, 121],
  ["2020-01-05", 0, 0, 0, 2],
  ["2020-01-12", 0, 0, 0, 1],
  ["total", 382, 381, 380, 378],
];

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

  it("at scale 1 reproduces the report's Tables 2, 3 and 4 row by row (Table 4: the 302 matchings of RISS experts)", async () => {
    const { db } = await seeded(2019);
    const clock = new ManualClock("2020-03-31T10:00:00");
    const reports = new FinalReportService(db, clock, new ProgramService(db, clock));
    const rows = async (name: "experts-by-prefecture" | "weekly-visits" | "regional-matching", opts = {}) =>
      (await reports.build(name, opts)).tables[0].rows;
    expect(await rows("experts-by-prefecture")).toEqual(REPORT_TABLE2);
    expect(await rows("weekly-visits")).toEqual(REPORT_TABLE3);
    expect(await rows("regional-matching")).toEqual([
      ["3大都市圏", 114445, 32.6, 148, 49],
      ["その他", 236849, 67.4, 154, 51],
      ["total", 351294, 100, 302, 100],
    ]);
    // RISS as the default; ITC holders (both included) and every matching on request.
    expect(await rows("regional-matching", { qualification: "RISS" })).toEqual(await rows("regional-matching"));
    const all = await rows("regional-matching", { qualification: "all" });
    expect(all.map((r) => r[3])).toEqual([170, 212, 382]);
    const itc = await rows("regional-matching", { qualification: "ITC" });
    const both = await db.client.case.count({ where: { expert: { qualification: "RISS_ITC" } } });
    expect(both).toBeGreaterThan(0);
    expect(itc.at(-1)?.[3]).toBe(80 + both);
    // Self-diagnosis and SECURITY ACTION (the report gives no figures): every case diagnosed at
    // visit 1, the 378 fourth visits scored again, most SMEs higher, metro + other = total.
    const sd = await reports.build("self-diagnosis");
    const [metro, other, total] = sd.tables[0].rows;
    const col = (key: string) => sd.tables[0].columns.findIndex((c) => c.key === key);
    expect(total.slice(0, 2)).toEqual(["total", 382]);
    expect(total[col("rediagnosed")]).toBe(378);
    expect(total[col("compared")]).toBe(378);
    expect(Number(total[col("final_average")])).toBeGreaterThan(Number(total[col("first_average")]) + 5);
    expect(Number(total[col("improved_pct")])).toBeGreaterThan(80);
    expect(Number(total[col("improved_pct")])).toBeLessThan(100);
    expect(Number(metro[col("first_average")])).toBeGreaterThan(Number(other[col("first_average")]));
    const declared = ["security_action_one_star", "security_action_two_stars", "security_action_none"];
    expect(declared.reduce((n, k) => n + Number(total[col(k)]), 0)).toBe(378);
    for (const k of ["diagnosed", "rediagnosed", "improved", ...declared])
      expect(Number(metro[col(k)]) + Number(other[col(k)]), k).toBe(total[col(k)]);
    expect(Number(metro[col("diagnosed")])).toBe(170);
    // The demo's whole workbook (surveys, honoraria of RISS・ITC holders, paid batches) reads in Japanese.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await reports.render(await reports.build("final"), "xlsx")).content as never);
    const codes: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && /^[a-z_]+$|RISS_ITC/.test(cell.value))
            codes.push(`${ws.name}!${cell.address} ${cell.value}`);
        }),
      );
    expect(codes).toEqual([]);
    // The report's 154 of 302 brought in by the RISS expert themselves.
    const recruited = await db.client.application.count({
      where: { recruiterExpertId: { not: null }, case: { expert: { qualification: { not: "ITC" } } } },
    });
    expect(recruited).toBe(154);
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
