/** Slack ids of bank accounts, the payer and transfer files, defined once for builders and listeners. */
export const BANK_IDS = {
  accountModal: "bank_account",
  /** Opens the bank-account modal; value: the expert's id. */
  openAccountButton: "bank_account_open",
  payerModal: "bank_payer",
  openPayerButton: "bank_payer_open",
  /** Sends a batch's transfer file to the secretariat channel; value: the batch id. */
  transferFileButton: "bank_transfer_file",
  /** external_select of banks and of the chosen bank's branches. */
  bankOptions: "bank_bank_options",
  branchOptions: "bank_branch_options",
  blocks: {
    bank: "bank_bank",
    branch: "bank_branch",
    accountType: "bank_account_type",
    accountNumber: "bank_account_number",
    holderName: "bank_holder_name",
    payeeKind: "bank_payee_kind",
    invoiceNumber: "bank_invoice_number",
    payerCode: "bank_payer_code",
    payerName: "bank_payer_name",
  },
  value: "value",
} as const;

/** Text limits by block id: the input's max_length and the server's check. */
export const BANK_TEXT_LIMITS = {
  account: {
    [BANK_IDS.blocks.accountNumber]: 12,
    [BANK_IDS.blocks.holderName]: 60,
    [BANK_IDS.blocks.invoiceNumber]: 20,
  },
  payer: {
    [BANK_IDS.blocks.payerCode]: 12,
    [BANK_IDS.blocks.payerName]: 60,
    [BANK_IDS.blocks.accountNumber]: 12,
  },
} as const;
