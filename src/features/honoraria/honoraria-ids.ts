/** Slack IDs of the honoraria feature, defined once for builders and listeners. */
export const HONORARIA_IDS = {
  payModal: "honoraria_pay",
  /** Opens the pay-in-a-batch modal (secretariat). */
  openPayButton: "honoraria_pay_open",
  /** An expert's own lines and totals. */
  showOwnButton: "honoraria_show_own",
  /** external_select of experts with payable lines. */
  expertOptions: "honoraria_expert_options",
  blocks: {
    paidOn: "paid_on",
    experts: "experts",
    acceptedUntil: "accepted_until",
    note: "note",
  },
  value: "value",
} as const;

/** Text limits of the pay modal by block id: the input's max_length, the server's check and the schema's. */
export const HONORARIA_TEXT_LIMITS = {
  pay: { [HONORARIA_IDS.blocks.note]: 500 },
} as const;
