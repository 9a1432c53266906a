import { describe, expect, it } from "vitest";
import { DuplicateIndex, eligibilityProblem } from "../../../../src/features/imports/application-screening.js";
import {
  type ApplicationRow,
  columnsOf,
  mapHeader,
  templateHeader,
} from "../../../../src/features/imports/import-kinds.js";
import { date, integer, oneOf, optionalCorporateNumber, yen } from "../../../../src/features/imports/import-values.js";
import { formatIssue } from "../../../../src/features/imports/imports.schemas.js";

const PROGRAM = { startDate: "2019-07-17", endDate: "2020-01-31", visitsPerCase: 4 };

const row = (over: Partial<ApplicationRow> = {}): ApplicationRow => ({
  external_id: "A1",
  received_on: "2019-09-01",
  company_name: "東和精工株式会社",
  corporate_number: null,
  industry: "E",
  capital_yen: 10_000_000,
  employees: 20,
  prefecture: 13,
  contact_name: "山田 太郎",
  contact_email: null,
  contact_phone: null,
  source: "import",
  status: "received",
  invalid_reason: null,
  ...over,
});

describe("import cells: what a row may hold, and the message that follows 'line N, column X: '", () => {
  it("reads the ways people write amounts, counts and dates", () => {
    expect(yen("1億5000万円")).toEqual({ ok: true, value: 150_000_000 });
    expect(yen("10,000,000")).toEqual({ ok: true, value: 10_000_000 });
    expect(yen("")).toEqual({ ok: true, value: null });
    expect(yen("たくさん")).toEqual({ ok: false, message: '"たくさん" is not an amount in yen' });
    expect(integer({ min: 0, max: 100 })("２０人")).toEqual({ ok: true, value: 20 });
    expect(integer({ min: 0, max: 100 })("101")).toEqual({ ok: false, message: "101 is outside 0..100" });
    expect(date()("令和元年11月17日")).toEqual({ ok: true, value: "2019-11-17" });
  });

  it("keeps dates inside the program's range and says which", () => {
    const within = date({ min: "2019-07-17", max: "2020-01-31", what: "program period" });
    expect(within("2020-02-01")).toEqual({
      ok: false,
      message: "2020-02-01 is outside the program period (2019-07-17 to 2020-01-31)",
    });
    expect(within("  ")).toEqual({ ok: false, message: "is required" });
  });

  it("maps Japanese labels to stored values, blank to the fallback", () => {
    const status = oneOf(["received", "valid", "invalid"] as const, { 有効: "valid" }, "received");
    expect(status("有効")).toEqual({ ok: true, value: "valid" });
    expect(status("")).toEqual({ ok: true, value: "received" });
    expect(status("maybe")).toEqual({ ok: false, message: '"maybe" is not one of received, valid, invalid' });
  });

  it("checks the 法人番号 check digit", () => {
    expect(optionalCorporateNumber("1234567890123")).toMatchObject({ ok: false });
    expect(optionalCorporateNumber("")).toEqual({ ok: true, value: null });
  });
});

describe("import headers", () => {
  it("matches keys and Japanese headers in any order, ignores other columns, reports missing and repeated ones", () => {
    const columns = columnsOf("cases", PROGRAM, "2020-01-31");
    const ok = mapHeader(["承認日", "memo", "専門家番号", "申込番号"], columns);
    expect(ok.issues).toEqual([]);
    expect(ok.ignored).toEqual(["memo"]);
    expect(ok.header("approved_on")).toBe("承認日");
    const bad = mapHeader(["申込番号", "受付番号"], columns);
    expect(bad.issues.map(formatIssue)).toEqual([
      "line 1, column 受付番号: repeats the column application_external_id (already column 1)",
      "line 1, column expert_external_id: missing column (header expert_external_id or 専門家番号 or 専門家ID)",
      "line 1, column approved_on: missing column (header approved_on or 承認日 or マッチング日)",
    ]);
  });

  it("the template's header row is the Japanese header of every column", () => {
    expect(templateHeader("visits")).toEqual(["申込番号", "回", "実施日", "状態"]);
  });
});

describe("application screening on import (the form's rules)", () => {
  it("refuses a company over its industry's SME thresholds, and one whose size is not given", () => {
    const big = eligibilityProblem(row({ capital_yen: 500_000_000, employees: 1000 }));
    expect(big?.column).toBe("capital_yen");
    expect(big?.message).toMatch(/^does not meet the SME criteria for /);
    expect(big?.reason).toMatch(/^not_sme: 中小企業の要件（.*）を満たさない（取込時の確認）$/);
    expect(eligibilityProblem(row({ capital_yen: null, employees: null }))?.reason).toMatch(
      /^not_sme: 資本金・従業員数の記載がなく/,
    );
    expect(eligibilityProblem(row())).toBeNull();
  });

  it("finds a duplicate by 法人番号, or by name and prefecture unless the 法人番号 differ", () => {
    const index = new DuplicateIndex();
    index.add({
      label: "application #12",
      labelJa: "申込 #12",
      corporateNumber: "7000012050002",
      prefecture: 13,
      name: "株式会社 東和精工",
    });
    const sameNumber = index.problem(row({ corporate_number: "7000012050002", company_name: "別の名前" }));
    expect(sameNumber).toEqual({
      column: "corporate_number",
      message:
        "duplicate: corporate number 7000012050002 is already given by application #12 (mark the row invalid with a reason, or run the import with --ineligible invalid)",
      reason: "duplicate: 申込 #12と同じ法人番号（取込時の確認）",
    });
    expect(index.problem(row({ company_name: "東和精工（株）" }))?.column).toBe("company_name");
    expect(index.problem(row({ company_name: "東和精工株式会社", prefecture: 27 }))).toBeNull();
    expect(index.problem(row({ company_name: "東和精工株式会社", corporate_number: "1234567890123" }))).toBeNull();
  });
});
