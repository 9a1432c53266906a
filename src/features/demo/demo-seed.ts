import type { Database } from "../../db/client.js";
import type { Closure } from "../../domain/business-days.js";
import { DEFAULT_METRO_PREFECTURES } from "../../domain/region-defaults.js";
import { mulberry32 } from "../../lib/random.js";
import { buildBriefingSessions, buildRegistrations } from "./demo-briefings.js";
import { buildApplications, buildCases, caseEndings, dateMatchings, layoutVisits } from "./demo-cases.js";
import { buildExperts } from "./demo-experts.js";
import { demoReportContents } from "./demo-report-content.js";
import { countExpertsAndApplications, findCurrentRates, writeDemo } from "./demo-repository.js";
import { buildSurveys } from "./demo-surveys.js";
import { buildVisits, payHonoraria } from "./demo-visits.js";
import { PROGRAM_2019 } from "./report-2019.js";

/** Options of `desk seed demo`. */
export type DemoOptions = {
  /** 1 ≈ the 2019 program (≈380 cases, ≈360 experts, ≈1,500 visits); 100 ≈ 38,000 cases. */
  scale: number;
  /** PRNG seed: the same seed gives the same data. */
  seed: number;
  /** Called with (done, total) as rows are written, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
};

export type DemoSummary = {
  experts: number;
  applications: number;
  cases: number;
  visits: number;
  reports: number;
  honoraria: number;
  briefings: number;
  /** Answered surveys (expert and SME). */
  surveys: number;
};

/** Honorarium per accepted visit for a program the demo creates (an existing program keeps its own rates). */
const PROGRAM_2019_RATES = { riss: 30000, itc: 30000 };

/**
 * Fills an EMPTY database with a realistic program in the proportions of the 2019 report: experts
 * by prefecture as Table 2, applications and cases as reported, visits per week shaped like Table 3
 * (slow start, December crunch), some returned reports, three terminations, briefing sessions as
 * Table 1. Rows are written in bulk with explicit ids (hence the empty-database requirement). The
 * parts are drawn from one random sequence in a fixed order: the same seed gives the same data.
 */
export async function seedDemo(db: Database, databaseUrl: string, opts: DemoOptions): Promise<DemoSummary> {
  const { scale } = opts;
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000)
    throw new Error("--scale must be a whole number from 1 to 1000");
  if ((await countExpertsAndApplications(db)) > 0)
    throw new Error(
      "desk seed demo fills an empty database; this one already has experts or applications. Point DATABASE_URL at a new database.",
    );
  const rand = mulberry32(opts.seed);
  const closure: Closure = { from: "12-29", until: "01-03" };
  const rates = (await findCurrentRates(db)) ?? PROGRAM_2019_RATES;

  const { experts, rows: expertRows } = buildExperts(rand, scale);
  const apps = buildApplications(rand, scale);
  const caseRows = buildCases(rand, scale, experts, apps);
  const endings = caseEndings(scale);
  const held = layoutVisits(rand, scale, caseRows.length, endings);
  const assignments = dateMatchings(rand, caseRows, apps.applications, experts, held);
  // Report bodies from a stream of their own: the rest of the demo stays what the seed always gave.
  const metroCases = new Set(
    caseRows
      .filter((c) => DEFAULT_METRO_PREFECTURES.includes(apps.appPref[(c.applicationId as number) - 1]))
      .map((c) => c.id),
  );
  const contentOf = demoReportContents(mulberry32(opts.seed ^ 0x5eed5), {
    finalRound: 4,
    metro: (caseId) => metroCases.has(caseId),
  });
  const visits = buildVisits(rand, { caseRows, experts, held, endings, rates, closure, contentOf });
  const batches = payHonoraria(visits);
  const briefingRows = buildBriefingSessions(scale);
  const { prospects, registrations } = buildRegistrations(rand, scale, experts);
  const surveys = buildSurveys(rand, caseRows, apps.companies);

  await writeDemo(databaseUrl, {
    program: PROGRAM_2019,
    rates,
    tables: [
      ["Expert", [...expertRows, ...prospects]],
      ["Company", apps.companies],
      ["Application", apps.applications],
      ["Case", caseRows],
      ["CaseAssignment", assignments],
      ["Visit", visits.visitRows],
      ["VisitReport", visits.reportRows],
      ["HonorariumBatch", batches],
      ["HonorariumLine", visits.honoraria],
      ["BriefingSession", briefingRows],
      ["BriefingRegistration", registrations],
      ["SurveyResponse", surveys],
    ],
    audit: { scale, seed: opts.seed },
    onProgress: opts.onProgress,
  });
  return {
    experts: expertRows.length,
    applications: apps.applications.length,
    cases: caseRows.length,
    visits: visits.visitRows.length,
    reports: visits.reportRows.length,
    honoraria: visits.honoraria.length,
    briefings: briefingRows.length,
    surveys: surveys.filter((r) => r.status === "answered").length,
  };
}
