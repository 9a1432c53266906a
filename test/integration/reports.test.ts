import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_REGION_STATS } from "../../src/domain/region-defaults.js";
import { ExportsService } from "../../src/features/exports/exports-service.js";
import type { BuildOptions, ReportName } from "../../src/features/final-report/final-report.schemas.js";
import { regionCsv } from "../../src/features/final-report/regions.js";
import { HIGHLIGHT_FILLS, WEEK_FORMAT } from "../../src/features/final-report/report-xlsx.js";
import { decodeCsv, parseCsv } from "../../src/features/imports/csv-file.js";
import type { AppError } from "../../src/lib/errors.js";
import { TABLE2_2019, TABLE3_2019 } from "../fixtures/imports/build-2019-fixtures.js";
import { importAll2019, type Setup, setup2019 } from "./import-support.js";

async function csvOf(s: Setup, name: ReportName, at?: string, opts: BuildOptions = {}): Promise<string[][]> {
  const rendered = await s.reports.render(await s.reports.build(name, { at, ...opts }), "csv", { bom: true });
  return parseCsv(decodeCsv(rendered.content).text).map((r) => r.cells);
}

async function workbookOf(s: Setup, name: ReportName): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await s.reports.render(await s.reports.build(name), "xlsx")).content as never);
  return wb;
}

/** A sheet's cells from row 2 down to the first empty row (the notes follow after it). */
function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 2; ws.getRow(r).cellCount > 0 && ws.getRow(r).getCell(1).value !== null; r++)
    out.push((ws.getRow(r).values as unknown[]).slice(1));
  return out;
}

