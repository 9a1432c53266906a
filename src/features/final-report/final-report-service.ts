import type { Database } from "../../db/client.js";
import {
  type AsOf,
  asOfEndOfDay,
  asOfInstant,
  caseStatusAsOf,
  honorariumStatusAsOf,
  visitAsOf,
} from "../../domain/as-of.js";
import { DEFAULT_REGION_STATS } from "../../domain/region-defaults.js";
import type { RegionStatRow } from "../../domain/regional-table.js";
import { computeWeeklyVisits } from "../../domain/weekly-table.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import { briefingTable } from "../briefings/briefing-table.js";
import { formatIssue } from "../imports/imports.schemas.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Program, ProgramService } from "../program/program-service.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { surveyReport } from "../surveys/survey-report.js";
import { parseStoredReport } from "../visit-reports/visit-reports.schemas.js";
import {
  type BuildOptions,
  QUALIFICATIONS_OF,
  type QualificationFilter,
  REPORT_TITLES,
  type RenderedReport,
  type Report,
  type ReportFormat,
  type ReportName,
  type ReportTable,
} from "./final-report.schemas.js";
import { finalReportTexts } from "./final-report.texts.js";
import {
  type CaseForReport,
  type HonorariumLineForReport,
  listAcceptedReportsOfRounds,
  listCasesForReport,
  listHeldVisits,
  listHonorariumLines,
  listMatchedPrefectures,
  listRegionStats,
  listRegisteredExperts,
  replaceRegionStats,
} from "./final-report-repository.js";
import { parseRegionCsv } from "./regions.js";
import { renderHtml } from "./report-html.js";
import { renderCsv, renderJson, renderText } from "./report-render.js";
import {
  briefingsTable,
  casesTable,
  expertsByPrefectureTable,
  honorariaTables,
  regionalMatchingTable,
  surveysTable,
  weeklyVisitsTable,
} from "./report-tables.js";
import { renderXlsx } from "./report-xlsx.js";
import { selfDiagnosisSummary, selfDiagnosisTable } from "./self-diagnosis-table.js";
import { loadSurveyFigures, surveyGroupPng } from "./survey-charts.js";
import { surveyChartTexts } from "./survey-charts.texts.js";

const MIME: Record<ReportFormat, string> = {
  table: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html; charset=utf-8",
};
const EXTENSION: Record<ReportFormat, string> = { table: "txt", csv: "csv", json: "json", xlsx: "xlsx", html: "html" };

/** The tables of the final report in the order the 2019 report prints them. */
const FINAL_PARTS: ReportName[] = [
  "briefings",
  "experts-by-prefecture",
  "weekly-visits",
  "regional-matching",
  "self-diagnosis",
  "surveys",
  "honoraria",
  "cases",
];

type TableFilters = { qualification: QualificationFilter };

export type RegionData = { rows: RegionStatRow[]; imported: boolean };

/** Lines as they stood then: paid (with their batch) only once the batch was recorded. */
function honorariaAsOf(lines: HonorariumLineForReport[], moment: AsOf): HonorariumLineForReport[] {
  return lines.map((l) =>
    honorariumStatusAsOf(l, moment) === "paid"
      ? { ...l, status: "paid" }
      : { ...l, status: "payable", paidAt: null, batchId: null, batch: null },
  );
}

/** Cases as they stood then: the status, the closing day once closed, the visits held by then. */
function casesAsOf(cases: CaseForReport[], moment: AsOf): CaseForReport[] {
  return cases.map((c) => {
    const status = caseStatusAsOf(c, moment) ?? "active";
    return {
      ...c,
      status,
      completedOn: status === "completed" ? c.completedOn : null,
      terminatedOn: status === "terminated" ? c.terminatedOn : null,
      visits: c.visits.flatMap((v) => visitAsOf(v, moment) ?? []),
    };
  });
}

/**
 * The final report's tables, computed from live data the same way every time, in the formats
 * offices use; and the region data (Table 4) the secretariat can replace.
 */
