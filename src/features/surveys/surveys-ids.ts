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

/** A free-text answer's limit: the inputs' max_length and the server's check. */
export const SURVEY_TEXT_LIMIT = 2000;

/** Text limits of the answer modal, whose question blocks are built from the survey's questions. */
export function surveyTextLimit(blockId: string): number | undefined {
  return blockId.startsWith(SURVEY_IDS.questionPrefix) ? SURVEY_TEXT_LIMIT : undefined;
}
