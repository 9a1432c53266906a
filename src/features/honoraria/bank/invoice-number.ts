import { corporateNumberCheckDigit } from "../../../domain/corporate-number.js";

export type InvoiceNumberCheck = { ok: true; value: string } | { ok: false; reason: "format" | "check_digit" };

/**
 * 適格請求書発行事業者登録番号: "T" and 13 digits whose first is the check digit of the other 12,
 * computed as for the 法人番号 (a corporation's registration number is its corporate number; an
 * individual's is assigned by the tax office with the same check digit). Full-width characters,
 * a lower-case t, hyphens and spaces, as pasted from an invoice, are accepted.
 */
export function validateInvoiceNumber(input: string): InvoiceNumberCheck {
  const normalised = input
    .replace(/[０-９Ｔｔ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-‐－]/g, "")
    .toUpperCase();
  if (!/^T\d{13}$/.test(normalised)) return { ok: false, reason: "format" };
  if (corporateNumberCheckDigit(normalised.slice(2)) !== Number(normalised[1]))
    return { ok: false, reason: "check_digit" };
  return { ok: true, value: normalised };
}
