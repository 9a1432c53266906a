import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import { percent } from "../../src/domain/survey-stats.js";
import { seedDemo } from "../../src/features/demo/demo-seed.js";
import { SURVEY_PLANS } from "../../src/features/demo/demo-surveys.js";
import { FinalReportService } from "../../src/features/final-report/final-report-service.js";
import type { SurveyFigure, SurveyFigureGroup } from "../../src/features/final-report/survey-charts.js";
import { loadSurveyFigures } from "../../src/features/final-report/survey-charts.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { ManualClock } from "../../src/lib/clock.js";
import { freshDatabaseFile } from "../support/db-fixture.js";

/** The shares the 2019 report prints (figures 7–17 and its text), of those who answered each question. */
const REPORTED: { audience: "expert" | "sme"; question: string; options: string[]; percent: number }[] = [
  { audience: "expert", question: "mgmt_motivation", options: ["rose"], percent: 86.4 }, // 図7
  { audience: "expert", question: "staff_motivation", options: ["rose"], percent: 68.0 }, // 図8
  { audience: "expert", question: "continuation", options: ["expected"], percent: 85.9 }, // 図9
  { audience: "expert", question: "further_support", options: ["yes"], percent: 65.2 }, // 図10
  { audience: "expert", question: "difficulty", options: ["high"], percent: 33.4 },
  { audience: "expert", question: "tools_usability", options: ["easy"], percent: 85.2 },
  { audience: "expert", question: "security_level", options: ["rose"], percent: 92.0 }, // "専門家も92%が"
  { audience: "sme", question: "outcome", options: ["much", "some"], percent: 96.4 }, // 図13
  { audience: "sme", question: "expert_knowledge", options: ["high", "rather_high"], percent: 92.2 }, // 図14
  { audience: "sme", question: "communication", options: ["smooth", "rather_smooth"], percent: 97.5 }, // 図15
  { audience: "sme", question: "fair_price", options: ["120k_180k", "over180k"], percent: 58.0 }, // 図16
  { audience: "sme", question: "fair_price", options: ["under120k"], percent: 42.0 },
  { audience: "sme", question: "further_support", options: ["light", "per_project", "regular"], percent: 64.3 }, // 図17
  { audience: "sme", question: "future_actions", options: ["governance"], percent: 79.9 }, // "79.9%であった"
];

describe("survey charts from the demo data", () => {
  let db: Database;
  let cleanup: () => Promise<void>;
  let groups: SurveyFigureGroup[];
  beforeAll(async () => {
    const file = await freshDatabaseFile();
    db = await openDatabase(file.url);
    cleanup = async () => {
      await db.disconnect();
      await file.cleanup();
    };
    await seedDemo(db, file.url, { scale: 1, seed: 2019 });
    groups = await loadSurveyFigures(db.client);
  }, 120_000);
  afterAll(async () => cleanup());

  const figure = (audience: string, question: string): SurveyFigure => {
    const f = groups.find((g) => g.audience === audience)?.figures.find((x) => x.questionId === question);
    if (!f) throw new Error(`no chart for ${audience} ${question}`);
    return f;
  };
  const share = (f: SurveyFigure, options: string[]) =>
    percent(
      f.chart.items.filter((_, i) => options.includes(f.values[i])).reduce((a, item) => a + item.count, 0),
      f.n,
    );

  it("shows the report's shares to the decimal", () => {
    for (const r of REPORTED)
      expect([r.question, share(figure(r.audience, r.question), r.options)]).toEqual([r.question, r.percent]);
    // The demo's plan names the same figures.
    for (const r of REPORTED.filter((x) => x.options.length === 1 || x.question !== "fair_price"))
      expect(SURVEY_PLANS[r.audience][r.question]).toBeDefined();
  });

  it("has one chart per choice question, the SME's response line as the report's", () => {
    const sme = groups.find((g) => g.audience === "sme")!;
    expect(sme.responses).toBe("回答数283/378件（回収率74.9%）");
    expect(groups.find((g) => g.audience === "expert")!.figures.map((f) => f.questionId)).toEqual([
      "mgmt_motivation",
      "staff_motivation",
      "continuation",
      "further_support",
      "difficulty",
      "difficulty_reasons",
      "tools_usability",
      "security_level",
    ]);
    expect(sme.figures.map((f) => [f.questionId, f.chart.kind])).toEqual([
      ["industry", "bar"],
      ["size", "pie"],
      ["outcome", "pie"],
      ["expert_knowledge", "pie"],
      ["communication", "pie"],
      ["fair_price", "pie"],
      ["further_support", "pie"],
      ["future_actions", "bar"],
    ]);
    expect(figure("expert", "mgmt_motivation").chart.title).toBe("指導先企業（経営層）の意欲の向上度");
    expect(figure("expert", "mgmt_motivation").chart.items.map((i) => i.label)).toEqual([
      "向上した",
      "向上しなかった",
      "わからない",
    ]);
  });

  it("puts the answers in the report's order where it names one", () => {
    // 図11: manufacturing first, then professional services, then construction.
    expect(figure("sme", "industry").values.slice(0, 3)).toEqual(["E", "L", "D"]);
    // 図12: 5 or fewer, then up to 20, then up to 50.
    const size = figure("sme", "size");
    const bySize = size.values.map((v, i) => [v, size.chart.items[i].count] as const).sort((a, b) => b[1] - a[1]);
    expect(bySize.slice(0, 3).map(([v]) => v)).toEqual(["upto5", "upto20", "upto50"]);
    // 図16 and 図17: the cheapest price and occasional advice are the most chosen single answers.
    for (const [question, top] of [
      ["fair_price", "under120k"],
      ["further_support", "light"],
    ] as const) {
      const f = figure("sme", question);
      const max = Math.max(...f.chart.items.map((i) => i.count));
      expect(f.chart.items[f.values.indexOf(top)].count).toBe(max);
    }
  });

  it("draws the charts into the HTML report and the workbook", async () => {
    const clock = new ManualClock(new Date("2020-02-01T00:00:00Z"));
    const reports = new FinalReportService(db, clock, new ProgramService(db, clock));
    const report = await reports.build("surveys");
    const html = (await reports.render(report, "html")).content.toString();
    expect(html).toContain("アンケート結果の図");
    expect(html).toContain("図7 指導先企業（経営層）の意欲の向上度");
    // Numbered as the 2019 report numbers them; charts it does not have are reference figures.
    expect(html).toContain("図17 今後の指導・支援について");
    expect(html).toContain("参考図1 ");
    expect(html).toContain(">86.4%<");
    expect(html).toContain(">79.9%<");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array((await reports.render(report, "xlsx")).content).buffer);
    const sheet = workbook.getWorksheet("アンケート結果の図");
    expect(sheet?.getImages()).toHaveLength(16);
    expect(sheet?.getCell("A1").value).toBe("アンケート結果の図");
  });
});
