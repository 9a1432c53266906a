import { percent } from "../../domain/survey-stats.js";
import type { Audience } from "../surveys/surveys.schemas.js";
import { instant, plusDays, shuffle } from "./demo-random.js";
import type { DemoCase, DemoCompany, DemoSurveyResponse } from "./demo-repository.js";

/**
 * The demo's survey answers, drawn so that the app's survey charts show the 2019 report's figures
 * 7–17 (and its 79.9% and 92%) to the decimal. The report gives one share per question (86.4% of
 * experts saw management's motivation rise); how the rest splits is ours. A share like 96.4% of
 * 283 is not a whole number of companies: as on the real paper forms, a few respondents left that
 * question blank, and the share is of those who answered it.
 */

/** The report's published share: `percent` (one decimal) of those who answered chose one of `options`. */
export type ReportedShare = { options: string[]; percent: number };

type SinglePlan = {
  kind: "single";
  /** Every option with its weight; the reported options share `reported.percent`, the rest the remainder. */
  weights: [string, number][];
  reported?: ReportedShare;
};
/** Several answers each: every option's share of respondents; the first is the reported one. */
type MultiPlan = {
  kind: "multi";
  shares: [string, number][];
  reported?: ReportedShare;
  among?: (a: Answer) => boolean;
};
type Plan = SinglePlan | MultiPlan;
type Answer = Record<string, string | string[]>;

/** The expert survey (every completed case's expert answered): figures 7–10 and the text's figures. */
export const EXPERT_SURVEY_PLAN: Record<string, Plan> = {
  mgmt_motivation: {
    kind: "single",
    weights: [
      ["rose", 86.4],
      ["not_rose", 6],
      ["unknown", 7.6],
    ],
    reported: { options: ["rose"], percent: 86.4 },
  },
  staff_motivation: {
    kind: "single",
    weights: [
      ["rose", 68],
      ["not_rose", 17],
      ["unknown", 15],
    ],
    reported: { options: ["rose"], percent: 68.0 },
  },
  continuation: {
    kind: "single",
    weights: [
      ["expected", 85.9],
      ["not_expected", 6.1],
      ["unknown", 8],
    ],
    reported: { options: ["expected"], percent: 85.9 },
  },
  further_support: {
    kind: "single",
    weights: [
      ["yes", 65.2],
      ["no", 34.8],
    ],
    reported: { options: ["yes"], percent: 65.2 },
  },
  difficulty: {
    kind: "single",
    weights: [
      ["high", 33.4],
      ["moderate", 41.6],
      ["low", 25],
    ],
    reported: { options: ["high"], percent: 33.4 },
  },
  // The report names running a consultation (communication included) as the main reason.
  difficulty_reasons: {
    kind: "multi",
    shares: [
      ["consulting", 0.62],
      ["resources", 0.4],
      ["schedule", 0.3],
      ["technical", 0.18],
      ["other", 0.04],
    ],
    among: (a) => a.difficulty === "high",
  },
  tools_usability: {
    kind: "single",
    weights: [
      ["easy", 85.2],
      ["neutral", 11.8],
      ["hard", 3],
    ],
    reported: { options: ["easy"], percent: 85.2 },
  },
  security_level: {
    kind: "single",
    weights: [
      ["rose", 92],
      ["unchanged", 5],
      ["unknown", 3],
    ],
    reported: { options: ["rose"], percent: 92.0 },
  },
};

