import type { DbClient } from "../../db/client.js";
import { type SurveyStats, surveyStats } from "../../domain/survey-stats.js";
import { loadQuestions, parseStoredAnswers } from "./survey-questions.js";
import type { Audience } from "./surveys.schemas.js";
import { countInvitations, listAnswers } from "./surveys-repository.js";

export const AUDIENCES: Audience[] = ["expert", "sme"];

/** Statistics of one audience's survey: every invitation counts towards the response rate. */
/** The survey's figures; with `at`, as of that moment (answers given and invitations sent by then). */
export async function surveySummary(
  db: DbClient,
  audience: Audience,
  at?: Date,
  programId?: number,
): Promise<SurveyStats> {
  const [questions, answers, invited] = await Promise.all([
    loadQuestions(db, audience),
    listAnswers(db, audience, at, programId),
    countInvitations(db, audience, at, programId),
  ]);
  return surveyStats(questions, answers.map(parseStoredAnswers), invited);
}

/** One line of the survey report: a question's answer (or its headline share) with n and the rate. */
export type SurveyReportRow = {
  audience: Audience;
  questionId: string;
  question: string;
  /** "option" for each choice, "headline" for the positive share (e.g. "management's motivation rose"). */
  kind: "option" | "headline";
  answer: string;
  count: number;
  /** People who answered this question. */
  n: number;
  percent: number | null;
  responses: number;
  invited: number;
  responseRate: number | null;
};

/**
 * Rows for `desk report surveys` and exports: per audience, per choice question, each answer's
 * share and the headline share, in Japanese (the report's language) or English.
 */
export async function surveyReport(
  db: DbClient,
  locale: "ja" | "en" = "ja",
  at?: Date,
  programId?: number,
): Promise<SurveyReportRow[]> {
  const rows: SurveyReportRow[] = [];
  for (const audience of AUDIENCES) {
    const stats = await surveySummary(db, audience, at, programId);
    const common = { audience, responses: stats.responses, invited: stats.invited, responseRate: stats.responseRate };
    for (const q of stats.questions) {
      if (q.kind === "text") continue;
      if (q.positive)
        rows.push({
          ...common,
          questionId: q.id,
          question: q.label[locale],
          kind: "headline",
          answer: q.positive.label[locale],
          count: q.positive.count,
          n: q.n,
          percent: q.positive.percent,
        });
      for (const o of q.options)
        rows.push({
          ...common,
          questionId: q.id,
          question: q.label[locale],
          kind: "option",
          answer: o.label[locale],
          count: o.count,
          n: q.n,
          percent: o.percent,
        });
    }
  }
  return rows;
}
