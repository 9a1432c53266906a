/** Slack IDs of travel expenses (交通費), defined once for builders and listeners. */
export const TRAVEL_IDS = {
  modal: "travel_expense",
  returnModal: "travel_expense_return",
  /** value = visit id → the travel modal for that visit (its expert). */
  openButton: "travel_expense_open",
  /** value = travel expense id (secretariat) */
  acceptButton: "travel_expense_accept",
  /** value = travel expense id (secretariat) → reason modal */
  returnButton: "travel_expense_return_open",
  blocks: {
    amount: "travel_amount",
    description: "travel_description",
    file: "travel_receipt_file",
    url: "travel_receipt_url",
    reason: "travel_return_reason",
  },
  value: "value",
} as const;

const B = TRAVEL_IDS.blocks;

/** Text limits by block id: the inputs' max_length, the listener's check and the schema's. */
export const TRAVEL_TEXT_LIMITS = {
  travel: { [B.amount]: 9, [B.description]: 300 },
  returnTravel: { [B.reason]: 1000 },
} as const;

/** The largest travel expense one visit may claim (a typo guard, not a policy). */
export const MAX_TRAVEL_YEN = 500_000;
