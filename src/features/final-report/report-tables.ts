import type { BriefingRow } from "../../domain/briefing-table.js";
import { computeExpertsByPrefecture, type ExpertForTable } from "../../domain/expert-table.js";
import { prefectureName } from "../../domain/prefectures.js";
import { computeRegionalMatching, type RegionStatRow } from "../../domain/regional-table.js";
import { highlightOf, type WeeklyTable } from "../../domain/weekly-table.js";
import type { Localized } from "../../lib/errors.js";
import type { SurveyReportRow } from "../surveys/survey-report.js";
import type { Highlight, ReportCell, ReportColumn, ReportTable } from "./final-report.schemas.js";
import type { CaseForReport, HonorariumLineForReport } from "./final-report-repository.js";

const c = (key: string, ja: string, en: string, kind: ReportColumn["kind"] = "int"): ReportColumn => ({
  key,
  ja,
  en,
  kind,
});

function table(
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
    "表3 週別訪問実績",
    { ja: "表3 支援実績のサマリ（週別・訪問回別）", en: "Table 3: visits held per week and round" },
    [
      c("week_ending", "実施期間", "Week ending", "week"),
      ...rounds.map((n) => c(`round_${n}`, `第${n}回訪問実績`, `Visit ${n}`)),
    ],
    rows,
    {
      totalRows: [rows.length - 1],
      highlights,
      notes: [
        {
          ja: "週は月曜〜日曜（日本時間）。赤は10件/週以上、黄色は50件/週以上。訪問を実施した日で数えます（報告の状態は問いません）。",
          en: "Weeks run Monday–Sunday (Japan time). Red: 10 or more visits a week; yellow: 50 or more. Visits count on the day they were held, whatever their report status.",
        },
      ],
    },
  );
}

/** Table 2: the 47 prefectures in JIS order, (none), total; RISS+ITC under RISS. */
export function expertsByPrefectureTable(experts: readonly ExpertForTable[]): ReportTable {
  const rows = computeExpertsByPrefecture(experts).map((r): ReportCell[] => [r.label, r.total, r.riss, r.itc]);
  return table(
    "experts-by-prefecture",
    "表2 専門家登録状況",
    { ja: "表2 専門家の登録状況サマリ", en: "Table 2: registered experts by prefecture" },
    [
      c("prefecture", "都道府県", "Prefecture", "text"),
      c("total", "計", "Total"),
      c("riss", "RISS", "RISS"),
      c("itc", "ITC", "ITC"),
    ],
    rows,
    {
      totalRows: [rows.length - 1],
      notes: [
        {
          ja: "承認済み（有効）の専門家のみ。都道府県は登録時の住所。RISS と ITC の両方を持つ専門家は RISS に数えます。",
          en: "Approved (active) experts only, by the prefecture they registered with. Holders of both qualifications count under RISS.",
        },
      ],
    },
  );
}

