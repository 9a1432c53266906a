import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { corporateNumberCheckDigit } from "../../src/domain/corporate-number.js";
import { formatIssue, type IneligibleAction } from "../../src/features/imports/imports.schemas.js";
import { type Setup, setup2019 } from "./import-support.js";

const number = (base12: string) => `${corporateNumberCheckDigit(base12)}${base12}`;
const N1 = number("180301018771");
const N2 = number("000012050002");
const HEAD =
  "申込番号,受付日,企業名,法人番号,業種,資本金,従業員数,都道府県,担当者名,状態,無効理由,担当者メール,電話番号,受付経路";
const FILE = [
  HEAD,
  `A1,2019/09/02,株式会社サンプル製作所,${N1},製造業,1000万,25,愛知県,田中,有効,,,,`,
  `A2,2019/09/03,巨大製造株式会社,${N2},製造業,50億,1200,東京都,佐藤,有効,,,,`,
  `A3,2019/09/04,なりすまし商事,${N1},卸売業,9000万,80,東京都,鈴木,受付,,,,`,
  `A4,2019/09/05,（株）サンプル　製作所,,製造業,1000万,25,愛知県,高橋,有効,,,,`,
  `A5,2019/09/06,株式会社サンプル製作所,${N1},製造業,1000万,25,愛知県,田中,無効,重複,,,`,
].join("\n");

describe("imported applications go through the form's eligibility, 法人番号 and duplicate checks", () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup2019();
  });
  afterEach(async () => {
    await s.close();
  });
  const run = (csv: string, ineligible?: IneligibleAction, dryRun = false) =>
    s.imports.importCsv("applications", Buffer.from(csv), { actor: "cli:test", ineligible, dryRun });

  it("by default an ineligible or duplicate row is reported with its line and column, and nothing is imported", async () => {
    const result = await run(FILE);
    expect(result.issues.map(formatIssue)).toEqual([
      "line 3, column 資本金: does not meet the SME criteria for Manufacturing: capital of ¥300 million or less, or 300 regular employees or fewer (mark the row invalid with a reason, or run the import with --ineligible invalid)",
      `line 4, column 法人番号: duplicate: corporate number ${N1} is already given by line 2 (external_id A1) (mark the row invalid with a reason, or run the import with --ineligible invalid)`,
      "line 5, column 企業名: duplicate: line 2 (external_id A1) has the same company name in the same prefecture (mark the row invalid with a reason, or run the import with --ineligible invalid)",
    ]);
    expect(await s.db.client.application.count()).toBe(0);
    expect(await s.db.client.company.count()).toBe(0);
  });

  it("--ineligible invalid imports them as screened invalid with the reason, audited, and reports them", async () => {
    const dry = await run(FILE, "invalid", true);
    expect(dry.invalidated.map((i) => i.line)).toEqual([3, 4, 5]);
    expect(await s.db.client.application.count()).toBe(0);

    const result = await run(FILE, "invalid");
    expect(result.issues).toEqual([]);
    expect(result.created).toBe(5);
    expect(result.invalidated.map(formatIssue)).toEqual(dry.invalidated.map(formatIssue));
    const apps = await s.db.client.application.findMany({ include: { company: true }, orderBy: { id: "asc" } });
    const by = (id: string) => apps.find((a) => a.externalId === id)!;
    expect(by("A1")).toMatchObject({ status: "valid", invalidReason: null });
    expect(by("A2")).toMatchObject({ status: "invalid", screenedBy: "cli:test" });
    expect(by("A2").invalidReason).toBe(
      "not_sme: 中小企業の要件（製造業: 資本金3億円以下または従業員300人以下）を満たさない（取込時の確認）",
    );
    expect(by("A3").invalidReason).toBe("duplicate: 取込ファイルの2行目（A1）と同じ法人番号（取込時の確認）");
    expect(by("A4").invalidReason).toBe("duplicate: 取込ファイルの2行目（A1）と同じ企業名・都道府県（取込時の確認）");
    expect(by("A5")).toMatchObject({ status: "invalid", invalidReason: "重複", screenedBy: null });
    // Each keeps its own company: the duplicate's data did not touch A1's.
    expect(by("A1").company).toMatchObject({ name: "株式会社サンプル製作所", prefecture: 23, employees: 25 });
    expect(by("A3").company).toMatchObject({ name: "なりすまし商事", prefecture: 13, employees: 80 });
    expect(new Set(apps.map((a) => a.companyId)).size).toBe(5);
    const audit = await s.db.client.auditLog.findMany({ where: { action: "application.invalid" } });
    expect(audit.map((a) => Number(a.entityId)).sort()).toEqual([by("A2").id, by("A3").id, by("A4").id].sort());
    expect(JSON.parse(audit[0].after as string)).toMatchObject({ status: "invalid", via: "import" });

    // The same file again changes nothing and audits nothing more.
    const again = await run(FILE, "invalid");
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await s.db.client.auditLog.count({ where: { action: "application.invalid" } })).toBe(3);
  });

  it("rows are checked against the database's open applications; a wrong check digit is an error either way", async () => {
    expect((await run(FILE.split("\n").slice(0, 2).join("\n"))).issues).toEqual([]);
    const first = await s.db.client.application.findFirstOrThrow({ where: { externalId: "A1" } });
    const later = `${HEAD}\nB1,2019/10/01,別名の会社,${N1},製造業,1000万,10,大阪府,山本,受付,`;
    expect((await run(later)).issues.map(formatIssue)).toEqual([
      `line 2, column 法人番号: duplicate: corporate number ${N1} is already given by application #${first.id} (external_id A1) (mark the row invalid with a reason, or run the import with --ineligible invalid)`,
    ]);
    const bad = `${HEAD}\nB2,2019/10/01,別の会社,${N1.replace(/^\d/, (d) => String((Number(d) + 1) % 10))},製造業,1000万,10,大阪府,山本,受付,`;
    expect((await run(bad, "invalid")).issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^line 2, column 法人番号: "\d{13}" has a wrong check digit/),
    ]);
    const imported = await run(later, "invalid");
    expect(imported.invalidated).toHaveLength(1);
    const b1 = await s.db.client.application.findFirstOrThrow({
      where: { externalId: "B1" },
      include: { company: true },
    });
    expect(b1.invalidReason).toBe(`duplicate: 申込 #${first.id}と同じ法人番号（取込時の確認）`);
    expect((await s.db.client.company.findUniqueOrThrow({ where: { id: first.companyId } })).name).toBe(
      "株式会社サンプル製作所",
    );
  });
});
