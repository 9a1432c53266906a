import type { BriefingRow } from "../../domain/briefing-table.js";
import { computeExpertsByPrefecture, type ExpertForTable } from "../../domain/expert-table.js";
import { prefectureName } from "../../domain/prefectures.js";
import { computeRegionalMatching, type RegionStatRow } from "../../domain/regional-table.js";
import { highlightOf, type WeeklyTable } from "../../domain/weekly-table.js";
import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import type { SurveyReportRow } from "../surveys/survey-report.js";
import type { Highlight, QualificationFilter, ReportCell, ReportColumn, ReportTable } from "./final-report.schemas.js";
import type { CaseForReport, HonorariumLineForReport } from "./final-report-repository.js";
import { tablesTexts } from "./report-tables.texts.js";

const T = tablesTexts("ja");

/** The words of an entry in both languages (column headers, titles and notes have both). */
const H = (key: TextKey): Localized => both(tablesTexts, (t) => t[key]);
type TextKey = {
  [K in keyof typeof tablesTexts.ja]: (typeof tablesTexts.ja)[K] extends string ? K : never;
}[keyof typeof tablesTexts.ja];

export const c = (
  key: string,
  label: Localized,
  kind: ReportColumn["kind"] = "int",
  extra: Pick<ReportColumn, "show" | "machineOnly"> = {},
): ReportColumn => ({
  key,
  ja: label.ja,
  en: label.en,
  kind,
  ...extra,
});

export function table(
  id: string,
  sheet: string,
  title: Localized,
  columns: ReportColumn[],
  rows: ReportCell[][],
  opts: { totalRows?: number[]; highlights?: Highlight[]; notes?: Localized[] } = {},
): ReportTable {
  return {
    id,
    sheet,
    title,
    columns,
    rows,
    totalRows: opts.totalRows ?? [],
    highlights: opts.highlights ?? [],
    notes: opts.notes ?? [],
  };
}

/** Table 3: week_ending, round_1 … round_N, a total row; cells of ≥10 and ≥50 visits highlighted. */
export function weeklyVisitsTable(weekly: WeeklyTable): ReportTable {
  const rounds = Array.from({ length: weekly.rounds }, (_, i) => i + 1);
  const rows: ReportCell[][] = weekly.weeks.map((w) => [w.weekEnding, ...w.counts]);
  const highlights: Highlight[] = [];
  weekly.weeks.forEach((w, r) => {
    w.counts.forEach((count, i) => {
      const level = highlightOf(count);
      if (level) highlights.push({ row: r, col: i + 1, level });
    });
  });
  rows.push(["total", ...weekly.totals]);
  return table(
    "weekly-visits",
    T.sheetWeeklyVisits,
    H("titleWeekly"),
    [
      c("week_ending", H("colWeekEnding"), "week"),
      ...rounds.map((n) =>
        c(
          `round_${n}`,
          both(tablesTexts, (t) => t.colRound(n)),
        ),
      ),
    ],
    rows,
    {
      totalRows: [rows.length - 1],
      highlights,
      notes: [H("noteWeekly")],
    },
  );
}

/** Table 2: the 47 prefectures in JIS order, (none), total; RISS+ITC under RISS. */
export function expertsByPrefectureTable(experts: readonly ExpertForTable[]): ReportTable {
  const rows = computeExpertsByPrefecture(experts).map((r): ReportCell[] => [r.label, r.total, r.riss, r.itc]);
  return table(
    "experts-by-prefecture",
    T.sheetExpertsByPrefecture,
    H("titleExperts"),
    [
      c("prefecture", H("colPrefecture"), "text"),
      c("total", H("colTotal")),
      c("riss", H("colRiss")),
      c("itc", H("colItc")),
    ],
    rows,
    {
      totalRows: [rows.length - 1],
      notes: [H("noteExperts")],
    },
  );
}

