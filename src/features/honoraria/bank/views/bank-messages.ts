import { formatYen } from "../../../../lib/dates.js";
import type { Locale } from "../../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  externalSelect,
  header,
  input,
  modal,
  type Option,
  option,
  radios,
  section,
  textInput,
} from "../../../../slack/blocks.js";
import { esc } from "../../../../slack/mrkdwn.js";
import { maskAccountNumber } from "../bank-account-rules.js";
import { BANK_IDS, BANK_TEXT_LIMITS } from "../bank-ids.js";
import { bankTexts } from "./bank-messages.texts.js";

const B = BANK_IDS.blocks;
const V = BANK_IDS.value;

type Where = { bankCode: string; bankName: string; branchCode: string; branchName: string; accountType: string };
export type AccountShown = Where & {
  accountNumber: string;
  holderKana: string;
  payeeKind: string;
  invoiceNumber: string | null;
};
export type PayerShown = Where & { code: string; nameKana: string; accountNumber: string };

export function accountTypeLabel(type: string, locale: Locale): string {
  const t = bankTexts(locale);
  return type === "2" ? t.type2 : type === "4" ? t.type4 : t.type1;
}

/** The options the bank and branch searches answer with: "0001 みずほ (ミズホ)". */
export function codeOption(code: string, name: string, kana: string | null, value = code): Option {
  return option(kana ? `${code} ${name}（${kana}）` : `${code} ${name}`, value);
}

/** One line: bank, branch, type, number (masked unless `full`) and the holder. */
export function accountSummary(a: AccountShown, locale: Locale, opts: { full: boolean }): string {
  const t = bankTexts(locale);
  const number = opts.full ? a.accountNumber : maskAccountNumber(a.accountNumber);
  const invoice = a.invoiceNumber ? t.invoice(a.invoiceNumber) : t.noInvoice;
  return `${a.bankName} ${a.branchName}（${a.branchCode}） ${accountTypeLabel(a.accountType, locale)} ${number} ${a.holderKana}・${invoice}`;
}

export function payerSummary(p: PayerShown, locale: Locale): string {
  return `${p.nameKana}（${p.code}） ${p.bankName} ${p.branchName} ${accountTypeLabel(p.accountType, locale)} ${maskAccountNumber(p.accountNumber)}`;
}

function whereBlocks(locale: Locale, where: (Where & { accountNumber: string }) | null): Block[] {
  const t = bankTexts(locale);
  const bank = { ...externalSelect(BANK_IDS.bankOptions, t.bankPlaceholder) };
  const branch = { ...externalSelect(BANK_IDS.branchOptions, t.branchPlaceholder) };
  const types = (["1", "2", "4"] as const).map((k) => option(accountTypeLabel(k, locale), k));
  return [
    input(B.bank, t.bank, where ? { ...bank, initial_option: codeOption(where.bankCode, where.bankName, null) } : bank),
    input(
      B.branch,
      t.branch,
      where
        ? {
            ...branch,
            initial_option: codeOption(
              where.branchCode,
              where.branchName,
              null,
              `${where.bankCode}:${where.branchCode}`,
            ),
          }
        : branch,
      { hint: t.branchHint },
    ),
    input(B.accountType, t.accountType, radios(V, types, where?.accountType ?? "1")),
    input(
      B.accountNumber,
      t.accountNumber,
      textInput(V, {
        initial: where?.accountNumber,
        maxLength: BANK_TEXT_LIMITS.account[B.accountNumber],
      }),
      { hint: t.accountNumberHint },
    ),
  ];
}

/** The expert's bank-account modal; pre-filled when an account is on file. */
export function accountModal(locale: Locale, expert: { id: number; name: string }, account: AccountShown | null) {
  const t = bankTexts(locale);
  const kinds = [option(t.individual, "individual"), option(t.corporation, "corporation")];
  return modal({
    callbackId: BANK_IDS.accountModal,
    title: t.accountTitle,
    submit: t.save,
    close: t.cancel,
    metadata: { expertId: expert.id },
    blocks: [
      section(t.accountIntro(esc(expert.name))),
      ...whereBlocks(locale, account),
      input(
        B.holderName,
        t.holderName,
        textInput(V, { initial: account?.holderKana, maxLength: BANK_TEXT_LIMITS.account[B.holderName] }),
        { hint: t.holderHint },
      ),
      input(B.payeeKind, t.payeeKind, radios(V, kinds, account?.payeeKind ?? "individual")),
      input(
        B.invoiceNumber,
        t.invoiceNumber,
        textInput(V, {
          initial: account?.invoiceNumber,
          maxLength: BANK_TEXT_LIMITS.account[B.invoiceNumber],
          placeholder: "T1234567890123",
        }),
        { optional: true, hint: t.invoiceHint },
      ),
    ],
  });
}

/** The secretariat's payer modal; pre-filled when set. */
export function payerModal(locale: Locale, payer: PayerShown | null) {
  const t = bankTexts(locale);
  return modal({
    callbackId: BANK_IDS.payerModal,
    title: t.payerTitle,
    submit: t.save,
    close: t.cancel,
    blocks: [
      section(t.payerIntro),
      input(
        B.payerCode,
        t.payerCode,
        textInput(V, { initial: payer?.code, maxLength: BANK_TEXT_LIMITS.payer[B.payerCode] }),
      ),
      input(
        B.payerName,
        t.payerName,
        textInput(V, { initial: payer?.nameKana, maxLength: BANK_TEXT_LIMITS.payer[B.payerName] }),
        { hint: t.payerNameHint },
      ),
      ...whereBlocks(locale, payer),
    ],
  });
}

/** App Home for an expert: the account on file (number masked) and the button to enter or change it. */
export function expertBankHome(locale: Locale, expertId: number, account: AccountShown | null): Block[] {
  const t = bankTexts(locale);
  return [
    header(t.homeHeader),
    section(account ? t.homeAccount(esc(accountSummary(account, locale, { full: false }))) : t.homeNone),
    actions("home_bank_account", [
      button(account ? t.edit : t.enter, BANK_IDS.openAccountButton, String(expertId), account ? undefined : "primary"),
    ]),
  ];
}

/** App Home for the secretariat: the payer and the recent batches with their transfer-file buttons. */
export function secretariatBankHome(
  locale: Locale,
  payer: PayerShown | null,
  batches: { id: number; paidOn: string; lines: number }[],
): Block[] {
  const t = bankTexts(locale);
  const blocks: Block[] = [
    section(payer ? t.homePayer(esc(payerSummary(payer, locale))) : t.homeNoPayer, {
      accessory: button(t.payerButton, BANK_IDS.openPayerButton, "payer"),
    }),
  ];
  if (batches.length > 0) {
    blocks.push(section(t.homeBatches));
    for (const b of batches)
      blocks.push(
        section(t.homeBatch(b), { accessory: button(t.transferButton, BANK_IDS.transferFileButton, String(b.id)) }),
      );
  }
  return blocks;
}

export function transferFileComment(
  p: { batchId: number; paidOn: string; payees: number; totalYen: number; by: string },
  locale: Locale,
): string {
  return bankTexts(locale).fileComment({ ...p, total: formatYen(p.totalYen, locale) });
}

export function transferQueuedText(p: { batchId: number; payees: number; totalYen: number }, locale: Locale): string {
  return bankTexts(locale).fileQueued({ ...p, total: formatYen(p.totalYen, locale) });
}