/** The SME survey (283 of 378 answered): figures 12–17 and the 79.9%; the industry is the company's own. */
export const SME_SURVEY_PLAN: Record<string, Plan> = {
  // 5 or fewer employees first, then up to 20 and up to 50 (figure 12).
  size: {
    kind: "single",
    weights: [
      ["upto5", 30],
      ["upto20", 28],
      ["upto50", 20],
      ["upto100", 12],
      ["upto300", 10],
    ],
  },
  outcome: {
    kind: "single",
    weights: [
      ["much", 43],
      ["some", 53.4],
      ["little", 3],
      ["none", 0.6],
    ],
    reported: { options: ["much", "some"], percent: 96.4 },
  },
  expert_knowledge: {
    kind: "single",
    weights: [
      ["high", 55],
      ["rather_high", 37.2],
      ["rather_low", 6],
      ["low", 1.8],
    ],
    reported: { options: ["high", "rather_high"], percent: 92.2 },
  },
  communication: {
    kind: "single",
    weights: [
      ["smooth", 70],
      ["rather_smooth", 27.5],
      ["rather_not", 2],
      ["not", 0.5],
    ],
    reported: { options: ["smooth", "rather_smooth"], percent: 97.5 },
  },
  // The cheapest choice was the most chosen (42.0%), yet 58.0% named ¥120,000 or more (figure 16).
  fair_price: {
    kind: "single",
    weights: [
      ["under120k", 42],
      ["120k_180k", 38],
      ["over180k", 20],
    ],
    reported: { options: ["120k_180k", "over180k"], percent: 58.0 },
  },
  // Occasional advice the most chosen; with per-project and ongoing support 64.3% (figure 17).
  further_support: {
    kind: "single",
    weights: [
      ["light", 37],
      ["per_project", 17],
      ["regular", 10.3],
      ["none", 35.7],
    ],
    reported: { options: ["light", "per_project", "regular"], percent: 64.3 },
  },
  future_actions: {
    kind: "multi",
    shares: [
      ["governance", 0.799],
      ["education", 0.61],
      ["technical", 0.46],
      ["security_action", 0.32],
      ["partners", 0.21],
      ["other", 0.03],
    ],
    reported: { options: ["governance"], percent: 79.9 },
  },
};

export const SURVEY_PLANS: Record<Audience, Record<string, Plan>> = {
  expert: EXPERT_SURVEY_PLAN,
  sme: SME_SURVEY_PLAN,
};

/** The SME survey's response: 283 answers to 378 invitations (74.9%). */
export const SME_SURVEY = { invited: 378, answered: 283, completedCases: 379 };

/** `total` split by weights into whole numbers (largest remainder, ties to the earlier option). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (w / sum) * total : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, c) => a + c, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    counts[i]++;
    left--;
  }
  return counts;
}

/**
 * Of `people` respondents, how many answer the question (n, as many as possible) and how many of
 * them choose the reported options (k), so that k / n shows as `target` to one decimal.
 */
export function reportedCount(people: number, target: number): { n: number; k: number } {
  for (let n = people; n > 0; n--) {
    const k = Math.round((target * n) / 100);
    for (const c of [k, k - 1, k + 1]) if (c >= 0 && c <= n && percent(c, n) === target) return { n, k: c };
  }
  return { n: people, k: Math.round((target * people) / 100) };
}

function drawSingle(rand: () => number, people: number, plan: SinglePlan): (string | null)[] {
  const values: (string | null)[] = [];
  const push = (options: [string, number][], total: number) =>
    apportion(
      total,
      options.map(([, w]) => w),
    ).forEach((count, i) => {
      for (let c = 0; c < count; c++) values.push(options[i][0]);
    });
  if (plan.reported) {
    const { n, k } = reportedCount(people, plan.reported.percent);
    const chosen = new Set(plan.reported.options);
    push(
      plan.weights.filter(([v]) => chosen.has(v)),
      k,
    );
    push(
      plan.weights.filter(([v]) => !chosen.has(v)),
      n - k,
    );
  } else push(plan.weights, people);
  while (values.length < people) values.push(null);
  return shuffle(rand, values);
}

/**
 * Several answers each. The first option goes to exactly its share; whoever lacks it gets the
 * second, so that everyone who answered chose something.
 */
