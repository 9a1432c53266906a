import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import type { Report, ReportTable } from "../../../../src/features/final-report/final-report.schemas.js";
import { DATE_FORMAT, renderXlsx, WEEK_FORMAT } from "../../../../src/features/final-report/report-xlsx.js";

const status = (code: string) => ({ completed: "完了", active: "指導中" })[code] ?? code;

const cases: ReportTable = {
  id: "cases",
  sheet: "案件一覧",
  title: { ja: "案件一覧", en: "Cases" },
  columns: [
    { key: "case_id", ja: "案件ID", en: "Case", kind: "int" },
    { key: "company_name", ja: "企業名", en: "Company", kind: "text" },
    { key: "code", ja: "内部コード", en: "Code", kind: "text", machineOnly: true },
    { key: "approved_on", ja: "マッチング承認日", en: "Approved on", kind: "date" },
    { key: "status", ja: "状態", en: "Status", kind: "text", show: status },
    { key: "note", ja: "備考", en: "Note", kind: "text" },
  ],
  rows: [
    [1, "株式会社とても長い名前の情報セキュリティ研究所", "x_1", "2019-09-09", "completed", "短い"],
    [2, "ABC", "x_2", null, "active", "あ".repeat(60)],
  ],
  totalRows: [],
  highlights: [],
  notes: [{ ja: "状態は報告時点。", en: "Status as of the report." }],
};
const weekly: ReportTable = {
  id: "weekly-visits",
  sheet: "表3 週別訪問実績",
  title: { ja: "表3", en: "Table 3" },
  columns: [
    { key: "week_ending", ja: "実施期間", en: "Week", kind: "week" },
    { key: "round_1", ja: "第1回訪問実績", en: "Visit 1", kind: "int" },
  ],
  rows: [
    ["2019-09-22", 1],
    ["total", 1],
  ],
  totalRows: [1],
  highlights: [],
  notes: [],
};
const report: Pick<Report, "title" | "tables"> = { title: { ja: "成果報告書", en: "Final" }, tables: [cases, weekly] };

async function open(): Promise<{ wb: ExcelJS.Workbook; bytes: Buffer }> {
  const bytes = await renderXlsx(report);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  return { wb, bytes };
}

describe("the report workbook", () => {
  it("writes days as real Excel dates shown yyyy/m/d, weeks as dates shown ～yyyy/m/d", async () => {
    const { wb } = await open();
    const sheet = wb.getWorksheet("案件一覧")!;
    const day = sheet.getRow(2).getCell(3);
    expect(day.value).toEqual(new Date("2019-09-09T00:00:00Z"));
    expect(day.numFmt).toBe(DATE_FORMAT);
    expect(DATE_FORMAT).toBe("yyyy/m/d");
    expect(sheet.getRow(3).getCell(3).value).toBeNull();
    const week = wb.getWorksheet("表3 週別訪問実績")!;
    expect(week.getRow(2).getCell(1).value).toEqual(new Date("2019-09-22T00:00:00Z"));
    expect(week.getRow(2).getCell(1).numFmt).toBe(WEEK_FORMAT);
    expect(week.getRow(3).getCell(1).value).toBe("合計");
  });

  it("shows codes in Japanese and leaves machine-only columns out", async () => {
    const { wb } = await open();
    const sheet = wb.getWorksheet("案件一覧")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      "案件ID",
      "企業名",
      "マッチング承認日",
      "状態",
      "備考",
    ]);
    expect(sheet.getRow(2).getCell(4).value).toBe("完了");
    expect(sheet.getRow(3).getCell(4).value).toBe("指導中");
  });

  it("filters, repeats the header on every printed page, fits one page wide, on every sheet", async () => {
    const { wb } = await open();
    for (const ws of wb.worksheets) {
      expect(ws.autoFilter, ws.name).toBeTruthy();
      expect(ws.pageSetup.printTitlesRow, ws.name).toBe("1:1");
      expect(ws.pageSetup.fitToPage, ws.name).toBe(true);
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1);
      expect(ws.pageSetup.fitToHeight, ws.name).toBe(0);
    }
    expect(wb.getWorksheet("案件一覧")!.autoFilter).toBe("A1:E3");
  });

  it("sizes columns by what they hold, full-width characters counting two; over-long text wraps", async () => {
    const { wb } = await open();
    const sheet = wb.getWorksheet("案件一覧")!;
    // 23 full-width characters: 46 columns plus a margin.
    expect(sheet.getColumn(2).width).toBe(48);
    // 承認日 header (16 wide) may wrap onto two lines; the date needs 10.
    expect(sheet.getColumn(3).width).toBe(12);
    expect(sheet.getColumn(4).width).toBe(8);
    // 60 full-width characters do not fit a readable width: the column wraps them.
    expect(sheet.getColumn(5).width).toBe(48);
    expect(sheet.getRow(3).getCell(5).alignment?.wrapText).toBe(true);
    expect(sheet.getRow(2).getCell(2).alignment?.wrapText).toBeFalsy();
  });

  it("sets 游ゴシック on every cell and as the workbook's default font", async () => {
    const { wb, bytes } = await open();
    const styles = await (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");
    const firstFont = styles.match(/<fonts[^>]*>\s*<font>([\s\S]*?)<\/font>/)?.[1] ?? "";
    expect(firstFont).toContain('<name val="游ゴシック"/>');
    expect(styles).not.toContain("Calibri");
    // exceljs reads a cell in the default font (font 0) back without a font of its own.
    for (const ws of wb.worksheets)
      ws.eachRow((row) => {
        row.eachCell((cell) =>
          expect(cell.font?.name ?? "游ゴシック", `${ws.name}!${cell.address}`).toBe("游ゴシック"),
        );
      });
    expect(wb.getWorksheet("案件一覧")!.getRow(1).getCell(1).font).toMatchObject({ name: "游ゴシック", bold: true });
  });
});
