import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExportsService } from "../../src/features/exports/exports-service.js";
import { decodeCsv, parseCsv } from "../../src/features/imports/csv-file.js";
import { importAll2019, type Setup, setup2019 } from "./import-support.js";

const EVIL = '=HYPERLINK("http://evil","x")';
const WRITTEN = `"'=HYPERLINK(""http://evil"",""x"")"`;

describe("CSV files the app writes carry no spreadsheet formulas", () => {
  let s: Setup;
  let externalId: string;
  beforeAll(async () => {
    s = await setup2019();
    await importAll2019(s);
    const matched = await s.db.client.application.findFirstOrThrow({
      where: { status: "matched" },
      include: { case: { include: { expert: true } } },
    });
    externalId = matched.externalId as string;
    await s.db.client.company.update({ where: { id: matched.companyId }, data: { name: EVIL } });
    await s.db.client.application.update({ where: { id: matched.id }, data: { contactName: "-5 tips" } });
    await s.db.client.expert.update({ where: { id: matched.case?.expertId }, data: { nameKanji: "@山田" } });
  });
  afterAll(async () => {
    await s.close();
  });

  const lineOf = (text: string, key: string) => text.split("\r\n").find((l) => l.includes(key)) as string;

  it("desk export applications: a formula company name and '-…' text are prefixed; numbers stay numbers", async () => {
    const file = await new ExportsService(s.db, s.clock).export("applications", "csv", { bom: true });
    const text = decodeCsv(file.content as Buffer).text;
    const line = lineOf(text, `,${externalId},`);
    expect(line).toContain(`,${WRITTEN},`);
    expect(line).toContain(",'-5 tips,");
    expect(line).not.toMatch(/,=|,-5 tips/);
    const [head, ...rows] = parseCsv(text);
    const row = rows.find((r) => r.cells.includes(externalId))?.cells as string[];
    expect(row[head.cells.indexOf("company_name")]).toBe(EVIL);
    expect(row[head.cells.indexOf("capital_yen")]).toMatch(/^\d*$/);
  });

  it("desk export cases and the cases report (--format csv) prefix the company and expert names", async () => {
    const exported = await new ExportsService(s.db, s.clock).export("cases", "csv");
    const line = lineOf((exported.content as Buffer).toString("utf8"), `,${externalId},`);
    expect(line).toContain(`,${WRITTEN},`);
    expect(line).toContain(",'@山田,");

    const report = await s.reports.render(await s.reports.build("cases"), "csv", { bom: true });
    const reported = lineOf(decodeCsv(report.content as Buffer).text, `,${externalId},`);
    expect(reported).toContain(`,${WRITTEN},`);
    expect(reported).toContain(",'@山田,");
  });
});