export class FinalReportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly program: ProgramService,
  ) {}

  /**
   * Builds a report as of the end of day `at` (YYYY-MM-DD; default now): every figure is what the
   * data said then, read from when things happened (visit days, acceptances, payments, closings),
   * not from today's status columns. Table 4 counts the matchings of RISS experts unless
   * `qualification` says otherwise (as the 2019 report counts its 302).
   */
  async build(name: ReportName, opts: BuildOptions & { program?: Program } = {}): Promise<Report> {
    const moment = opts.at ? asOfEndOfDay(opts.at) : asOfInstant(this.clock.now());
    const program = opts.program ?? (await this.program.current());
    const tables = await this.tables(name, moment, program, { qualification: opts.qualification ?? "RISS" });
    const figures = tables.some((t) => t.id === "surveys")
      ? await loadSurveyFigures(this.db.client, moment.at, program.id)
      : undefined;
    return { name, title: REPORT_TITLES[name], asOf: opts.at ?? todayJst(this.clock), tables, figures };
  }

  private async finalTables(moment: AsOf, program: Program, filters: TableFilters): Promise<ReportTable[]> {
    const out: ReportTable[] = [];
    for (const part of FINAL_PARTS) out.push(...(await this.tables(part, moment, program, filters)));
    return out;
  }

  /** One report's tables for one program (its cases, visits, sessions, surveys and honoraria only). */
  private async tables(
    name: ReportName,
    moment: AsOf,
    program: Program,
    filters: TableFilters,
  ): Promise<ReportTable[]> {
    const db = this.db.client;
    const until = moment.day;
    switch (name) {
      case "weekly-visits": {
        const weekly = computeWeeklyVisits(await listHeldVisits(db, program.id, until), {
          rounds: program.visitsPerCase,
        });
        return [weeklyVisitsTable(weekly)];
      }
      case "experts-by-prefecture":
        return [expertsByPrefectureTable(await listRegisteredExperts(db, moment))];
      case "regional-matching": {
        const regions = await this.regions();
        const source: Localized = regions.imported
          ? both(finalReportTexts, (t) => t.regionSourceImported)
          : both(finalReportTexts, (t) => t.regionSourceDefaults);
        const q = filters.qualification;
        const matched = await listMatchedPrefectures(db, program.id, until, q === "all" ? null : QUALIFICATIONS_OF[q]);
        return [regionalMatchingTable(regions.rows, matched, source, q)];
      }
      case "self-diagnosis": {
        const regions = await this.regions();
        const metro = new Set(regions.rows.filter((r) => r.metro).map((r) => r.prefecture));
        const rounds = [1, program.visitsPerCase];
        const reports = (await listAcceptedReportsOfRounds(db, program.id, rounds, moment.at)).map((r) => ({
          ...r,
          content: parseStoredReport(r.content).content ?? null,
        }));
        return [selfDiagnosisTable(reports, metro, program.visitsPerCase)];
      }
      case "briefings":
        return [briefingsTable(await briefingTable(db, until, program.id))];
      case "surveys":
        return [surveysTable(await surveyReport(db, "ja", moment.at, program.id))];
      case "honoraria":
        return honorariaTables(honorariaAsOf(await listHonorariumLines(db, program.id, moment.at), moment));
      case "cases":
        return [
          casesTable(casesAsOf(await listCasesForReport(db, program.id, moment.at), moment), program.visitsPerCase),
        ];
      case "final":
        return this.finalTables(moment, program, filters);
    }
  }

  /** A program to report on, current or past (the Slack picker sends its id). */
  async programById(id: number): Promise<Program> {
    return this.program.byId(id);
  }

  /** Renders a report; `bom` adds a UTF-8 BOM to CSV (for files opened in Excel). */
  async render(report: Report, format: ReportFormat, opts: { bom?: boolean } = {}): Promise<RenderedReport> {
    const filename = `${report.name}-${report.asOf}.${EXTENSION[format]}`;
    const content =
      format === "xlsx"
        ? await renderXlsx(report)
        : format === "html"
          ? Buffer.from(await renderHtml(report), "utf8")
          : Buffer.from(
              format === "csv" ? renderCsv(report, opts) : format === "json" ? renderJson(report) : renderText(report),
              "utf8",
            );
    return { filename, mimeType: MIME[format], content };
  }

  /** Region data for Table 4: what the secretariat imported, or the shipped defaults. */
  async regions(): Promise<RegionData> {
    const rows = await listRegionStats(this.db.client);
    return rows.length > 0 ? { rows, imported: true } : { rows: [...DEFAULT_REGION_STATS], imported: false };
  }

  /** Replaces the region data with a file of all 47 prefectures; a file with any problem changes nothing. */
  async importRegions(bytes: Uint8Array, actor: string): Promise<RegionData> {
    const { rows, issues } = parseRegionCsv(bytes);
    if (issues.length > 0) {
      const list = issues.map(formatIssue).join("\n");
      throw new AppError(
        "invalid_input",
        both(finalReportTexts, (t) => t.regionsRefused(list)),
        { log: `regions import refused: ${issues.length} issues` },
      );
    }
    await this.db.transaction(async (tx) => {
      const before = await listRegionStats(tx);
      await replaceRegionStats(tx, rows);
      await writeAudit(
        tx,
        { actor, action: "regions.import", entityType: "region_stat", entityId: "all", before, after: rows },
        this.clock.now(),
      );
    });
    return { rows, imported: true };
  }
}

