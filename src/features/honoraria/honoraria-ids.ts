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