/** Table 4: enterprises and matchings in the metro areas and the rest, with shares. */
export function regionalMatchingTable(
  stats: readonly RegionStatRow[],
  matched: readonly number[],
  source: Localized,
  qualification: QualificationFilter = "RISS",
): ReportTable {
  const rows = computeRegionalMatching(stats, matched).map((r): ReportCell[] => [
    r.label,
    r.enterprises,
    r.enterprisesPct,
    r.matchings,
    r.matchingsPct,
  ]);
  const metro = stats.filter((s) => s.metro).map((s) => prefectureName(s.prefecture));
  return table(
    "regional-matching",
    T.sheetRegionalMatching,
    H("titleRegional"),
    [
      c("region", H("colRegion"), "text"),
      c("enterprises", H("colEnterprises")),
      c("enterprises_pct", H("colEnterprisesPct"), "pct"),
      c("matchings", H("colMatchings")),
      c("matchings_pct", H("colMatchingsPct"), "pct"),
    ],
    rows,
    {
      totalRows: [rows.length - 1],
      notes: [
        both(tablesTexts, (t) => t.noteMatchingsOf(qualification)),
        both(tablesTexts, (t) => t.noteMetroAreas(metro)),
        source,
      ],
    },
  );
}

/** Table 1: one row per briefing session and a total row (rows from computeBriefingTable). */
export function briefingsTable(briefings: readonly BriefingRow[]): ReportTable {
  const rows = briefings.map((r): ReportCell[] => [
    r.date,
    r.city,
    r.capacity,
    r.applications,
    r.accepted,
    r.refused,
    r.attended,
    r.cancelled,
    r.videoViews,
  ]);
  return table(
    "briefings",
    T.sheetBriefings,
    H("titleBriefings"),
    [
      c("date", H("colDate"), "date"),
      c("city", H("colCity"), "text"),
      c("capacity", H("colCapacity")),
      c("applications", H("colApplications")),
      c("accepted", H("colAccepted")),
      c("refused", H("colRefused")),
      c("attended", H("colAttended")),
      c("cancelled", H("colCancelled")),
      c("video_views", H("colVideoViews")),
    ],
    rows,
    {
      totalRows: [rows.length - 1],
      notes: [H("noteBriefings")],
    },
  );
}

export function surveysTable(rows: readonly SurveyReportRow[]): ReportTable {
  return table(
    "surveys",
    T.sheetSurveys,
    H("titleSurveys"),
    [
      c("audience", H("colAudience"), "text", { show: T.audience }),
      c("question_id", H("colQuestionId"), "text", { machineOnly: true }),
      c("question", H("colQuestion"), "text"),
      c("kind", H("colKind"), "text", { show: T.answerKind }),
      c("answer", H("colAnswer"), "text"),
      c("count", H("colCount")),
      c("n", H("colN")),
      c("percent", H("colPercent"), "pct"),
      c("responses", H("colResponses")),
      c("invited", H("colInvited")),
      c("response_rate", H("colResponseRate"), "pct"),
    ],
    rows.map((r) => [
      r.audience,
      r.questionId,
      r.question,
      r.kind,
      r.answer,
      r.count,
      r.n,
      r.percent,
      r.responses,
      r.invited,
      r.responseRate,
    ]),
    {
      notes: [H("noteSurveys")],
    },
  );
}

