import { z } from "zod";
import type { Localized } from "../../lib/errors.js";

export const ReportNameSchema = z.enum([
  "weekly-visits",
  "experts-by-prefecture",
  "regional-matching",
  "briefings",
  "surveys",
  "honoraria",
  "cases",
  "final",
]);
export type ReportName = z.infer<typeof ReportNameSchema>;
export const REPORT_NAMES = ReportNameSchema.options;

export const ReportFormatSchema = z.enum(["table", "csv", "json", "xlsx", "html"]);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;
/** Formats that make sense as a file in Slack (a terminal table does not). */
export const FILE_FORMATS = ["csv", "xlsx", "html", "json"] as const satisfies readonly ReportFormat[];

export const REPORT_TITLES: Record<ReportName, Localized> = {
  "weekly-visits": { ja: "表3 週別の訪問実績", en: "Table 3: visits held per week" },
  "experts-by-prefecture": {
    ja: "表2 専門家の登録状況（都道府県別）",
    en: "Table 2: registered experts by prefecture",
  },
  "regional-matching": {
    ja: "表4 企業数とマッチング数（3大都市圏とその他）",
    en: "Table 4: enterprises and matchings, metro vs rest",
  },
  briefings: { ja: "表1 事業説明会の開催結果", en: "Table 1: briefing sessions" },
  surveys: { ja: "アンケート結果", en: "Survey results" },
  honoraria: { ja: "謝金（専門家別・支払別）", en: "Honoraria per expert and per payment batch" },
  cases: { ja: "案件一覧（訪問日・状態）", en: "Cases with visit dates and status" },
  final: { ja: "成果報告書の表（一式）", en: "Final report tables (all)" },
};

/** How a column's values are shown in xlsx/HTML (CSV and JSON keep the raw value). */
export type ColumnKind = "text" | "int" | "pct" | "date" | "week" | "yen";
export type ReportColumn = { key: string; ja: string; en: string; kind: ColumnKind };
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
};

export type RenderedReport = { filename: string; mimeType: string; content: Buffer };
