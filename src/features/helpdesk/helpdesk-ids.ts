/** Slack IDs of the help desk (FAQ and tickets), defined once for builders and listeners. */
export const HELPDESK_IDS = {
  /** "Ask the secretariat" after a miss; value = the question. */
  askButton: "helpdesk_ask",
  /** Opens a modal to type a question for the secretariat. */
  askOpenButton: "helpdesk_ask_open",
  askModal: "helpdesk_ask_modal",
  /** On the ticket message in the secretariat channel; value = ticket id. */
  answerButton: "helpdesk_answer_open",
  answerModal: "helpdesk_answer",
  /** FAQ editing (secretariat); value = entry id or "new". */
  faqEditButton: "helpdesk_faq_edit",
  faqModal: "helpdesk_faq_modal",
  blocks: {
    question: "question",
    answer: "answer",
    addToFaq: "add_to_faq",
    faqQuestion: "faq_question",
    questionJa: "question_ja",
    answerJa: "answer_ja",
    questionEn: "question_en",
    answerEn: "answer_en",
    keywords: "keywords",
    remove: "remove",
  },
  value: "value",
  /** Checkbox values. */
  addToFaqValue: "add",
  removeValue: "remove",
} as const;

const B = HELPDESK_IDS.blocks;

/** A question's limit: it travels in a button value, which holds 2000 characters. */
export const MAX_QUESTION = 1900;

/** Text limits by block id, per modal: the inputs' max_length, the server's check and the schema's. */
export const HELPDESK_TEXT_LIMITS = {
  ask: { [B.question]: MAX_QUESTION },
  faq: { [B.questionJa]: 500, [B.answerJa]: 2900, [B.questionEn]: 500, [B.answerEn]: 2900, [B.keywords]: 500 },
  answer: { [B.answer]: 2900, [B.faqQuestion]: 500 },
} as const;
