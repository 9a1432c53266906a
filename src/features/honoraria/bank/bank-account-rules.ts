import { toZenginKana } from "../zengin/zengin-kana.js";
import { validateInvoiceNumber } from "./invoice-number.js";
import { findBank, findBranch } from "./zengin-banks.js";

/** Zengin 預金種目: 1 普通, 2 当座, 4 貯蓄. */
export const ACCOUNT_TYPES = ["1", "2", "4"] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export const PAYEE_KINDS = ["individual", "corporation"] as const;
export type PayeeKind = (typeof PAYEE_KINDS)[number];

/** The longest names the transfer file holds: 受取人名 30 and 依頼人名 40 half-width characters. */
export const HOLDER_KANA_MAX = 30;
export const PAYER_NAME_MAX = 40;

/** What is wrong with one field, for the message next to it. */
export type FieldProblem =
  | { kind: "required" }
  | { kind: "unknown_bank"; code: string }
  | { kind: "unknown_branch"; code: string; bankName: string }
  | { kind: "branch_of_other_bank" }
  | { kind: "account_digits" }
  | { kind: "kana_chars"; invalid: string[] }
  | { kind: "too_long"; max: number; length: number }
  | { kind: "invoice_format" }
  | { kind: "invoice_check_digit" }
  | { kind: "payer_code" };

export type Checked<T, F extends string> =
  | { ok: true; value: T }
  | { ok: false; problems: Partial<Record<F, FieldProblem>> };

const toHalfDigits = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Up to 7 digits (full-width, hyphens and spaces allowed), zero-padded to the file's 7. */
export function normaliseAccountNumber(input: string): string | null {
  const digits = toHalfDigits(input).replace(/[\s\-‐－]/g, "");
  return /^\d{1,7}$/.test(digits) ? digits.padStart(7, "0") : null;
}

/** A code typed or chosen: digits only, zero-padded to the code's width (4 for banks, 3 for branches). */
function normaliseCode(input: string, width: number): string | null {
  const digits = toHalfDigits(input.trim());
  return /^\d+$/.test(digits) && digits.length <= width ? digits.padStart(width, "0") : null;
}

export function checkKana(
  input: string,
  max: number,
): { ok: true; value: string } | { ok: false; problem: FieldProblem } {
  if (!input.trim()) return { ok: false, problem: { kind: "required" } };
  const kana = toZenginKana(input);
  if (!kana.ok) return { ok: false, problem: { kind: "kana_chars", invalid: kana.invalid } };
  const length = kana.value.length;
  if (length > max) return { ok: false, problem: { kind: "too_long", max, length } };
  return { ok: true, value: kana.value };
}

type Where = { bankCode: string; branchCode: string; accountType: AccountType; accountNumber: string };
type WhereField = "bank" | "branch" | "accountType" | "accountNumber";

/**
 * Bank, branch, type and number of an account. `branch` is a branch code, or "bank:branch" as the
 * branch search writes it (the bank then has to be the one chosen).
 */
function checkWhere(raw: {
  bank: string | null;
  branch: string | null;
  accountType: string | null;
  accountNumber: string;
}): Checked<Where, WhereField> {
  const problems: Partial<Record<WhereField, FieldProblem>> = {};
  const bankCode = raw.bank ? normaliseCode(raw.bank, 4) : null;
  const bank = bankCode ? findBank(bankCode) : null;
  if (!raw.bank?.trim()) problems.bank = { kind: "required" };
  else if (!bank) problems.bank = { kind: "unknown_bank", code: raw.bank.trim() };
  const [branchBank, branchPart] = raw.branch?.includes(":") ? raw.branch.split(":", 2) : [null, raw.branch];
  const branchCode = branchPart ? normaliseCode(branchPart, 3) : null;
  if (!branchPart?.trim()) problems.branch = { kind: "required" };
  else if (bank && bankCode && branchBank !== null && branchBank !== bankCode)
    problems.branch = { kind: "branch_of_other_bank" };
  else if (bank && bankCode && !(branchCode && findBranch(bankCode, branchCode)))
    problems.branch = { kind: "unknown_branch", code: branchPart.trim(), bankName: bank.name };
  const accountType = ACCOUNT_TYPES.find((t) => t === raw.accountType);
  if (!accountType) problems.accountType = { kind: "required" };
  const accountNumber = normaliseAccountNumber(raw.accountNumber);
  if (!raw.accountNumber.trim()) problems.accountNumber = { kind: "required" };
  else if (!accountNumber) problems.accountNumber = { kind: "account_digits" };
  if (Object.keys(problems).length > 0 || !bankCode || !branchCode || !accountType || !accountNumber)
    return { ok: false, problems };
  return { ok: true, value: { bankCode, branchCode, accountType, accountNumber } };
}

export type BankAccountFields = {
  bank: string | null;
  branch: string | null;
  accountType: string | null;
  accountNumber: string;
  holderName: string;
  payeeKind: string | null;
  invoiceNumber: string;
};
export type BankAccountField = keyof BankAccountFields;
export type BankAccountValue = Where & { holderKana: string; payeeKind: PayeeKind; invoiceNumber: string | null };

/** Every field of the bank-account form checked at once, so each bad field gets its own message. */
export function checkBankAccount(raw: BankAccountFields): Checked<BankAccountValue, BankAccountField> {
  const where = checkWhere(raw);
  const problems: Partial<Record<BankAccountField, FieldProblem>> = where.ok ? {} : { ...where.problems };
  const holder = checkKana(raw.holderName, HOLDER_KANA_MAX);
  if (!holder.ok) problems.holderName = holder.problem;
  const payeeKind = PAYEE_KINDS.find((k) => k === raw.payeeKind);
  if (!payeeKind) problems.payeeKind = { kind: "required" };
  let invoiceNumber: string | null = null;
  if (raw.invoiceNumber.trim()) {
    const invoice = validateInvoiceNumber(raw.invoiceNumber);
    if (invoice.ok) invoiceNumber = invoice.value;
    else problems.invoiceNumber = { kind: invoice.reason === "format" ? "invoice_format" : "invoice_check_digit" };
  }
  if (!where.ok || !holder.ok || !payeeKind || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { ...where.value, holderKana: holder.value, payeeKind, invoiceNumber } };
}

export type PayerFields = {
  code: string;
  name: string;
  bank: string | null;
  branch: string | null;
  accountType: string | null;
  accountNumber: string;
};
export type PayerField = keyof PayerFields;
export type PayerValue = Where & { code: string; nameKana: string };

/** The payer (依頼人): the 10-digit code the paying bank gave, the name in kana and the paying account. */
export function checkPayer(raw: PayerFields): Checked<PayerValue, PayerField> {
  const where = checkWhere(raw);
  const problems: Partial<Record<PayerField, FieldProblem>> = where.ok ? {} : { ...where.problems };
  const code = toHalfDigits(raw.code.trim());
  if (!code) problems.code = { kind: "required" };
  else if (!/^\d{10}$/.test(code)) problems.code = { kind: "payer_code" };
  const name = checkKana(raw.name, PAYER_NAME_MAX);
  if (!name.ok) problems.name = name.problem;
  if (!where.ok || !name.ok || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, value: { ...where.value, code, nameKana: name.value } };
}

/** The account number as a log or a screen others may see shows it: the last 3 digits. */
export function maskAccountNumber(accountNumber: string): string {
  return `****${accountNumber.slice(-3)}`;
}
