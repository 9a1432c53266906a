import { describe, expect, it } from "vitest";
import {
  type BankAccountFields,
  checkBankAccount,
  checkPayer,
  maskAccountNumber,
  normaliseAccountNumber,
} from "../../../../../src/features/honoraria/bank/bank-account-rules.js";

const GOOD: BankAccountFields = {
  bank: "0001",
  branch: "0001:001",
  accountType: "1",
  accountNumber: "1234567",
  holderName: "ヤマダ タロウ",
  payeeKind: "individual",
  invoiceNumber: "",
};

describe("checkBankAccount", () => {
  it("accepts a みずほ 東京営業部 ordinary account, the holder in half-width kana", () => {
    expect(checkBankAccount(GOOD)).toEqual({
      ok: true,
      value: {
        bankCode: "0001",
        branchCode: "001",
        accountType: "1",
        accountNumber: "1234567",
        holderKana: "ﾔﾏﾀﾞ ﾀﾛｳ",
        payeeKind: "individual",
        invoiceNumber: null,
      },
    });
  });

  it("zero-pads a short account number and takes a typed branch code", () => {
    const r = checkBankAccount({ ...GOOD, branch: "1", accountNumber: "４５６７" });
    expect(r.ok && [r.value.branchCode, r.value.accountNumber]).toEqual(["001", "0004567"]);
  });

  it("keeps a valid invoice number, normalised", () => {
    const r = checkBankAccount({ ...GOOD, payeeKind: "corporation", invoiceNumber: "t7000012050002" });
    expect(r.ok && r.value.invoiceNumber).toBe("T7000012050002");
  });

  it("names every bad field at once", () => {
    const r = checkBankAccount({
      bank: "0001",
      branch: "0005:001",
      accountType: "3",
      accountNumber: "12345678",
      holderName: "山田 タロウ",
      payeeKind: null,
      invoiceNumber: "T8000012050002",
    });
    expect(r).toEqual({
      ok: false,
      problems: {
        branch: { kind: "branch_of_other_bank" },
        accountType: { kind: "required" },
        accountNumber: { kind: "account_digits" },
        holderName: { kind: "kana_chars", invalid: ["山", "田"] },
        payeeKind: { kind: "required" },
        invoiceNumber: { kind: "invoice_check_digit" },
      },
    });
  });

  it("refuses a bank or branch the Zengin data does not list", () => {
    expect(checkBankAccount({ ...GOOD, bank: "0002", branch: "001" })).toMatchObject({
      ok: false,
      problems: { bank: { kind: "unknown_bank", code: "0002" } },
    });
    expect(checkBankAccount({ ...GOOD, branch: "0001:999" })).toMatchObject({
      ok: false,
      problems: { branch: { kind: "unknown_branch", code: "999", bankName: "みずほ" } },
    });
  });

  it("refuses a holder name longer than the file's 30 half-width characters", () => {
    expect(checkBankAccount({ ...GOOD, holderName: "ガ".repeat(16) })).toMatchObject({
      ok: false,
      problems: { holderName: { kind: "too_long", max: 30, length: 32 } },
    });
  });

  it("asks for what is missing", () => {
    const r = checkBankAccount({ ...GOOD, bank: null, branch: null, accountNumber: " ", holderName: "" });
    expect(r.ok ? null : Object.keys(r.problems).sort()).toEqual(["accountNumber", "bank", "branch", "holderName"]);
  });
});

describe("checkPayer", () => {
  it("accepts a 10-digit code and a kana name of up to 40 characters", () => {
    const r = checkPayer({
      code: "１２３４５６７８９０",
      name: "シヤ）チユウブセキユリテイ",
      bank: "0005",
      branch: "0005:001",
      accountType: "2",
      accountNumber: "7654321",
    });
    expect(r).toMatchObject({ ok: true, value: { code: "1234567890", nameKana: "ｼﾔ)ﾁﾕｳﾌﾞｾｷﾕﾘﾃｲ", accountType: "2" } });
  });

  it("refuses a code that is not 10 digits", () => {
    const r = checkPayer({
      code: "12345",
      name: "ｼﾞﾑｷﾖｸ",
      bank: "0005",
      branch: "001",
      accountType: "1",
      accountNumber: "1",
    });
    expect(r).toMatchObject({ ok: false, problems: { code: { kind: "payer_code" } } });
  });
});

describe("account numbers", () => {
  it("accept up to 7 digits with hyphens or full-width digits", () => {
    expect(normaliseAccountNumber("12-345")).toBe("0012345");
    expect(normaliseAccountNumber("１２３")).toBe("0000123");
    expect(normaliseAccountNumber("12345678")).toBeNull();
    expect(normaliseAccountNumber("12a")).toBeNull();
  });

  it("are masked to the last three digits where others may read them", () => {
    expect(maskAccountNumber("1234567")).toBe("****567");
  });
});
