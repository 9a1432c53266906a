import type { Localized } from "../../../lib/errors.js";
import { both } from "../../../lib/i18n.js";
import { bankServiceTexts } from "./bank.texts.js";
import type { BankAccountField, FieldProblem, PayerField } from "./bank-account-rules.js";
import { BANK_IDS } from "./bank-ids.js";

type Field = BankAccountField | PayerField;
type Texts = ReturnType<typeof bankServiceTexts>;

const REQUIRED: Record<Field, (t: Texts) => string> = {
  bank: (t) => t.requiredBank,
  branch: (t) => t.requiredBranch,
  accountType: (t) => t.requiredAccountType,
  accountNumber: (t) => t.requiredAccountNumber,
  holderName: (t) => t.requiredHolderName,
  payeeKind: (t) => t.requiredPayeeKind,
  invoiceNumber: (t) => t.invoiceFormat,
  code: (t) => t.requiredCode,
  name: (t) => t.requiredName,
};

/** The block each field's message goes next to. */
export const FIELD_BLOCKS: Record<Field, string> = {
  bank: BANK_IDS.blocks.bank,
  branch: BANK_IDS.blocks.branch,
  accountType: BANK_IDS.blocks.accountType,
  accountNumber: BANK_IDS.blocks.accountNumber,
  holderName: BANK_IDS.blocks.holderName,
  payeeKind: BANK_IDS.blocks.payeeKind,
  invoiceNumber: BANK_IDS.blocks.invoiceNumber,
  code: BANK_IDS.blocks.payerCode,
  name: BANK_IDS.blocks.payerName,
};

/** What is wrong with a field, as the person reads it next to the field. */
export function problemText(field: Field, p: FieldProblem): Localized {
  return both(bankServiceTexts, (t) => {
    switch (p.kind) {
      case "required":
        return REQUIRED[field](t);
      case "unknown_bank":
        return t.unknownBank(p.code);
      case "unknown_branch":
        return t.unknownBranch({ code: p.code, bank: p.bankName });
      case "branch_of_other_bank":
        return t.branchOfOtherBank;
      case "account_digits":
        return t.accountDigits;
      case "kana_chars":
        return t.kanaChars(p.invalid.join(" "));
      case "too_long":
        return t.tooLong({ max: p.max, length: p.length });
      case "invoice_format":
        return t.invoiceFormat;
      case "invoice_check_digit":
        return t.invoiceCheckDigit;
      case "payer_code":
        return t.payerCode;
    }
  });
}

/** Every problem keyed by its block, for the modal's inline errors (and the CLI's list). */
export function problemsByBlock(problems: Partial<Record<Field, FieldProblem>>): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  for (const [field, p] of Object.entries(problems) as [Field, FieldProblem][])
    out[FIELD_BLOCKS[field]] = problemText(field, p);
  return out;
}
