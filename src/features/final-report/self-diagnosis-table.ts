import { METRO_LABEL, OTHER_LABEL, percent } from "../../domain/regional-table.js";
import type { Locale } from "../../lib/i18n.js";
import { both } from "../../lib/i18n.js";
import type { ReportContent } from "../visit-reports/visit-reports.schemas.js";
import type { Report, ReportCell, ReportTable } from "./final-report.schemas.js";
import { finalReportTexts } from "./final-report.texts.js";
import { c, table } from "./report-tables.js";
import { tablesTexts } from "./report-tables.texts.js";

/** An accepted visit report of the first or the last round, with its case's SME prefecture. */
export type DiagnosisReport = { caseId: number; prefecture: number; round: number; content: ReportContent | null };

export type DiagnosisRow = {
  label: string;
  /** Cases whose first visit's report carries a self-diagnosis score, and their average. */
  diagnosed: number;
  firstAverage: number | null;
  /** Cases whose last visit's report carries the score again, and their average. */
  rediagnosed: number;
  finalAverage: number | null;
  /** Cases with both scores, and those whose last score is higher than the first. */
  compared: number;
  improved: number;
  improvedPct: number | null;
  /** SECURITY ACTION as the last visit's report records it. */
  oneStar: number;
  twoStars: number;
  notDeclared: number;
};

const average = (xs: number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

function row(label: string, first: Map<number, number>, last: Map<number, ReportContent>): DiagnosisRow {
  const finals = [...last.entries()].flatMap(([id, c]) => (c.finalScore === null ? [] : [[id, c.finalScore] as const]));
  const pairs = finals.flatMap(([id, score]) => {
    const before = first.get(id);
    return before === undefined ? [] : [{ before, after: score }];
  });
  const improved = pairs.filter((p) => p.after > p.before).length;
  const actions = [...last.values()].map((c) => c.securityAction);
  return {
    label,
    diagnosed: first.size,
    firstAverage: average([...first.values()]),
    rediagnosed: finals.length,
    finalAverage: average(finals.map(([, s]) => s)),
    compared: pairs.length,
    improved,
    improvedPct: pairs.length === 0 ? null : percent(improved, pairs.length),
    oneStar: actions.filter((a) => a === "one_star").length,
    twoStars: actions.filter((a) => a === "two_stars").length,
    notDeclared: actions.filter((a) => a === "none").length,
  };
}

/**
 * The self-diagnosis before and after, and SECURITY ACTION, for the metro areas, the rest and in
 * total: the first visit's self-diagnosis score, the last visit's score and declaration (a case
 * counts once per round: its latest accepted report).
 */
export function computeSelfDiagnosis(
  reports: readonly DiagnosisReport[],
  metro: ReadonlySet<number>,
  finalRound: number,
): { rows: DiagnosisRow[]; maxScore: number | null } {
  const groups = { metro: new Set<number>(), other: new Set<number>() };
  const first = new Map<number, number>();
  const last = new Map<number, ReportContent>();
  const maxima = new Map<number, number>();
  for (const r of reports) {
    if (!r.content) continue;
    groups[metro.has(r.prefecture) ? "metro" : "other"].add(r.caseId);
    const sd = r.content.selfDiagnosis;
    if (r.round === 1 && sd) {
      first.set(r.caseId, sd.total);
      maxima.set(sd.max, (maxima.get(sd.max) ?? 0) + 1);
    }
    if (r.round === finalRound) last.set(r.caseId, r.content);
  }
  const only = <T>(m: Map<number, T>, ids: Set<number>) => new Map([...m].filter(([id]) => ids.has(id)));
  const maxScore = [...maxima.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
  return {
    rows: [
      row(METRO_LABEL, only(first, groups.metro), only(last, groups.metro)),
      row(OTHER_LABEL, only(first, groups.other), only(last, groups.other)),
      row("total", first, last),
    ],
    maxScore,
  };
}

const T = tablesTexts("ja");
const H = (key: "colDiagnosed" | "colFirstAverage" | "colImproved" | "colImprovedPct") =>
  both(tablesTexts, (t) => t[key]);

/** The self-diagnosis / SECURITY ACTION table, by the prefecture groups of Table 4. */
export function selfDiagnosisTable(
  reports: readonly DiagnosisReport[],
  metro: ReadonlySet<number>,
  finalRound: number,
): ReportTable {
  const { rows, maxScore } = computeSelfDiagnosis(reports, metro, finalRound);
  const cells = rows.map((r): ReportCell[] => [
    r.label,
    r.diagnosed,
    r.firstAverage,
    r.rediagnosed,
    r.finalAverage,
    r.compared,
    r.improved,
    r.improvedPct,
    r.oneStar,
    r.twoStars,
    r.notDeclared,
  ]);
  return table(
    "self-diagnosis",
    T.sheetSelfDiagnosis,
    both(tablesTexts, (t) => t.titleSelfDiagnosis),
    [
      c(
        "region",
        both(tablesTexts, (t) => t.colRegion),
        "text",
      ),
      c("diagnosed", H("colDiagnosed")),
      c("first_average", H("colFirstAverage"), "decimal"),
      c(
        "rediagnosed",
        both(tablesTexts, (t) => t.colRediagnosed(finalRound)),
      ),
      c(
        "final_average",
        both(tablesTexts, (t) => t.colFinalAverage(finalRound)),
        "decimal",
      ),
      c(
        "compared",
        both(tablesTexts, (t) => t.colCompared),
      ),
      c("improved", H("colImproved")),
      c("improved_pct", H("colImprovedPct"), "pct"),
      c(
        "security_action_one_star",
        both(tablesTexts, (t) => t.colOneStar),
      ),
      c(
        "security_action_two_stars",
        both(tablesTexts, (t) => t.colTwoStars),
      ),
      c(
        "security_action_none",
        both(tablesTexts, (t) => t.colNotDeclared),
      ),
    ],
    cells,
    {
      totalRows: [cells.length - 1],
      notes: [
        both(tablesTexts, (t) => t.noteSelfDiagnosis({ finalRound, maxScore })),
        both(tablesTexts, (t) => t.noteSecurityAction),
      ],
    },
  );
}

/** One line for the Slack message that delivers a report holding this table (its total row). */
export function selfDiagnosisSummary(report: Pick<Report, "tables">, locale: Locale): string | null {
  const t = report.tables.find((x) => x.id === "self-diagnosis");
  const total = t?.rows[t.totalRows[0] ?? -1];
  if (!t || !total) return null;
  const at = (key: string) => total[t.columns.findIndex((col) => col.key === key)] ?? null;
  const n = (key: string) => Number(at(key) ?? 0);
  const score = (key: string) => {
    const v = at(key);
    return typeof v === "number" ? v.toFixed(1) : null;
  };
  return finalReportTexts(locale).summarySelfDiagnosis({
    first: score("first_average"),
    last: score("final_average"),
    compared: n("compared"),
    improved: n("improved"),
    improvedPct: typeof at("improved_pct") === "number" ? Number(at("improved_pct")).toFixed(1) : null,
    oneStar: n("security_action_one_star"),
    twoStars: n("security_action_two_stars"),
  });
}
