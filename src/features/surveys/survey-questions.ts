import type { DbClient } from "../../db/client.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { defaultQuestions } from "./default-questions.js";
import {
  type Answers,
  AnswersSchema,
  type Audience,
  isRequired,
  type Question,
  QuestionSetSchema,
} from "./surveys.schemas.js";
import { surveyServiceTexts } from "./surveys.texts.js";
import { questionBlockId, SURVEY_TEXT_LIMIT } from "./surveys-ids.js";
import { findForm } from "./surveys-repository.js";

/** The audience's question set: the stored one, or the shipped defaults until one is imported. */
export async function loadQuestions(db: DbClient, audience: Audience): Promise<Question[]> {
  const row = await findForm(db, audience);
  if (!row) return defaultQuestions(audience);
  const parsed = QuestionSetSchema.safeParse(JSON.parse(row.questions));
  if (!parsed.success)
    throw new AppError(
      "invalid_state",
      both(surveyServiceTexts, (t) => t.brokenQuestions(audience)),
    );
  return parsed.data;
}

export function parseStoredAnswers(json: string): Answers {
  const parsed = AnswersSchema.safeParse(JSON.parse(json || "{}"));
  return parsed.success ? parsed.data : {};
}

/** What a person entered, per question id, before validation. */
export type RawAnswers = Record<string, string | string[] | null | undefined>;

const REQUIRED: Localized = both(surveyServiceTexts, (t) => t.required);
const UNKNOWN: Localized = both(surveyServiceTexts, (t) => t.unknown);
const TOO_LONG: Localized = both(surveyServiceTexts, (t) => t.tooLong(SURVEY_TEXT_LIMIT));

/**
 * Checks answers against the questions. Every problem is reported on its question's input block
 * so that the person sees it next to the question; answers to unknown questions are dropped.
 */
export function validateAnswers(questions: Question[], raw: RawAnswers): Answers {
  const answers: Answers = {};
  const fields: Record<string, Localized> = {};
  for (const q of questions) {
    const value = raw[q.id];
    const known = new Set(q.options.map((o) => o.value));
    if (q.kind === "text") {
      const text = typeof value === "string" ? value.trim() : "";
      if (Array.from(text).length > SURVEY_TEXT_LIMIT) fields[questionBlockId(q.id)] = TOO_LONG;
      else if (text === "" && isRequired(q)) fields[questionBlockId(q.id)] = REQUIRED;
      else if (text !== "") answers[q.id] = text;
      continue;
    }
    const values = (Array.isArray(value) ? value : value ? [value] : []).filter((v) => v !== "");
    if (values.length === 0) {
      if (isRequired(q)) fields[questionBlockId(q.id)] = REQUIRED;
      continue;
    }
    if (values.some((v) => !known.has(v)) || (q.kind === "single" && values.length > 1)) {
      fields[questionBlockId(q.id)] = UNKNOWN;
      continue;
    }
    answers[q.id] = q.kind === "single" ? values[0] : [...new Set(values)];
  }
  if (Object.keys(fields).length > 0) throw new AppError("invalid_input", Object.values(fields)[0], { fields });
  return answers;
}

/**
 * Reads one imported cell: an option's value or its Japanese/English label; several choices are
 * separated by ";" "、" or "|". Returns the option values or an error message.
 */
export function readAnswerCell(q: Question, cell: string): { values: string[] } | { error: string } {
  const text = cell.trim();
  if (q.kind === "text") return { values: text === "" ? [] : [text] };
  if (text === "") return { values: [] };
  const parts =
    q.kind === "multi"
      ? text
          .split(/[;；、|]/)
          .map((p) => p.trim())
          .filter(Boolean)
      : [text];
  const values: string[] = [];
  for (const part of parts) {
    const hit = q.options.find(
      (o) => o.value === part || o.label.ja === part || o.label.en.toLowerCase() === part.toLowerCase(),
    );
    if (!hit) return { error: `"${part}" is not a choice of ${q.id} (${q.options.map((o) => o.value).join(", ")})` };
    values.push(hit.value);
  }
  return { values };
}
