import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { corporateNumberCheckDigit } from "../../src/domain/corporate-number.js";
import { decodeCsv, parseCsv } from "../../src/features/imports/csv-file.js";
import { columnsOf, mapHeader, templateHeader } from "../../src/features/imports/import-kinds.js";
import { IMPORT_KINDS } from "../../src/features/imports/imports.schemas.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { ManualClock } from "../../src/lib/clock.js";
import { ROOT } from "../support/child-process.js";
import { freshDatabaseFile } from "../support/db-fixture.js";

const exec = promisify(execFile);
const N1 = `${corporateNumberCheckDigit("180301018771")}180301018771`;

describe("desk import from the command line", () => {
  let file: Awaited<ReturnType<typeof freshDatabaseFile>>;
  let program: Awaited<ReturnType<ProgramService["current"]>>;
  const dir = () => join(file.path, "..");

  beforeAll(async () => {
    file = await freshDatabaseFile();
    const db = await openDatabase(file.url);
    program = await new ProgramService(db, new ManualClock("2019-09-30T10:00:00")).ensureSeeded({
      name: "中小企業の情報セキュリティマネジメント指導業務",
      startDate: "2019-07-17",
      endDate: "2020-01-31",
      applyFrom: "2019-08-14",
      applyUntil: "2019-11-21",
    });
    await db.disconnect();
  });
  afterAll(() => file.cleanup());

  /** Runs `desk …` as operators do; resolves with the exit code and both streams. */
  async function desk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const out = await exec(process.execPath, ["bin/desk.js", ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATABASE_URL: file.url, LOG_LEVEL: "error" },
        timeout: 60_000,
      });
      return { code: 0, ...out };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it("`desk import applications --help` lists every column the importer reads, and the --ineligible flag", async () => {
    const { code, stdout } = await desk("import", "applications", "--help");
    expect(code).toBe(0);
    for (const spec of columnsOf("applications", program, "2020-01-31")) {
      expect(stdout).toContain(`${spec.key}  ${spec.aliases[0]}`);
      for (const alias of spec.aliases.slice(1)) expect(stdout).toContain(alias);
      expect(stdout).toContain(spec.read.format);
    }
    expect(stdout).toContain("date: 2019/11/17, 2019-11-17, R1.11.17");
    expect(stdout).toMatch(/--ineligible <action>[\s\S]*"refuse", "invalid"/);
  }, 120_000);

  it("`desk import template visits --out FILE` writes the Japanese header row with a BOM, which imports as every column", async () => {
    const out = join(dir(), "visits-template.csv");
    const { code } = await desk("import", "template", "visits", "--out", out);
    expect(code).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { text, encoding } = decodeCsv(bytes);
    expect(encoding).toBe("utf-8-bom");
    expect(text).toBe("申込番号,回,実施日,状態\r\n");
    const mapping = mapHeader(parseCsv(text)[0].cells, columnsOf("visits", program, "2020-01-31"));
    expect(mapping.issues).toEqual([]);
    expect(mapping.ignored).toEqual([]);
  }, 120_000);

  it("every kind's template header is read back as all of its columns", () => {
    for (const kind of IMPORT_KINDS) {
      const columns = columnsOf(kind, program, "2020-01-31");
      const mapping = mapHeader(templateHeader(kind), columns);
      expect({ kind, issues: mapping.issues, ignored: mapping.ignored }).toEqual({ kind, issues: [], ignored: [] });
      expect([...mapping.indexOf.keys()].sort()).toEqual(columns.map((c) => c.key).sort());
    }
  });

  it("an Excel workbook (found by its bytes, whatever its name) and a missing file get one clear sentence", async () => {
    const xlsx = join(dir(), "applications.csv");
    writeFileSync(xlsx, Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 0x41)]));
    const excel = await desk("import", "applications", xlsx);
    expect(excel.code).not.toBe(0);
    expect(excel.stderr).toContain(
      "Excel ファイル (.xlsx) は読み込めません。Excel で「CSV UTF-8」形式で保存してから取り込んでください。",
    );
    expect(excel.stderr).toContain("save it as “CSV UTF-8”");

    const missing = join(dir(), "nope.csv");
    const gone = await desk("import", "applications", missing);
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain(`ファイルが見つかりません: ${missing}`);
    expect(gone.stderr).not.toMatch(/ENOENT|\n\s+at /);
  }, 120_000);

  it("--ineligible: refuse (default) lists the rows and imports nothing; invalid imports them as invalid and lists them", async () => {
    const csv = join(dir(), "apps.csv");
    writeFileSync(
      csv,
      [
        "申込番号,受付日,企業名,法人番号,業種,資本金,従業員数,都道府県,担当者名,担当者メール,電話番号,受付経路,状態,無効理由",
        `A1,2019/09/02,株式会社サンプル製作所,${N1},製造業,1000万,25,愛知県,田中,,,,有効,`,
        `A2,2019/09/03,巨大製造株式会社,,製造業,50億,1200,東京都,佐藤,,,,有効,`,
        `A3,2019/09/04,株式会社サンプル製作所,${N1},製造業,1000万,25,愛知県,田中,,,,有効,`,
      ].join("\r\n"),
    );
    const refused = await desk("import", "applications", csv);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("line 3, column 資本金: does not meet the SME criteria");
    expect(refused.stderr).toContain(
      `line 4, column 法人番号: duplicate: corporate number ${N1} is already given by line 2`,
    );
    expect(refused.stderr).toContain("nothing was imported");

    const marked = await desk("import", "applications", csv, "--ineligible", "invalid");
    expect(marked.code).toBe(0);
    expect(marked.stdout).toContain("3 new");
    expect(marked.stdout).toContain("2 row(s) were imported as invalid applications:");
    expect(marked.stdout).toContain("  line 3, column 資本金: does not meet the SME criteria");
  }, 120_000);
});
