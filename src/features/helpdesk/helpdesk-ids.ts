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
