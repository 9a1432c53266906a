/**
 * Survey results as the program report shows them: for each question the share of each answer,
 * the "headline" share (the answers that count as positive, e.g. "motivation rose"), the number
 * of people who answered that question (n), and the survey's response rate. Pure: the survey
 * report, the weekly digest and tests all compute percentages here and nowhere else.
 */

export type StatsText = { ja: string; en: string };
export type StatsOption = { value: string; label: StatsText };
export type StatsQuestion = {
  id: string;
  kind: "single" | "multi" | "text";
  label: StatsText;
  options: StatsOption[];
  /** Option values that make up the headline share (e.g. "rose"); empty for none. */
  positive?: string[];
  /** What the headline share means, e.g. "management's motivation rose". */
  headline?: StatsText;
};
/** One person's answers: question id → option value (single), values (multi) or text. */
export type AnswerSet = Record<string, string | string[] | undefined>;

export type OptionStat = { value: string; label: StatsText; count: number; percent: number | null };
export type QuestionStat = {
  id: string;
  kind: StatsQuestion["kind"];
  label: StatsText;
  /** People who answered this question (a blank or unknown answer does not count). */
  n: number;
  options: OptionStat[];
  /** The headline share over n; null when the question defines no positive answers. */
  positive: { label: StatsText; count: number; percent: number | null } | null;
};
export type SurveyStats = {
  /** Everyone asked (invitations). */
  invited: number;
  /** Everyone who answered. */
  responses: number;
  responseRate: number | null;
  questions: QuestionStat[];
};

/** part / whole as a percentage with one decimal (74.9), or null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  // Integer arithmetic first: 283/378 → 748.67… → 749 → 74.9, with no binary-fraction surprises.
  return Math.round((part * 1000) / whole) / 10;
}

/** "74.9%" or "—" when undefined. */
export function formatPercent(value: number | null): string {
  return value === null ? "—" : `${value.toFixed(1)}%`;
}

function chosen(question: StatsQuestion, raw: AnswerSet[string]): string[] {
  const known = new Set(question.options.map((o) => o.value));
  const values = Array.isArray(raw) ? raw : raw === undefined || raw === "" ? [] : [raw];
  const picked = values.filter((v) => known.has(v));
  return question.kind === "single" ? picked.slice(0, 1) : [...new Set(picked)];
}

function questionStat(question: StatsQuestion, answers: AnswerSet[]): QuestionStat {
  if (question.kind === "text") {
    const n = answers.filter(
      (a) => typeof a[question.id] === "string" && (a[question.id] as string).trim() !== "",
    ).length;
    return { id: question.id, kind: question.kind, label: question.label, n, options: [], positive: null };
  }
  const counts = new Map(question.options.map((o) => [o.value, 0]));
  const positiveValues = new Set(question.positive ?? []);
  let n = 0;
  let positive = 0;
  for (const answer of answers) {
    const values = chosen(question, answer[question.id]);
    if (values.length === 0) continue;
    n++;
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    if (values.some((v) => positiveValues.has(v))) positive++;
  }
  return {
    id: question.id,
    kind: question.kind,
    label: question.label,
    n,
    options: question.options.map((o) => {
      const count = counts.get(o.value) ?? 0;
      return { value: o.value, label: o.label, count, percent: percent(count, n) };
    }),
    positive:
      positiveValues.size > 0
        ? { label: question.headline ?? question.label, count: positive, percent: percent(positive, n) }
        : null,
  };
}

/**
 * Percentages per question over the people who answered it. For multiple-choice questions each
 * option's share is of the people who answered (shares may add up to more than 100%).
 */
export function surveyStats(questions: StatsQuestion[], answers: AnswerSet[], invited: number): SurveyStats {
  return {
    invited,
    responses: answers.length,
    responseRate: percent(answers.length, invited),
    questions: questions.map((q) => questionStat(q, answers)),
  };
}
