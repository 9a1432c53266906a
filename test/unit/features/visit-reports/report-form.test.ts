import { describe, expect, it } from "vitest";
import { parseChecklistCsv } from "../../../../src/features/cases/checklist-csv.js";
import { DEFAULT_CHECKLIST } from "../../../../src/features/cases/checklist-defaults.js";
import { validateChecklist } from "../../../../src/features/cases/checklist-service.js";
import { parseReportForm } from "../../../../src/features/visit-reports/report-form.js";
import { type ReportForm, ReportFormSchema } from "../../../../src/features/visit-reports/visit-reports.schemas.js";
import { isAppError } from "../../../../src/lib/errors.js";

const checklist = DEFAULT_CHECKLIST.map((r, i) => ({ id: i + 1, ...r }));

function form(over: Partial<ReportForm> = {}): ReportForm {
  return ReportFormSchema.parse({
    heldOn: "2019-10-08",
    durationMinutes: "120",
    attendees: "代表 田中様",
    coveredItems: ["r1_risks"],
    findings: "パスワードの使い回し",
    agreedActions: "パスワード管理ツールを検討",
    ...over,
  });
}

function fieldErrors(fn: () => unknown): Record<string, string> {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return Object.fromEntries(Object.entries(e.options.fields ?? {}).map(([k, v]) => [k, v.ja]));
    throw e;
  }
  throw new Error("expected errors");
}

describe("parseReportForm", () => {
  const r1 = { round: 1, visitsPerCase: 4, checklist };
  const r4 = { round: 4, visitsPerCase: 4, checklist };

  it("round 1 per item: total and category scores", () => {
    const answers = Object.fromEntries(checklist.map((i) => [String(i.number), "yes" as const]));
    const c = parseReportForm(form({ answers }), r1);
    expect(c.selfDiagnosis?.mode).toBe("items");
    expect(c.selfDiagnosis?.total).toBe(100);
    expect(c.selfDiagnosis?.categories.map((x) => x.category)).toEqual(["basic", "staff", "organization"]);
  });

  it("round 1 as a total only", () => {
    const c = parseReportForm(form({ totalScore: "64" }), r1);
    expect(c.selfDiagnosis).toMatchObject({ mode: "total", total: 64, max: 100, categories: [] });
  });

  it("round 1: partly answered items are pointed out on the first missing item", () => {
    const errors = fieldErrors(() => parseReportForm(form({ answers: { "1": "yes", "2": "no" } }), r1));
    expect(errors.check_3).toContain("未回答の項目があります（3, 4,");
  });

  it("reports every missing field at once", () => {
    const errors = fieldErrors(() =>
      parseReportForm(form({ heldOn: null, attendees: "", coveredItems: [], findings: "" }), r4),
    );
    expect(Object.keys(errors).sort()).toEqual(
      ["attendees", "covered", "final_score", "findings", "held_on", "security_action", "wrap_up"].sort(),
    );
  });

  it("the last round keeps the wrap-up, the score again and SECURITY ACTION", () => {
    const c = parseReportForm(
      form({
        coveredItems: ["r4_review", "r4_wrapup"],
        wrapUp: "基本方針と規程を策定",
        finalScore: "82",
        securityAction: "two_stars",
      }),
      r4,
    );
    expect(c).toMatchObject({ wrapUp: "基本方針と規程を策定", finalScore: 82, securityAction: "two_stars" });
    expect(c.selfDiagnosis).toBeNull();
  });

  it("ignores curriculum items of other rounds", () => {
    const errors = fieldErrors(() => parseReportForm(form({ coveredItems: ["r4_review"], totalScore: "1" }), r1));
    expect(errors.covered).toBeDefined();
  });
});

describe("checklist CSV", () => {
  it("reads the columns with Japanese headers and reports bad lines", () => {
    const ok = parseChecklistCsv('番号,分類,項目,項目（英語）\n1,basic,"OSを更新, していますか",Updates?\n');
    expect(ok.errors).toEqual([]);
    expect(ok.rows).toEqual([{ number: 1, category: "basic", textJa: "OSを更新, していますか", textEn: "Updates?" }]);
    const bad = parseChecklistCsv("number,category,text_ja\nx,basic,a\n2,,b\n");
    expect(bad.errors).toEqual(["line 2: number must be a whole number ≥ 1", "line 3: category is empty"]);
    expect(
      validateChecklist([
        { number: 1, category: "a", textJa: "x", textEn: "" },
        { number: 1, category: "a", textJa: "y", textEn: "" },
      ]),
    ).toEqual(["line 3: number 1 appears twice"]);
  });
});