/** Honoraria per expert and per payment batch, each with a total row. */
export function honorariaTables(lines: readonly HonorariumLineForReport[]): ReportTable[] {
  const perExpert = new Map<number, { line: HonorariumLineForReport; visits: number; payable: number; paid: number }>();
  for (const l of lines) {
    const e = perExpert.get(l.expert.id) ?? { line: l, visits: 0, payable: 0, paid: 0 };
    e.visits++;
    if (l.status === "paid") e.paid += l.amountYen;
    else e.payable += l.amountYen;
    perExpert.set(l.expert.id, e);
  }
  const expertRows: ReportCell[][] = [...perExpert.values()]
    .sort((a, b) => a.line.expert.id - b.line.expert.id)
    .map((e) => [
      e.line.expert.externalId ?? `#${e.line.expert.id}`,
      e.line.expert.nameKanji,
      e.line.expert.qualification,
      e.visits,
      e.payable,
      e.paid,
      e.payable + e.paid,
    ]);
  const sum = (rows: ReportCell[][], col: number) => rows.reduce((a, r) => a + Number(r[col] ?? 0), 0);
  expertRows.push(["total", "", "", sum(expertRows, 3), sum(expertRows, 4), sum(expertRows, 5), sum(expertRows, 6)]);

  const perBatch = new Map<
    number | null,
    { paidOn: string; note: string; visits: number; experts: Set<number>; yen: number }
  >();
  for (const l of lines) {
    const key = l.batch?.id ?? null;
    const b = perBatch.get(key) ?? {
      paidOn: l.batch?.paidOn ?? "",
      note: l.batch?.note ?? "",
      visits: 0,
      experts: new Set(),
      yen: 0,
    };
    b.visits++;
    b.experts.add(l.expert.id);
    b.yen += l.amountYen;
    perBatch.set(key, b);
  }
  const batchRows: ReportCell[][] = [...perBatch.entries()]
    .sort((a, b) => (a[0] ?? Number.MAX_SAFE_INTEGER) - (b[0] ?? Number.MAX_SAFE_INTEGER))
    .map(([id, b]) => [id === null ? "(unpaid)" : id, b.paidOn || null, b.note, b.visits, b.experts.size, b.yen]);
  batchRows.push([
    "total",
    null,
    "",
    sum(batchRows, 3),
    new Set(lines.map((l) => l.expert.id)).size,
    sum(batchRows, 5),
  ]);
  return [
    table(
      "honoraria-by-expert",
      T.sheetHonorariaByExpert,
      H("titleHonorariaByExpert"),
      [
        c("expert_external_id", H("colExpertExternalId"), "text"),
        c("expert_name", H("colExpertName"), "text"),
        c("qualification", H("colQualification"), "text", { show: T.qualification }),
        c("visits", H("colVisits")),
        c("payable_yen", H("colPayableYen"), "yen"),
        c("paid_yen", H("colPaidYen"), "yen"),
        c("total_yen", H("colTotalYen"), "yen"),
      ],
      expertRows,
      { totalRows: [expertRows.length - 1] },
    ),
    table(
      "honoraria-by-batch",
      T.sheetHonorariaByBatch,
      H("titleHonorariaByBatch"),
      [
        c("batch_id", H("colBatchId"), "text"),
        c("paid_on", H("colPaidOn"), "date"),
        c("note", H("colNote"), "text"),
        c("visits", H("colVisits")),
        c("experts", H("colExperts")),
        c("total_yen", H("colAmountYen"), "yen"),
      ],
      batchRows,
      {
        totalRows: [batchRows.length - 1],
        notes: [H("noteUnpaid")],
      },
    ),
  ];
}

/** One row per case: SME, expert, approval, status and the day each visit was held. */
export function casesTable(cases: readonly CaseForReport[], rounds: number): ReportTable {
  const roundNumbers = Array.from({ length: rounds }, (_, i) => i + 1);
  const rows: ReportCell[][] = cases.map((k) => [
    k.id,
    k.application.externalId,
    k.application.company.name,
    prefectureName(k.application.company.prefecture),
    k.expert.externalId,
    k.expert.nameKanji,
    k.approvedOn,
    k.status,
    ...roundNumbers.map((n) => {
      const v = k.visits.find((x) => x.round === n && x.status === "held");
      return v?.heldOn ?? null;
    }),
    k.visits.filter((v) => v.status === "held").length,
    k.completedOn ?? k.terminatedOn ?? null,
  ]);
  return table(
    "cases",
    T.sheetCases,
    H("titleCases"),
    [
      c("case_id", H("colCaseId"), "int"),
      c("application_external_id", H("colApplicationExternalId"), "text"),
      c("company_name", H("colCompanyName"), "text"),
      c("prefecture", H("colPrefecture"), "text"),
      c("expert_external_id", H("colExpertExternalId"), "text"),
      c("expert_name", H("colExpertFullName"), "text"),
      c("approved_on", H("colApprovedOn"), "date"),
      c("status", H("colStatus"), "text", { show: T.caseStatus }),
      ...roundNumbers.map((n) =>
        c(
          `visit_${n}`,
          both(tablesTexts, (t) => t.colVisitOn(n)),
          "date",
        ),
      ),
      c("visits_held", H("colVisitsHeld")),
      c("closed_on", H("colClosedOn"), "date"),
    ],
    rows,
    {
      notes: [H("noteCases")],
    },
  );
}
