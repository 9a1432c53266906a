import { describe, expect, it } from "vitest";
import {
  type AnswerSet,
  formatPercent,
  percent,
  type StatsQuestion,
  surveyStats,
} from "../../../src/domain/survey-stats.js";
import { DEFAULT_SME_QUESTIONS, defaultQuestions } from "../../../src/features/surveys/default-questions.js";

const t = (s: string) => ({ ja: s, en: s });
const QUESTIONS: StatsQuestion[] = [
  {
    id: "q1",
    kind: "single",
    label: t("single"),
    options: [
      { value: "a", label: t("A") },
      { value: "b", label: t("B") },
      { value: "c", label: t("C") },
    ],
    positive: ["a"],
    headline: t("A share"),
  },
  {
    id: "q2",
    kind: "multi",
    label: t("multi"),
    options: [
      { value: "x", label: t("X") },
      { value: "y", label: t("Y") },
      { value: "z", label: t("Z") },
    ],
    positive: ["x"],
  },
  { id: "q3", kind: "text", label: t("text"), options: [] },
];

// Seven people answered out of nine asked. Hand-computed below.
const ANSWERS: AnswerSet[] = [
  { q1: "a", q2: ["x", "y"], q3: "good" },
  { q1: "a", q2: ["y"] },
  { q1: "b", q2: ["x"] },
  { q1: "a", q3: "" },
  { q1: "c", q2: ["x", "z"] },
  { q1: "a", q2: ["bogus"] },
  { q2: ["z"] },
];

describe("survey statistics", () => {
  it("percent rounds to one decimal and is null for nothing", () => {
    expect(percent(283, 378)).toBe(74.9);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeNull();
    expect(formatPercent(74.9)).toBe("74.9%");
    expect(formatPercent(null)).toBe("—");
  });

  it("matches a hand-computed fixture: shares over those who answered each question", () => {
    const s = surveyStats(QUESTIONS, ANSWERS, 9);
    expect(s.responses).toBe(7);
    expect(s.invited).toBe(9);
    expect(s.responseRate).toBe(77.8); // 7 / 9

    const [q1, q2, q3] = s.questions;
    // q1: six answered (person 7 skipped it): a 4, b 1, c 1.
    expect(q1.n).toBe(6);
    expect(q1.options.map((o) => [o.value, o.count, o.percent])).toEqual([
      ["a", 4, 66.7],
      ["b", 1, 16.7],
      ["c", 1, 16.7],
    ]);
    expect(q1.positive).toEqual({ label: t("A share"), count: 4, percent: 66.7 });

    // q2: five answered (person 4 skipped, person 6 gave no known choice): x 3, y 2, z 2 (a person may pick several).
    expect(q2.n).toBe(5);
    expect(q2.options.map((o) => [o.value, o.count, o.percent])).toEqual([
      ["x", 3, 60],
      ["y", 2, 40],
      ["z", 2, 40],
    ]);
    expect(q2.positive?.percent).toBe(60);

    // q3: one non-blank text answer, no percentages.
    expect(q3.n).toBe(1);
    expect(q3.options).toEqual([]);
    expect(q3.positive).toBeNull();
  });

  it("reproduces a 2019 headline share: fair price of ¥120,000 or more", () => {
    // 100 SMEs: 42 under ¥120k, 40 at ¥120–180k, 18 at ¥180k or more → 58.0% ≥ ¥120k.
    const answers: AnswerSet[] = [
      ...Array.from({ length: 42 }, () => ({ fair_price: "under120k" })),
      ...Array.from({ length: 40 }, () => ({ fair_price: "120k_180k" })),
      ...Array.from({ length: 18 }, () => ({ fair_price: "over180k" })),
    ];
    const s = surveyStats(defaultQuestions("sme"), answers, 134);
    const fair = s.questions.find((q) => q.id === "fair_price")!;
    expect(fair.n).toBe(100);
    expect(fair.positive?.percent).toBe(58);
    expect(s.responseRate).toBe(74.6);
    // Questions nobody answered have n = 0 and no percentage.
    expect(s.questions.find((q) => q.id === "outcome")!.positive?.percent).toBeNull();
  });

  it("the shipped question sets are valid and cover the 2019 topics", () => {
    expect(DEFAULT_SME_QUESTIONS.map((q) => q.id)).toEqual([
      "industry",
      "size",
      "outcome",
      "expert_knowledge",
      "communication",
      "fair_price",
      "further_support",
      "future_actions",
      "comments",
    ]);
    expect(defaultQuestions("expert").map((q) => q.id)).toEqual([
      "mgmt_motivation",
      "staff_motivation",
      "continuation",
      "further_support",
      "difficulty",
      "difficulty_reasons",
      "difficulty_comment",
      "tools_usability",
      "security_level",
      "comments",
    ]);
  });
});