/** Table 4: enterprises and matchings in the metro areas and the rest, with shares. */
export function regionalMatchingTable(
  stats: readonly RegionStatRow[],
  matched: readonly number[],
  source: Localized,
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
    "表4 地域別マッチング",
    { ja: "表4 企業数と本事業のマッチング数の比較", en: "Table 4: enterprises and matchings, metro areas vs the rest" },
    [
      c("region", "地域", "Region", "text"),
      c("enterprises", "企業数", "Enterprises"),
      c("enterprises_pct", "企業数 割合(%)", "Enterprises %", "pct"),
      c("matchings", "マッチング数", "Matchings"),
      c("matchings_pct", "マッチング数 割合(%)", "Matchings %", "pct"),
    ],
    rows,
    {
      totalRows: [rows.length - 1],
      notes: [
        { ja: `3大都市圏: ${metro.join("・") || "（なし）"}`, en: `Metro areas: ${metro.join(", ") || "(none)"}` },
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
    "表1 事業説明会",
    { ja: "表1 事業説明会の参加申し込み状況", en: "Table 1: briefing sessions" },
    [
      c("date", "開催日", "Date", "date"),
      c("city", "開催地", "City", "text"),
      c("capacity", "収容キャパ", "Capacity"),
      c("applications", "総申込数", "Applications"),
      c("accepted", "受付数", "Accepted"),
      c("refused", "受付お断り数", "Refused"),
      c("attended", "参加者数(実績)", "Attended"),
      c("cancelled", "中止", "Cancelled"),
      c("video_views", "動画再生回数", "Video views"),
    ],
    rows,
    {
      totalRows: [rows.length - 1],
      notes: [
        {
          ja: "中止は中止した回なら1（合計は中止した回数）。キャンセル待ちのまま終わった申込みは受付お断りに数えます。",
          en: "Cancelled is 1 for a cancelled session (the total counts them). Registrations left on the waiting list count as refused.",
        },
      ],
    },
  );
}

export function surveysTable(rows: readonly SurveyReportRow[]): ReportTable {
  return table(
    "surveys",
    "アンケート結果",
    { ja: "アンケート結果（回答割合・n・回収率）", en: "Survey results (shares, n, response rate)" },
    [
      c("audience", "対象", "Audience", "text"),
      c("question_id", "設問ID", "Question id", "text"),
      c("question", "設問", "Question", "text"),
      c("kind", "種別", "Kind", "text"),
      c("answer", "回答", "Answer", "text"),
      c("count", "回答数", "Count"),
      c("n", "n", "n"),
      c("percent", "割合(%)", "Percent", "pct"),
      c("responses", "回答者数", "Responses"),
      c("invited", "依頼数", "Invited"),
      c("response_rate", "回収率(%)", "Response rate", "pct"),
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
      notes: [
        {
          ja: "割合はその設問に回答した人数 n に対する割合。headline は肯定的な回答（例: 向上した）の合計割合。",
          en: "Shares are of the n people who answered the question; headline rows give the positive answers' combined share.",
        },
      ],
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
      "謝金 専門家別",
      { ja: "謝金 専門家別", en: "Honoraria per expert" },
      [
        c("expert_external_id", "専門家ID", "Expert id", "text"),
        c("expert_name", "氏名", "Name", "text"),
        c("qualification", "資格", "Qualification", "text"),
        c("visits", "対象訪問数", "Visits"),
        c("payable_yen", "未払(円)", "Payable (yen)", "yen"),
        c("paid_yen", "支払済(円)", "Paid (yen)", "yen"),
        c("total_yen", "計(円)", "Total (yen)", "yen"),
      ],
      expertRows,
      { totalRows: [expertRows.length - 1] },
    ),
    table(
      "honoraria-by-batch",
      "謝金 支払別",
      { ja: "謝金 支払（バッチ）別", en: "Honoraria per payment batch" },
      [
        c("batch_id", "支払ID", "Batch", "text"),
        c("paid_on", "支払日", "Paid on", "date"),
        c("note", "備考", "Note", "text"),
        c("visits", "対象訪問数", "Visits"),
        c("experts", "専門家数", "Experts"),
        c("total_yen", "金額(円)", "Amount (yen)", "yen"),
      ],
      batchRows,
      {
        totalRows: [batchRows.length - 1],
        notes: [
          { ja: "(unpaid) はまだ支払に含まれていない謝金。", en: "(unpaid): honoraria not yet in a payment batch." },
        ],
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
    "案件一覧",
    { ja: "案件一覧（訪問実施日・状態）", en: "Cases with visit dates and status" },
    [
      c("case_id", "案件ID", "Case", "int"),
      c("application_external_id", "申込番号", "Application id", "text"),
      c("company_name", "企業名", "Company", "text"),
      c("prefecture", "都道府県", "Prefecture", "text"),
      c("expert_external_id", "専門家ID", "Expert id", "text"),
      c("expert_name", "専門家氏名", "Expert", "text"),
      c("approved_on", "マッチング承認日", "Approved on", "date"),
      c("status", "状態", "Status", "text"),
      ...roundNumbers.map((n) => c(`visit_${n}`, `第${n}回訪問日`, `Visit ${n}`, "date")),
      c("visits_held", "実施回数", "Visits held"),
      c("closed_on", "終了日", "Closed on", "date"),
    ],
    rows,
    {
      notes: [
        {
          ja: "状態: active=指導中, completed=終了, terminated=途中終了, withdrawn=取下げ。訪問日は実施済みの訪問のみ。",
          en: "Status: active, completed, terminated (ended early), withdrawn. Visit dates are of visits held.",
        },
      ],
    },
  );
}
