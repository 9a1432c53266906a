import iconv from "iconv-lite";

/**
 * The 全銀協 総合振込 (general transfer, 種別コード 21) file: fixed-length records of 120 bytes in
 * Shift_JIS, each followed by CRLF — one header (1), one data record per payee (2), a trailer (8)
 * with the count and total, and an end record (9). Names are half-width kana (see zengin-kana.ts).
 */

export const RECORD_BYTES = 120;
const CRLF = "\r\n";

/** The payer (依頼人) and its paying account, and the day the transfer is to arrive. */
export type ZenginHeader = {
  payerCode: string;
  payerName: string;
  /** ISO date; the file carries its month and day (取組日 MMDD). */
  transferDate: string;
  bankCode: string;
  bankName: string;
  branchCode: string;
  branchName: string;
  accountType: string;
  accountNumber: string;
};

export type ZenginPayee = {
  bankCode: string;
  bankName: string;
  branchCode: string;
  branchName: string;
  accountType: string;
  accountNumber: string;
  holderName: string;
  amountYen: number;
  /** 顧客コード1: our reference for the payee (up to 10 digits), blank when empty. */
  customerCode: string;
};

export type ZenginTrailer = { count: number; totalYen: number };
export type ZenginFile = { header: ZenginHeader; payees: ZenginPayee[]; trailer: ZenginTrailer };

/** A numeric field: digits, right-aligned, zero-filled; a value that does not fit is a bug upstream. */
function num(value: string | number, width: number, what: string): string {
  const s = String(value);
  if (!/^\d+$/.test(s) || s.length > width)
    throw new Error(`Zengin ${what}: ${JSON.stringify(s)} is not ${width} digits`);
  return s.padStart(width, "0");
}

/** A text field: left-aligned, space-filled; `clip` for reference names that may be longer. */
function text(value: string, width: number, what: string, clip = false): string {
  if (!/^[ -~｡-ﾟ]*$/.test(value)) throw new Error(`Zengin ${what}: ${JSON.stringify(value)} is not half-width`);
  if (value.length > width && !clip) throw new Error(`Zengin ${what}: longer than ${width}`);
  return value.slice(0, width).padEnd(width, " ");
}

function record(fields: string[]): string {
  const line = fields.join("");
  if (line.length !== RECORD_BYTES) throw new Error(`Zengin record of ${line.length} characters`);
  return line;
}

function headerRecord(h: ZenginHeader): string {
  return record([
    "1",
    "21",
    "0",
    num(h.payerCode, 10, "payer code"),
    text(h.payerName, 40, "payer name"),
    `${h.transferDate.slice(5, 7)}${h.transferDate.slice(8, 10)}`,
    num(h.bankCode, 4, "paying bank code"),
    text(h.bankName, 15, "paying bank name", true),
    num(h.branchCode, 3, "paying branch code"),
    text(h.branchName, 15, "paying branch name", true),
    num(h.accountType, 1, "account type"),
    num(h.accountNumber, 7, "account number"),
    " ".repeat(17),
  ]);
}

function dataRecord(p: ZenginPayee): string {
  return record([
    "2",
    num(p.bankCode, 4, "bank code"),
    text(p.bankName, 15, "bank name", true),
    num(p.branchCode, 3, "branch code"),
    text(p.branchName, 15, "branch name", true),
    " ".repeat(4),
    num(p.accountType, 1, "account type"),
    num(p.accountNumber, 7, "account number"),
    text(p.holderName, 30, "holder name"),
    num(p.amountYen, 10, "amount"),
    "0",
    p.customerCode ? num(p.customerCode, 10, "customer code") : " ".repeat(10),
    " ".repeat(10),
    "7",
    " ",
    " ".repeat(7),
  ]);
}

/** The whole file as Shift_JIS bytes. */
export function writeZenginTransfer(header: ZenginHeader, payees: ZenginPayee[]): Buffer {
  const total = payees.reduce((s, p) => s + p.amountYen, 0);
  const lines = [
    headerRecord(header),
    ...payees.map(dataRecord),
    record(["8", num(payees.length, 6, "count"), num(total, 12, "total"), " ".repeat(101)]),
    record(["9", " ".repeat(119)]),
  ];
  return iconv.encode(lines.map((l) => l + CRLF).join(""), "Shift_JIS");
}

/** Reads fields by byte position (each record decoded on its own, as a bank's system does). */
class Fields {
  private at = 0;
  constructor(private readonly line: string) {}
  take(width: number): string {
    const s = this.line.slice(this.at, this.at + width);
    this.at += width;
    return s;
  }
  trimmed(width: number): string {
    return this.take(width).trimEnd();
  }
  number(width: number): number {
    return Number(this.take(width));
  }
}

/** The records of a file, each checked to be 120 bytes; throws on anything that is not a 総合振込 file. */
export function readZenginRecords(bytes: Buffer): Buffer[] {
  const records: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const rec = bytes.subarray(at, at + RECORD_BYTES);
    if (rec.length !== RECORD_BYTES) throw new Error(`record at byte ${at} is ${rec.length} bytes`);
    records.push(rec);
    at += RECORD_BYTES;
    if (bytes[at] === 0x0d && bytes[at + 1] === 0x0a) at += 2;
  }
  return records;
}

/** Parses a 総合振込 file back into its fields (the tests' reader; also for checking a file by hand). */
export function readZenginTransfer(bytes: Buffer): ZenginFile {
  const lines = readZenginRecords(bytes).map((r) => iconv.decode(r, "Shift_JIS"));
  const h = new Fields(lines[0] ?? "");
  if (h.take(1) !== "1" || h.take(2) !== "21") throw new Error("not a general-transfer (21) header");
  h.take(1);
  const payerCode = h.take(10);
  const payerName = h.trimmed(40);
  const mmdd = h.take(4);
  const header: ZenginHeader = {
    payerCode,
    payerName,
    transferDate: `--${mmdd.slice(0, 2)}-${mmdd.slice(2)}`,
    bankCode: h.take(4),
    bankName: h.trimmed(15),
    branchCode: h.take(3),
    branchName: h.trimmed(15),
    accountType: h.take(1),
    accountNumber: h.take(7),
  };
  const payees: ZenginPayee[] = [];
  let i = 1;
  for (; lines[i]?.startsWith("2"); i++) {
    const d = new Fields(lines[i]);
    d.take(1);
    const bankCode = d.take(4);
    const bankName = d.trimmed(15);
    const branchCode = d.take(3);
    const branchName = d.trimmed(15);
    d.take(4);
    const accountType = d.take(1);
    const accountNumber = d.take(7);
    const holderName = d.trimmed(30);
    const amountYen = d.number(10);
    d.take(1);
    const customerCode = d.trimmed(10);
    payees.push({
      bankCode,
      bankName,
      branchCode,
      branchName,
      accountType,
      accountNumber,
      holderName,
      amountYen,
      customerCode,
    });
  }
  const t = new Fields(lines[i] ?? "");
  if (t.take(1) !== "8") throw new Error("no trailer record");
  const trailer = { count: t.number(6), totalYen: t.number(12) };
  if (!lines[i + 1]?.startsWith("9") || lines.length !== i + 2) throw new Error("no end record");
  return { header, payees, trailer };
}
