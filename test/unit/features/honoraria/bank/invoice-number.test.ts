import { describe, expect, it } from "vitest";
import { corporateNumberCheckDigit } from "../../../../../src/domain/corporate-number.js";
import { validateInvoiceNumber } from "../../../../../src/features/honoraria/bank/invoice-number.js";

const BASE = "000012050002";
const GOOD = `T${corporateNumberCheckDigit(BASE)}${BASE}`;

describe("validateInvoiceNumber", () => {
  it("accepts T and 13 digits whose first is the 法人番号 check digit of the rest", () => {
    expect(GOOD).toBe("T7000012050002");
    expect(validateInvoiceNumber(GOOD)).toEqual({ ok: true, value: GOOD });
  });

  it("accepts full-width characters, a lower-case t, hyphens and spaces as pasted from an invoice", () => {
    expect(validateInvoiceNumber("ｔ７０００ ０１２０-５０００２")).toEqual({ ok: true, value: GOOD });
    expect(validateInvoiceNumber("t7-0000-1205-0002")).toEqual({ ok: true, value: GOOD });
  });

  it("refuses a wrong check digit", () => {
    expect(validateInvoiceNumber("T8000012050002")).toEqual({ ok: false, reason: "check_digit" });
  });

  it("refuses a number without T, with 12 or 14 digits, or with letters", () => {
    for (const bad of ["7000012050002", "T700001205000", "T70000120500021", "TA000012050002", "X7000012050002"])
      expect(validateInvoiceNumber(bad), bad).toEqual({ ok: false, reason: "format" });
  });
});