/** Sends reports to secretariat members as files in Slack. */
export class FinalReportDeliveryService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly reports: FinalReportService,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Builds a report for a secretariat member and sends it to them as a file in a DM (through the
   * outbox, keyed by `requestKey` so a retried request sends one file). A failure is told in the DM.
   */
  async sendToSlack(
    actor: Actor,
    request: {
      name: ReportName;
      format: ReportFormat;
      at?: string;
      qualification?: QualificationFilter;
      programId?: number;
    },
    requestKey: string,
  ): Promise<void> {
    requireRole(actor, "secretariat");
    const t = finalReportTexts(actor.locale);
    const title = REPORT_TITLES[request.name][actor.locale];
    let file: RenderedReport | null = null;
    let charts: { audience: string; title: string; png: Buffer }[] = [];
    let failure: string | null = null;
    let summary: string | null = null;
    try {
      const program = request.programId ? await this.reports.programById(request.programId) : undefined;
      const report = await this.reports.build(request.name, {
        at: request.at,
        qualification: request.qualification,
        program,
      });
      summary = selfDiagnosisSummary(report, actor.locale);
      file = await this.reports.render(report, request.format, { bom: true });
      // The survey charts as pictures beside the file (one per survey), except with data for machines.
      if (request.format !== "json")
        charts = await Promise.all(
          (report.figures ?? []).map(async (g) => ({
            audience: g.audience,
            title: g.title,
            png: await surveyGroupPng(g),
          })),
        );
    } catch (error) {
      failure = error instanceof AppError ? error.userMessage[actor.locale] : String(error);
    }
    await this.db.transaction(async (tx) => {
      const asOf = request.at ?? todayJst(this.clock);
      const queued = file
        ? await this.notifier.upload(tx, `report:${requestKey}`, {
            channel: actor.userId,
            filename: file.filename,
            title,
            initialComment: [t.delivered({ title, asOf, format: request.format }), summary]
              .filter((line) => line !== null)
              .join("\n"),
            contentBase64: file.content.toString("base64"),
          })
        : await this.notifier.dm(tx, `report:${requestKey}`, actor.userId, {
            text: t.failed({ title, failure: String(failure) }),
          });
      if (!queued) return;
      for (const c of charts)
        await this.notifier.upload(tx, `report:${requestKey}:survey-charts:${c.audience}`, {
          channel: actor.userId,
          filename: `survey-charts-${c.audience}-${asOf}.png`,
          title: surveyChartTexts.ja.slackTitle(c.title),
          contentBase64: c.png.toString("base64"),
        });
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "report.request",
          entityType: "report",
          entityId: request.name,
          after: { ...request, ok: file !== null },
        },
        this.clock.now(),
      );
    });
    this.notifier.kick();
  }
}
