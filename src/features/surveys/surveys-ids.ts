/** Slack IDs of the surveys feature, defined once for builders and listeners. */
export const SURVEY_IDS = {
  /** Opens the answer modal; value = survey response id. */
  answerButton: "survey_answer_open",
  answerModal: "survey_answer",
  blocks: {
    /** How an answer entered by the secretariat reached them (paper, web…). */
    source: "survey_source",
  },
  /** Each question's input block is "q_<question id>". */
  questionPrefix: "q_",
  value: "value",
} as const;

export function questionBlockId(questionId: string): string {
  return `${SURVEY_IDS.questionPrefix}${questionId}`;
}
