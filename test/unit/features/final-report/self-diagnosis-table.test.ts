import { describe, expect, it } from "vitest";
import {
  computeSelfDiagnosis,
  type DiagnosisReport,
  selfDiagnosisSummary,
  selfDiagnosisTable,
} from "../../../../src/features/final-report/self-diagnosis-table.js";
import type { ReportContent } from "../../../../src/features/visit-reports/visit-reports.schemas.js";

const METRO = new Set([13, 23, 27]);

function content(over: Partial<ReportContent>): ReportContent {
  return {
    heldOn: "2019-10-01",
    durationMinutes: 120,
    attendees: "社長",
    coveredItems: ["r1_business"],
    findings: "x",
    agreedActions: "y",
    deliverablesHanded: [],
    nextVisitOn: null,
    selfDiagnosis: null,
    wrapUp: null,
    finalScore: null,
    securityAction: null,
    ...over,
  };
}
const first = (caseId: number, prefecture: number, total: number): DiagnosisReport => ({
  caseId,
  prefecture,
  round: 1,
  content: content({ selfDiagnosis: { mode: "total", answers: {}, total, max: 100, unknown: 0, categories: [] } }),
});
const last = (caseId: number, prefecture: number, score: number, action: ReportContent["securityAction"]) => ({
  caseId,
  prefecture,
  round: 4,
  content: content({ finalScore: score, securityAction: action, wrapUp: "まとめ" }),
});

describe("self-diagnosis before and after, and SECURITY ACTION", () => {
  const reports: DiagnosisReport[] = [
    first(1, 13, 40),
    last(1, 13, 70, "two_stars"),
    first(2, 27, 60),
    last(2, 27, 60, "one_star"), // no better
    first(3, 1, 30),
    last(3, 1, 55, "one_star"),
    first(4, 47, 50), // not yet at its last visit
    { caseId: 5, prefecture: 2, round: 4, content: null }, // an unreadable report counts nowhere
    last(6, 2, 80, "none"), // scored at the end, no first score: not compared
  ];

  it("averages each round per region, shares the improved among SMEs with both scores, counts the stars", () => {
    const { rows, maxScore } = computeSelfDiagnosis(reports, METRO, 4);
    expect(maxScore).toBe(100);
    expect(rows[0]).toEqual({
      label: "3大都市圏",
      diagnosed: 2,
      firstAverage: 50,
      rediagnosed: 2,
      finalAverage: 65,
      compared: 2,
      improved: 1,
      improvedPct: 50,
      oneStar: 1,
      twoStars: 1,
      notDeclared: 0,
    });
    expect(rows[1]).toMatchObject({
      label: "その他",
      diagnosed: 2,
      firstAverage: 40,
      rediagnosed: 2,
      finalAverage: 67.5,
    });
    expect(rows[1]).toMatchObject({
      compared: 1,
      improved: 1,
      improvedPct: 100,
      oneStar: 1,
      twoStars: 0,
      notDeclared: 1,
    });
    expect(rows[2]).toMatchObject({ label: "total", diagnosed: 4, firstAverage: 45, rediagnosed: 4, compared: 3 });
    expect(rows[2]).toMatchObject({ improved: 2, improvedPct: 66.7, oneStar: 2, twoStars: 1, notDeclared: 1 });
  });

  it("with no reports yet, averages and shares are empty rather than zero", () => {
    const { rows } = computeSelfDiagnosis([], METRO, 4);
    expect(rows[2]).toMatchObject({ diagnosed: 0, firstAverage: null, finalAverage: null, improvedPct: null });
  });

  it("as a report table: Japanese headers naming the last round, a total row, and the Slack line", () => {
    const t = selfDiagnosisTable(reports, METRO, 4);
    expect(t.columns.map((c) => c.ja)).toEqual([
      "地域",
      "自己診断 件数（第1回）",
      "第1回 平均点",
      "再診断 件数（第4回）",
      "第4回 平均点",
      "比較できた企業数",
      "改善した企業数",
      "改善した割合(%)",
      "SECURITY ACTION 一つ星",
      "SECURITY ACTION 二つ星",
      "SECURITY ACTION 宣言なし",
    ]);
    expect(t.totalRows).toEqual([2]);
    expect(t.notes[0].ja).toContain("満点100点");
    expect(selfDiagnosisSummary({ tables: [t] }, "ja")).toBe(
      "自己診断: 第1回 平均45.0点 → 最終回 平均66.3点、改善 2/3社（66.7%）。SECURITY ACTION: 一つ星 2社・二つ星 1社。",
    );
    expect(selfDiagnosisSummary({ tables: [] }, "ja")).toBeNull();
  });
});
