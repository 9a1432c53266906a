/** Slack IDs of first-visit mediation, defined once for builders and listeners. */
export const FIRST_VISIT_IDS = {
  proposeModal: "first_visit_propose",
  recordAnswerModal: "first_visit_record",

  /** value = case id → the propose modal (the case's expert or the secretariat). */
  proposeButton: "first_visit_propose_open",
  /** value = proposal id → the modal recording the SME's answer (secretariat). */
  recordAnswerButton: "first_visit_record_open",

  blocks: {
    mode: "fv_mode",
    place: "fv_place",
    note: "fv_note",
    answer: "fv_answer",
    channel: "fv_channel",
    answerNote: "fv_answer_note",
  },
  /** Block ids of proposed date n (1-based): its day and its start time. */
  dateBlock: (n: number) => `fv_date_${n}`,
  timeBlock: (n: number) => `fv_time_${n}`,
  /** The answer radio's value when no proposed date suits the SME. */
  noneFitsValue: "none",
  /** Every input has one element; its action_id is "value". */
  value: "value",
} as const;

const B = FIRST_VISIT_IDS.blocks;

/** Text limits by block id, shared by the modals (max_length) and the listener boundary. */
export const FIRST_VISIT_TEXT_LIMITS = {
  propose: { [B.place]: 200, [B.note]: 500 },
  recordAnswer: { [B.answerNote]: 500 },
} as const;