describe("final report tables from live data (the 2019 program)", () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup2019();
    await importAll2019(s);
  });
  afterAll(async () => {
    await s.close();
  });

  it("Table 3 reproduces the 2019 report exactly, weeks Monday–Sunday ending on a Sunday", async () => {
    const csv = await csvOf(s, "weekly-visits");
    expect(csv[0]).toEqual(["week_ending", "round_1", "round_2", "round_3", "round_4"]);
    expect(csv.slice(1, -1)).toEqual(TABLE3_2019.map((r) => r.map(String)));
    expect(csv.at(-1)).toEqual(["total", "382", "381", "380", "378"]);
    for (const row of csv.slice(1, -1)) expect(new Date(`${row[0]}T12:00:00+09:00`).getUTCDay()).toBe(0);
  });

  it("Table 3 as of a day counts only visits held by then", async () => {
    const csv = await csvOf(s, "weekly-visits", "2019-11-24");
    expect(csv.at(-2)?.[0]).toBe("2019-11-24");
    // Column sums of the printed table down to ～2019/11/24.
    expect(csv.at(-1)).toEqual(["total", "326", "195", "70", "22"]);
  });

  it("Table 2 reproduces the 2019 report: JIS order, (none), total; RISS+ITC under RISS; active only", async () => {
    const csv = await csvOf(s, "experts-by-prefecture");
    expect(csv[0]).toEqual(["prefecture", "total", "riss", "itc"]);
    expect(csv[1]).toEqual(["北海道", "19", "18", "1"]);
    expect(csv[13]).toEqual(["東京都", "81", "71", "10"]);
    expect(csv[47]).toEqual(["沖縄県", "1", "1", "0"]);
    expect(csv[48]).toEqual(["(none)", "28", "26", "2"]);
    expect(csv[49]).toEqual(["total", "364", "309", "55"]);
    for (const row of csv.slice(1, 49)) {
      const [riss, itc] = TABLE2_2019[row[0]];
      expect(row.slice(1)).toEqual([String(riss + itc), String(riss), String(itc)]);
    }
  });

  /** Matchings of experts holding a RISS registration (RISS, or both) in 東京・愛知・大阪 and elsewhere. */
  async function rissMatchings(): Promise<[number, number]> {
    const cases = await s.db.client.case.findMany({
      where: { expert: { qualification: { in: ["RISS", "RISS_ITC"] } } },
      select: { application: { select: { company: { select: { prefecture: true } } } } },
    });
    const metro = cases.filter((c) => [13, 23, 27].includes(c.application.company.prefecture)).length;
    return [metro, cases.length - metro];
  }

  it("Table 4 counts the matchings of RISS experts by default (as the report), every matching with qualification all", async () => {
    const [metro, other] = await rissMatchings();
    expect(metro + other).toBeLessThan(382);
    const pct = (n: number) => String(Math.round((n / (metro + other)) * 1000) / 10);
    expect((await csvOf(s, "regional-matching")).slice(1)).toEqual([
      ["3大都市圏", "114445", "32.6", String(metro), pct(metro)],
      ["その他", "236849", "67.4", String(other), pct(other)],
      ["total", "351294", "100", String(metro + other), "100"],
    ]);
    const csv = await csvOf(s, "regional-matching", undefined, { qualification: "all" });
    expect(csv).toEqual([
      ["region", "enterprises", "enterprises_pct", "matchings", "matchings_pct"],
      ["3大都市圏", "114445", "32.6", "148", "38.7"],
      ["その他", "236849", "67.4", "234", "61.3"],
      ["total", "351294", "100", "382", "100"],
    ]);
  });

  it("desk regions import replaces the metro definition and counts; a bad file changes nothing", async () => {
    const bad = regionCsv(DEFAULT_REGION_STATS)
      .replace(/\r\n沖縄県,[^\r]*/, "")
      .replace("北海道,", "東京都,");
    const refused = await s.reports.importRegions(Buffer.from(bad), "test").catch((e: AppError) => e);
    expect((refused as AppError).userMessage.en).toBe(
      "Region file not imported (nothing changed):\nline 14, column prefecture: 東京都 is already on line 2",
    );
    expect((await s.reports.regions()).imported).toBe(false);
    // The 11-prefecture metro areas (首都圏・中京圏・近畿圏), every prefecture 1,000 enterprises.
    const metro = [11, 12, 13, 14, 21, 23, 24, 26, 27, 28, 29];
    const rows = DEFAULT_REGION_STATS.map((r) => ({ ...r, enterprises: 1000, metro: metro.includes(r.prefecture) }));
    await s.reports.importRegions(Buffer.from(regionCsv(rows)), "test");
    const csv = await csvOf(s, "regional-matching", undefined, { qualification: "all" });
    // Matched SMEs: 148 in 東京・愛知・大阪 (still metro) and, of the 234 others (valid application i
    // is in OTHERS[i % 44] for i = 148…381: residues 16…29 six times, the rest five), those in
    // 11,12,14,21,24,26,28,29 (residues 10,11,12,19,21,23,24,25): 3 × 5 + 5 × 6 = 45.
    const others = (await s.db.client.case.findMany({ select: { application: { select: { company: true } } } }))
      .map((c) => c.application.company.prefecture)
      .filter((p) => metro.includes(p)).length;
    expect(others).toBe(148 + 45);
    expect(csv.slice(1)).toEqual([
      ["3大都市圏", "11000", "23.4", "193", "50.5"],
      ["その他", "36000", "76.6", "189", "49.5"],
      ["total", "47000", "100", "382", "100"],
    ]);
    await s.db.client.regionStat.deleteMany({});
  });

  it("honoraria per expert and per batch: one line per accepted visit", async () => {
    const csv = await csvOf(s, "honoraria");
    const blank = csv.findIndex((r) => r[0] === "batch_id");
    const perExpert = csv.slice(0, blank);
    const perBatch = csv.slice(blank);
    expect(perExpert[0]).toEqual([
      "expert_external_id",
      "expert_name",
      "qualification",
      "visits",
      "payable_yen",
      "paid_yen",
      "total_yen",
    ]);
    expect(perExpert.length).toBe(1 + 364 + 1);
    expect(perExpert.at(-1)).toEqual(["total", "", "", "1191", "35730000", "0", "35730000"]);
    expect(perBatch).toEqual([
      ["batch_id", "paid_on", "note", "visits", "experts", "total_yen"],
      ["(unpaid)", "", "", "1191", "364", "35730000"],
      ["total", "", "", "1191", "364", "35730000"],
    ]);
  });

  it("cases: one row per case with its visit dates and status", async () => {
    const csv = await csvOf(s, "cases");
    expect(csv[0]).toEqual([
      "case_id",
      "application_external_id",
      "company_name",
      "prefecture",
      "expert_external_id",
      "expert_name",
      "approved_on",
      "status",
      "visit_1",
      "visit_2",
      "visit_3",
      "visit_4",
      "visits_held",
      "closed_on",
    ]);
    expect(csv.length).toBe(383);
    expect(csv[1].slice(1, 14)).toEqual([
      "A0001",
      "株式会社テスト0001",
      "東京都",
      "E0001",
      "専門家0001",
      "2019-09-09",
      "completed",
      "2019-09-16",
      "2019-10-01",
      "2019-10-09",
      "2019-10-17",
      "4",
      "2019-10-17",
    ]);
    // The last case had only its first visit (the report's early terminations end with 1–3 visits).
    expect(csv[382].slice(7, 13)).toEqual(["active", "2019-12-09", "", "", "", "1"]);
    expect(csv.slice(1).filter((r) => r[7] === "completed")).toHaveLength(113);
  });

  it("the xlsx holds the same numbers as the CSV, with Table 3's busy weeks as cell fills", async () => {
    const wb = await workbookOf(s, "final");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "表1 事業説明会",
      "表2 専門家登録状況",
      "表3 週別訪問実績",
      "表4 地域別マッチング",
      "自己診断・SECURITY ACTION",
      "アンケート結果",
      "アンケート結果の図",
      "謝金 専門家別",
      "謝金 支払別",
      "案件一覧",
    ]);
    const weekly = wb.getWorksheet("表3 週別訪問実績") as ExcelJS.Worksheet;
    const csv = await csvOf(s, "weekly-visits");
    const rows = sheetRows(weekly);
    expect(rows.map((r) => r.slice(1))).toEqual(csv.slice(1).map((r) => r.slice(1).map(Number)));
    // The week is a real date (its Sunday), shown ～2019/9/22 as in the report.
    expect(rows[0][0]).toEqual(new Date("2019-09-22T00:00:00Z"));
    expect(weekly.getRow(2).getCell(1).numFmt).toBe(WEEK_FORMAT);
    expect(rows.at(-1)?.[0]).toBe("合計");
    const fill = (row: number, col: number) =>
      (weekly.getRow(row).getCell(col).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    // Row 2 is ～2019/9/22; ～2019/10/13 round 1 = 26 (≥10), ～2019/11/17 round 1 = 75 (≥50).
    expect(fill(2, 2)).toBeUndefined();
    expect(fill(5, 2)).toBe(HIGHLIGHT_FILLS.busy);
    expect(fill(10, 2)).toBe(HIGHLIGHT_FILLS.peak);
    expect(fill(15, 5)).toBe(HIGHLIGHT_FILLS.peak);
    const highlighted = rows.flatMap((_, r) => [2, 3, 4, 5].filter((c) => fill(r + 2, c) !== undefined)).length;
    const expected = TABLE3_2019.flatMap((r) => r.slice(1) as number[]).filter((n) => n >= 10).length;
    expect(highlighted).toBe(expected);

    const experts = sheetRows(wb.getWorksheet("表2 専門家登録状況") as ExcelJS.Worksheet);
    const expertsCsv = await csvOf(s, "experts-by-prefecture");
    expect(experts.map((r) => r.slice(1))).toEqual(expertsCsv.slice(1).map((r) => r.slice(1).map(Number)));
    expect(experts.at(-2)?.[0]).toBe("(記載なし)");
    const regional = sheetRows(wb.getWorksheet("表4 地域別マッチング") as ExcelJS.Worksheet);
    const regionalCsv = await csvOf(s, "regional-matching");
    expect(regional.map((r) => r.slice(1))).toEqual(regionalCsv.slice(1).map((r) => r.slice(1).map(Number)));
  });

  it("the workbook as an office expects it: real dates, filters, print titles, one page wide, 游ゴシック, no codes", async () => {
    const wb = await workbookOf(s, "final");
    const cases = wb.getWorksheet("案件一覧") as ExcelJS.Worksheet;
    const header = (cases.getRow(1).values as unknown[]).slice(1);
    const approved = cases.getRow(2).getCell(header.indexOf("マッチング承認日") + 1);
    expect(approved.value).toEqual(new Date("2019-09-09T00:00:00Z"));
    expect(approved.numFmt).toBe("yyyy/m/d");
    expect(cases.getRow(2).getCell(header.indexOf("状態") + 1).value).toBe("完了");
    const byExpert = wb.getWorksheet("謝金 専門家別") as ExcelJS.Worksheet;
    const qualifications = new Set(sheetRows(byExpert).map((r) => r[2]));
    expect(qualifications).toContain("情報処理安全確保支援士・ITコーディネータ");
    for (const ws of wb.worksheets) {
      // Every table has a filter and its header repeated; the survey charts' sheet holds pictures.
      if (ws.name === "アンケート結果の図") expect(ws.getImages().length).toBeGreaterThan(0);
      else {
        expect(ws.autoFilter, ws.name).toBeTruthy();
        expect(ws.pageSetup, ws.name).toMatchObject({ printTitlesRow: "1:1" });
      }
      expect(ws.pageSetup, ws.name).toMatchObject({ fitToPage: true, fitToWidth: 1 });
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.font?.name ?? "游ゴシック", `${ws.name}!${cell.address}`).toBe("游ゴシック");
          if (typeof cell.value === "string")
            expect(cell.value, `${ws.name}!${cell.address}`).not.toMatch(/^[a-z_]+$|RISS_ITC/);
        }),
      );
    }
  });

  it("the HTML page is self-contained and carries the weekly chart as inline SVG", async () => {
    const html = (await s.reports.render(await s.reports.build("final"), "html")).content.toString("utf8");
    expect(html).toContain("<svg");
    expect(html).toContain("～2019/9/22");
    expect(html).not.toMatch(/<script|<link|src="http/);
    // One section per table, and the survey charts after the survey table.
    expect(html.match(/<section/g)).toHaveLength(10);
    expect(html).toContain('<section id="survey-charts">');
    expect(html).toContain('class="n peak"');
    // No stored codes: statuses, qualifications and labels in Japanese.
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells.filter((c) => /^[a-z_()]+$|RISS_ITC/.test(c))).toEqual([]);
    expect(cells).toContain("完了");
    expect(cells).toContain("情報処理安全確保支援士・ITコーディネータ");
  });

  it("exports whole tables; --no-personal leaves out the personal-data columns", async () => {
    const exports = new ExportsService(s.db, s.clock);
    const full = await exports.export("applications", "csv");
    const rows = parseCsv(decodeCsv(full.content).text).map((r) => r.cells);
    expect(rows).toHaveLength(403);
    expect(full.personalColumns).toEqual([
      "company_name",
      "corporate_number",
      "contact_name",
      "contact_email",
      "contact_phone",
      "contact_slack_user_id",
    ]);
    const safe = await exports.export("applications", "xlsx", { personal: false });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(safe.content as never);
    const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).not.toContain("contact_name");
    expect(header).toContain("prefecture");
    expect(wb.worksheets[0].rowCount).toBe(403);
    for (const entity of ["experts", "cases", "visits", "honoraria", "audit"] as const) {
      const out = await exports.export(entity, "csv");
      expect(out.rows).toBeGreaterThan(0);
    }
    expect((await exports.export("visits", "csv")).rows).toBe(1521);
  });
});
