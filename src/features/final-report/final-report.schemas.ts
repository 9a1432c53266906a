import { z } from "zod";
import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { finalReportTexts } from "./final-report.texts.js";
import type { SurveyFigureGroup } from "./survey-charts.js";

export const ReportNameSchema = z.enum([
  "weekly-visits",
  "experts-by-prefecture",
  "regional-matching",
  "self-diagnosis",
  "briefings",
  "surveys",
  "honoraria",
  "cases",
  "final",
]);
export type ReportName = z.infer<typeof ReportNameSchema>;
export const REPORT_NAMES = ReportNameSchema.options;

/**
 * Whose matchings Table 4 counts: the report's 302 are those of RISS experts (holders of both
 * qualifications included); `ITC` counts ITC holders (both included), `all` every matching.
 */
export const QualificationFilterSchema = z.enum(["RISS", "ITC", "all"]);
export type QualificationFilter = z.infer<typeof QualificationFilterSchema>;
export const QUALIFICATION_FILTERS = QualificationFilterSchema.options;
/** The stored qualifications each filter takes in (RISS_ITC holds both registrations). */
export const QUALIFICATIONS_OF: Record<Exclude<QualificationFilter, "all">, string[]> = {
  RISS: ["RISS", "RISS_ITC"],
  ITC: ["ITC", "RISS_ITC"],
};

/** What a report is built from besides its name: the day it is as of, Table 4's qualification. */
export type BuildOptions = { at?: string; qualification?: QualificationFilter };

export const ReportFormatSchema = z.enum(["table", "csv", "json", "xlsx", "html"]);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;
/** Formats that make sense as a file in Slack (a terminal table does not). */
export const FILE_FORMATS = ["csv", "xlsx", "html", "json"] as const satisfies readonly ReportFormat[];

export const REPORT_TITLES: Record<ReportName, Localized> = {
  "weekly-visits": both(finalReportTexts, (t) => t.titleWeeklyVisits),
  "experts-by-prefecture": both(finalReportTexts, (t) => t.titleExpertsByPrefecture),
  "regional-matching": both(finalReportTexts, (t) => t.titleRegionalMatching),
  "self-diagnosis": both(finalReportTexts, (t) => t.titleSelfDiagnosis),
  briefings: both(finalReportTexts, (t) => t.titleBriefings),
  surveys: both(finalReportTexts, (t) => t.titleSurveys),
  honoraria: both(finalReportTexts, (t) => t.titleHonoraria),
  cases: both(finalReportTexts, (t) => t.titleCases),
  final: both(finalReportTexts, (t) => t.titleFinal),
};

/** How a column's values are shown in xlsx/HTML (CSV and JSON keep the raw value). */
export type ColumnKind = "text" | "int" | "pct" | "decimal" | "date" | "week" | "yen";
export type ReportColumn = {
  key: string;
  ja: string;
  en: string;
  kind: ColumnKind;
  /** A stored code (a status, a qualification) as the workbook and the HTML page show it, in Japanese. */
  show?: (code: string) => string;
  /** Only for machines (CSV, JSON, the terminal): left out of the workbook and the HTML page. */
  machineOnly?: boolean;
};
export type ReportCell = string | number | null;
export type Highlight = { row: number; col: number; level: "busy" | "peak" };

export type ReportTable = {
  id: string;
  /** Worksheet name (Excel allows 31 characters). */
  sheet: string;
  title: Localized;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Indexes of total rows (shown bold). */
  totalRows: number[];
  highlights: Highlight[];
  notes: Localized[];
};

export type Report = {
  name: ReportName;
  title: Localized;
  /** The day the report describes (YYYY-MM-DD, Japan time). */
  asOf: string;
  tables: ReportTable[];
  /** The survey charts (the 2019 report's figures 7–17), in reports that show the surveys. */
  figures?: SurveyFigureGroup[];
};

export type RenderedReport = { filename: string; mimeType: string; content: Buffer };
