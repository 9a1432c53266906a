import { describe, expect, it } from "vitest";
import { checklistToCsv, parseChecklistCsv } from "../../../../src/features/cases/checklist-csv.js";
import { csvCellText, parseCsv, toCsv } from "../../../../src/features/imports/csv-file.js";

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
    expect(csv.split("\n")[1]).toBe(`1,'=cmd|' /C calc'!A0,'@SUM(1+1),'-export`);
    expect(parseChecklistCsv(csv)).toEqual({ rows, errors: [] });
  });
});
