import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import {
  RECORD_BYTES,
  readZenginRecords,
  readZenginTransfer,
  writeZenginTransfer,
  type ZenginHeader,
  type ZenginPayee,
} from "../../../../../src/features/honoraria/zengin/zengin-file.js";

const HEADER: ZenginHeader = {
  payerCode: "1234567890",
  payerName: "ｼﾔ)ﾁﾕｳﾌﾞｾｷﾕﾘﾃｲｷﾖｳｶｲ",
  transferDate: "2019-11-25",
  bankCode: "0005",
  bankName: "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ",
  branchCode: "001",
  branchName: "ﾎﾝﾃﾝ",
  accountType: "1",
  accountNumber: "7654321",
};

const PAYEES: ZenginPayee[] = [
  {
    bankCode: "0001",
    bankName: "ﾐｽﾞﾎ",
    branchCode: "001",
    branchName: "ﾄｳｷﾖｳ",
    accountType: "1",
    accountNumber: "1234567",
    holderName: "ﾔﾏﾀﾞ ﾀﾛｳ",
    amountYen: 90000,
    customerCode: "1",
  },
  {
    bankCode: "9900",
    bankName: "ﾕｳﾁﾖ",
    branchCode: "018",
    branchName: "ｾﾞﾛｲﾁﾊﾁ",
    accountType: "1",
    accountNumber: "0012345",
    holderName: "ｽｽﾞｷ ﾊﾅｺ",
    amountYen: 30000,
    customerCode: "2",
  },
  {
    bankCode: "0009",
    bankName: "ﾐﾂｲｽﾐﾄﾓ",
    branchCode: "100",
    branchName: "ｵｵｻｶ",
    accountType: "2",
    accountNumber: "0000042",
    holderName: "ｶ)ｻﾄｳｼﾞﾑｼﾖ",
    amountYen: 1234567,
    customerCode: "3",
  },
];

describe("the Zengin general-transfer file", () => {
  const bytes = writeZenginTransfer(HEADER, PAYEES);

  it("is six records of 120 bytes, each ended by CRLF, in Shift_JIS with half-width kana", () => {
    const records = readZenginRecords(bytes);
    expect(records.map((r) => r.length)).toEqual([120, 120, 120, 120, 120, 120]);
    expect(bytes.length).toBe(6 * (RECORD_BYTES + 2));
    for (let i = 1; i <= 6; i++) expect(bytes.subarray(i * 122 - 2, i * 122).toString("latin1")).toBe("\r\n");
    // ﾔ is 0xD4 in Shift_JIS: one byte per half-width kana, no UTF-8 anywhere.
    expect(records[1].subarray(50, 58)).toEqual(Buffer.from([0xd4, 0xcf, 0xc0, 0xde, 0x20, 0xc0, 0xdb, 0xb3]));
    expect(iconv.decode(records[2], "Shift_JIS").slice(50, 59)).toBe("ｽｽﾞｷ ﾊﾅｺ ");
    expect(bytes.includes(Buffer.from("ﾔ", "utf8"))).toBe(false);
    expect(records.map((r) => String.fromCharCode(r[0]))).toEqual(["1", "2", "2", "2", "8", "9"]);
  });

  it("reads back field by field: the header", () => {
    const file = readZenginTransfer(bytes);
    expect(file.header).toEqual({ ...HEADER, transferDate: "--11-25" });
    const header = iconv.decode(readZenginRecords(bytes)[0], "Shift_JIS");
    expect(header.slice(0, 4)).toBe("1210");
    expect(header.slice(54, 58)).toBe("1125");
  });

  it("reads back field by field: one data record per payee", () => {
    const file = readZenginTransfer(bytes);
    // 顧客コード1 comes back zero-filled to its 10 digits.
    expect(file.payees).toEqual(PAYEES.map((p) => ({ ...p, customerCode: p.customerCode.padStart(10, "0") })));
    const data = iconv.decode(readZenginRecords(bytes)[3], "Shift_JIS");
    expect(data.slice(1, 5)).toBe("0009");
    expect(data.slice(20, 23)).toBe("100");
    expect(data.slice(42, 43)).toBe("2");
    expect(data.slice(43, 50)).toBe("0000042");
    expect(data.slice(50, 80).trimEnd()).toBe("ｶ)ｻﾄｳｼﾞﾑｼﾖ");
    expect(data.slice(80, 90)).toBe("0001234567");
  });

  it("reads back the trailer's count and total and the end record", () => {
    const file = readZenginTransfer(bytes);
    expect(file.trailer).toEqual({ count: 3, totalYen: 1354567 });
    const end = iconv.decode(readZenginRecords(bytes)[5], "Shift_JIS");
    expect(end).toBe(`9${" ".repeat(119)}`);
  });

  it("refuses a field that does not fit rather than writing a broken file", () => {
    expect(() => writeZenginTransfer(HEADER, [{ ...PAYEES[0], holderName: "ﾔ".repeat(31) }])).toThrow(/holder name/);
    expect(() => writeZenginTransfer(HEADER, [{ ...PAYEES[0], holderName: "山田" }])).toThrow(/half-width/);
    expect(() => writeZenginTransfer(HEADER, [{ ...PAYEES[0], amountYen: 10_000_000_000 }])).toThrow(/amount/);
  });

  it("clips a long bank name to its 15 characters", () => {
    const file = readZenginTransfer(writeZenginTransfer(HEADER, [{ ...PAYEES[0], bankName: "ｱ".repeat(20) }]));
    expect(file.payees[0].bankName).toBe("ｱ".repeat(15));
  });
});