function drawMulti(rand: () => number, people: number, plan: MultiPlan): string[][] {
  const [first, second, ...rest] = plan.shares;
  const { n, k } = plan.reported
    ? reportedCount(people, plan.reported.percent)
    : { n: people, k: Math.round(first[1] * people) };
  const picks: string[][] = Array.from({ length: people }, () => []);
  const answering = shuffle(
    rand,
    Array.from({ length: people }, (_, i) => i),
  ).slice(0, n);
  const withFirst = new Set(answering.slice(0, k));
  for (const i of withFirst) picks[i].push(first[0]);
  const without = answering.filter((i) => !withFirst.has(i));
  const secondCount = Math.min(n, Math.max(without.length, Math.round(second[1] * n)));
  for (const i of [...without, ...shuffle(rand, [...withFirst]).slice(0, secondCount - without.length)])
    picks[i].push(second[0]);
  for (const [value, share] of rest)
    for (const i of shuffle(rand, answering).slice(0, Math.round(share * n))) picks[i].push(value);
  // Answers in the order the form lists them.
  const order = new Map(plan.shares.map(([v], i) => [v, i]));
  return picks.map((p) => p.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
}

/** `people` answer sets of one audience; a question someone left blank is absent from their set. */
export function drawSurveyAnswers(rand: () => number, people: number, plans: Record<string, Plan>): Answer[] {
  const answers: Answer[] = Array.from({ length: people }, () => ({}));
  for (const [question, plan] of Object.entries(plans)) {
    if (plan.kind === "single") {
      drawSingle(rand, people, plan).forEach((v, i) => {
        if (v !== null) answers[i][question] = v;
      });
      continue;
    }
    const among = answers.flatMap((a, i) => (plan.among && !plan.among(a) ? [] : [i]));
    drawMulti(rand, among.length, plan).forEach((v, j) => {
      if (v.length > 0) answers[among[j]][question] = v;
    });
  }
  return answers;
}

/**
 * Survey rows for the completed cases: every expert answered; of the SMEs, all but one were
 * invited (the report counts 378 invitations for 379 completed cases) and 74.9% of those answered.
 * Answers with a blank came on paper and were entered by the secretariat.
 */
export function buildSurveys(rand: () => number, caseRows: DemoCase[], companies: DemoCompany[]): DemoSurveyResponse[] {
  const surveys: DemoSurveyResponse[] = [];
  const completed = caseRows.filter((c) => c.status === "completed");
  const smeInvited = Math.round((completed.length * SME_SURVEY.invited) / SME_SURVEY.completedCases);
  const smeAnswered = Math.round((smeInvited * SME_SURVEY.answered) / SME_SURVEY.invited);
  const expertDraws = drawSurveyAnswers(rand, completed.length, EXPERT_SURVEY_PLAN);
  const smeDraws = drawSurveyAnswers(rand, smeAnswered, SME_SURVEY_PLAN);
  const expertQuestions = Object.keys(EXPERT_SURVEY_PLAN).filter((q) => EXPERT_SURVEY_PLAN[q].kind === "single");
  const smeQuestions = Object.keys(SME_SURVEY_PLAN).filter((q) => SME_SURVEY_PLAN[q].kind === "single");
  for (const [i, c] of completed.entries()) {
    const invitedAt = instant(c.completedOn as string, 11);
    const answeredAt = instant(plusDays(c.completedOn as string, 3), 15);
    const expert = expertDraws[i];
    surveys.push({
      caseId: c.id as number,
      audience: "expert",
      status: "answered",
      answers: JSON.stringify(expert),
      invitedAt,
      answeredAt,
      enteredBy: expertQuestions.every((q) => q in expert) ? null : "demo",
    });
    if (i >= smeInvited) continue;
    const answered = i < smeAnswered;
    const sme = answered ? { ...smeDraws[i], industry: companies[(c.applicationId as number) - 1].industry } : {};
    const onPaper = answered && (!smeQuestions.every((q) => q in sme) || rand() < 0.5);
    surveys.push({
      caseId: c.id as number,
      audience: "sme",
      status: answered ? "answered" : "invited",
      answers: answered ? JSON.stringify(sme) : "{}",
      invitedAt,
      answeredAt: answered ? answeredAt : null,
      enteredBy: onPaper ? "demo" : null,
      remindersSent: answered ? 0 : 2,
    });
  }
  return surveys;
}
