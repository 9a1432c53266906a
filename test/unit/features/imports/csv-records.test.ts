import { describe, expect, it } from "vitest";
import { CsvSyntaxError, decodeCsv, parseCsv } from "../../../../src/features/imports/csv-file.js";
import { toCsv } from "../../../../src/lib/csv.js";

describe("CSV files", () => {
  it("keeps the line each record starts on, through quoted line breaks and blank lines", () => {
    const records = parseCsv('a,b\r\n1,"x\ny"\n\n2,"say ""hi"""\n3,\n');
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "x\ny"] },
      { line: 5, cells: ["2", 'say "hi"'] },
      { line: 6, cells: ["3", ""] },
    ]);
  });

  it("reports an unclosed quote with its line and column", () => {
    expect(() => parseCsv('a,b\n1,"oops\n2,3\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,"oops\n2,3\n')).toThrow("line 2, column 2");
  });

  it("detects UTF-8 with and without BOM and Shift_JIS", async () => {
    const iconv = (await import("iconv-lite")).default;
    expect(decodeCsv(Buffer.from("\uFEFF東京都,1")).encoding).toBe("utf-8-bom");
    expect(decodeCsv(Buffer.from("東京都,1"))).toEqual({ text: "東京都,1", encoding: "utf-8" });
    expect(decodeCsv(iconv.encode("東京都,①,㈱", "cp932"))).toEqual({ text: "東京都,①,㈱", encoding: "shift_jis" });
  });

  it("writes CSV that reads back", () => {
    const rows = [["a", "b,c", 'q"', null, 3]];
    expect(toCsv(rows)).toBe('a,"b,c","q""",,3\r\n');
    expect(parseCsv(toCsv(rows))[0].cells).toEqual(["a", "b,c", 'q"', "", "3"]);
  });
});
