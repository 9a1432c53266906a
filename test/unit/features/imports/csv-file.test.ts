import { describe, expect, it } from "vitest";
import { checklistToCsv, parseChecklistCsv } from "../../../../src/features/cases/checklist-csv.js";
import { decodeCsv, parseCsv, spreadsheetProblem } from "../../../../src/features/imports/csv-file.js";
import { csvCellText, toCsv } from "../../../../src/lib/csv.js";

describe("CSV cells never run as spreadsheet formulas (OWASP CSV injection)", () => {
  it("text starting with = + - @, a tab or a CR gets a leading '; other text and numbers stay", () => {
    expect(csvCellText('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(csvCellText("+81 3 1234")).toBe("'+81 3 1234");
    expect(csvCellText("-5 tips")).toBe("'-5 tips");
    expect(csvCellText("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCellText("\tcmd")).toBe("'\tcmd");
    expect(csvCellText("\rcmd")).toBe("'\rcmd");
    expect(csvCellText("株式会社=テスト")).toBe("株式会社=テスト");
    // A negative amount the app computes is a number, and a spreadsheet must see it as one.
    expect(csvCellText(-5000)).toBe("-5000");
    expect(csvCellText(null)).toBe("");
  });

  it("toCsv writes them neutralised and quoted as needed; parseCsv reads back the original text", () => {
    const rows = [
      ["name", "amount", "note"],
      ['=HYPERLINK("http://evil","x")', -5000, "-5 tips"],
      ["\tx", 0, "@a,b"],
    ];
    const csv = toCsv(rows);
    expect(csv).toBe(`name,amount,note\r\n"'=HYPERLINK(""http://evil"",""x"")",-5000,'-5 tips\r\n'\tx,0,"'@a,b"\r\n`);
    expect(parseCsv(csv).map((r) => r.cells)).toEqual(rows.map((r) => r.map(String)));
  });

  it("the checklist CSV (desk checklist show --csv) neutralises its cells and imports back unchanged", () => {
    const rows = [{ number: 1, category: "=cmd|' /C calc'!A0", textJa: "@SUM(1+1)", textEn: "-export" }];
    const csv = checklistToCsv(rows);
    expect(csv.split("\r\n")[1]).toBe(`1,'=cmd|' /C calc'!A0,'@SUM(1+1),'-export`);
    expect(parseChecklistCsv(csv)).toEqual({ rows, errors: [] });
  });
});

describe("the CSV reader and the one CSV writer", () => {
  it("writes CRLF line ends (the last line too) and quotes only cells that need it", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["1", "2"],
      ]),
    ).toBe("a,b\r\n1,2\r\n");
    expect(toCsv([["x,y", 'say "hi"', "two\nlines", " lead", "trail ", "", null, 7]])).toBe(
      '"x,y","say ""hi""","two\nlines"," lead","trail ",,,7\r\n',
    );
  });

  it("reads quoted cells with commas, quotes and line breaks, and any mix of line ends", () => {
    const text = 'a,b\r\n"x,y","say ""hi"""\n"two\r\nlines",3\r4,"5"';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x,y", 'say "hi"'] },
      { line: 3, cells: ["two\r\nlines", "3"] },
      { line: 5, cells: ["4", "5"] },
    ]);
  });

  it("skips blank and whitespace-only lines but keeps counting them; a stray quote inside a cell is text", () => {
    expect(parseCsv('h\n\n   \nab"c,d\n')).toEqual([
      { line: 1, cells: ["h"] },
      { line: 4, cells: ['ab"c', "d"] },
    ]);
  });

  it("names the line and column where an unclosed quote starts, after blank lines too", () => {
    expect(() => parseCsv('a,b\n\n1,2,"open\nmore\n')).toThrow("line 3, column 3");
  });

  it("reads back what it writes, in UTF-8 with a BOM and in Shift_JIS (Windows-31J)", async () => {
    const iconv = (await import("iconv-lite")).default;
    const rows = [
      ["氏名", "会社", "備考"],
      ["山田 太郎", "㈱東和精工", "①二行\n目"],
      ["=SUM(A1)", "-5", "@x"],
    ];
    const csv = toCsv(rows);
    const bom = decodeCsv(Buffer.from(`\uFEFF${csv}`, "utf8"));
    expect(bom.encoding).toBe("utf-8-bom");
    expect(parseCsv(bom.text).map((r) => r.cells)).toEqual(rows);
    const sjis = decodeCsv(iconv.encode(csv, "cp932"));
    expect(sjis.encoding).toBe("shift_jis");
    expect(parseCsv(sjis.text).map((r) => r.cells)).toEqual(rows);
  });

  it("refuses an Excel workbook by its bytes, with how to save it as CSV", () => {
    expect(spreadsheetProblem(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]))?.en).toContain("(.xlsx)");
    expect(spreadsheetProblem(Buffer.from("a,b\n"))).toBeNull();
  });
});
