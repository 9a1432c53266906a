import { INDUSTRIES } from "../../domain/industries.js";
import { both } from "../../lib/i18n.js";
import { expertQuestionTexts, smeQuestionTexts } from "./default-questions.texts.js";
import { type Audience, type Question, type QuestionInput, QuestionSetSchema } from "./surveys.schemas.js";

type ExpertKey = keyof typeof expertQuestionTexts.ja;
type SmeKey = keyof typeof smeQuestionTexts.ja;
const t = (key: ExpertKey) => both(expertQuestionTexts, (m) => m[key]);
const o = (value: string, key: ExpertKey) => ({ value, label: t(key) });
const st = (key: SmeKey) => both(smeQuestionTexts, (m) => m[key]);
const so = (value: string, key: SmeKey) => ({ value, label: st(key) });

const ROSE = [o("rose", "roseRose"), o("not_rose", "roseNotRose"), o("unknown", "roseUnknown")];

/**
 * The expert survey asked after each completed case. Our own wording of what the 2019 program
 * asked: motivation of management and staff, whether the SME will keep going, whether it wants
 * more support, how hard the guidance was and why, the tools, and the security level.
 */
export const DEFAULT_EXPERT_QUESTIONS: QuestionInput[] = [
  {
    id: "mgmt_motivation",
    kind: "single",
    label: t("mgmtMotivation"),
    chart: t("mgmtMotivationChart"),
    options: ROSE,
    positive: ["rose"],
    headline: t("mgmtMotivationHeadline"),
  },
  {
    id: "staff_motivation",
    kind: "single",
    label: t("staffMotivation"),
    chart: t("staffMotivationChart"),
    options: ROSE,
    positive: ["rose"],
    headline: t("staffMotivationHeadline"),
  },
  {
    id: "continuation",
    kind: "single",
    label: t("continuation"),
    chart: t("continuationChart"),
    options: [
      o("expected", "continuationExpected"),
      o("not_expected", "continuationNotExpected"),
      o("unknown", "continuationUnknown"),
    ],
    positive: ["expected"],
    headline: t("continuationHeadline"),
  },
  {
    id: "further_support",
    kind: "single",
    label: t("furtherSupport"),
    chart: t("furtherSupportChart"),
    options: [o("yes", "furtherSupportYes"), o("no", "furtherSupportNo")],
    positive: ["yes"],
    headline: t("furtherSupportHeadline"),
  },
  {
    id: "difficulty",
    kind: "single",
    label: t("difficulty"),
    chart: t("difficultyChart"),
    options: [o("high", "difficultyHigh"), o("moderate", "difficultyModerate"), o("low", "difficultyLow")],
    positive: ["high"],
    headline: t("difficultyHeadline"),
  },
  {
    id: "difficulty_reasons",
    kind: "multi",
    label: t("difficultyReasons"),
    chart: t("difficultyReasonsChart"),
    options: [
      o("consulting", "difficultyReasonsConsulting"),
      o("resources", "difficultyReasonsResources"),
      o("technical", "difficultyReasonsTechnical"),
      o("schedule", "difficultyReasonsSchedule"),
      o("other", "difficultyReasonsOther"),
    ],
    required: false,
  },
  {
    id: "difficulty_comment",
    kind: "text",
    label: t("difficultyComment"),
  },
  {
    id: "tools_usability",
    kind: "single",
    label: t("toolsUsability"),
    chart: t("toolsUsabilityChart"),
    options: [o("easy", "toolsUsabilityEasy"), o("neutral", "toolsUsabilityNeutral"), o("hard", "toolsUsabilityHard")],
    positive: ["easy"],
    headline: t("toolsUsabilityHeadline"),
  },
  {
    id: "security_level",
    kind: "single",
    label: t("securityLevel"),
    chart: t("securityLevelChart"),
    options: [
      o("rose", "securityLevelRose"),
      o("unchanged", "securityLevelUnchanged"),
      o("unknown", "securityLevelUnknown"),
    ],
    positive: ["rose"],
    headline: t("securityLevelHeadline"),
  },
  {
    id: "comments",
    kind: "text",
    label: t("comments"),
  },
];

/**
 * The SME survey: who answered (industry, size), whether the guidance paid off, the expert's
 * knowledge and communication, what four visits would be worth, whether more support is wanted
 * and what the company means to do next (the report's 79.9% for "organisation, rules and
 * continuous improvement").
 */
export const DEFAULT_SME_QUESTIONS: QuestionInput[] = [
  {
    id: "industry",
    kind: "single",
    label: st("industry"),
    chart: st("industryChart"),
    options: INDUSTRIES.map((i) => ({ value: i.code, label: { ja: i.ja, en: i.en } })),
  },
  {
    id: "size",
    kind: "single",
    label: st("size"),
    chart: st("sizeChart"),
    options: [
      so("upto5", "sizeUpto5"),
      so("upto20", "sizeUpto20"),
      so("upto50", "sizeUpto50"),
      so("upto100", "sizeUpto100"),
      so("upto300", "sizeUpto300"),
      so("over300", "sizeOver300"),
    ],
  },
  {
    id: "outcome",
    kind: "single",
    label: st("outcome"),
    chart: st("outcomeChart"),
    options: [
      so("much", "outcomeMuch"),
      so("some", "outcomeSome"),
      so("little", "outcomeLittle"),
      so("none", "outcomeNone"),
    ],
    positive: ["much", "some"],
    headline: st("outcomeHeadline"),
  },
  {
    id: "expert_knowledge",
    kind: "single",
    label: st("expertKnowledge"),
    chart: st("expertKnowledgeChart"),
    options: [
      so("high", "expertKnowledgeHigh"),
      so("rather_high", "expertKnowledgeRatherHigh"),
      so("rather_low", "expertKnowledgeRatherLow"),
      so("low", "expertKnowledgeLow"),
    ],
    positive: ["high", "rather_high"],
    headline: st("expertKnowledgeHeadline"),
  },
  {
    id: "communication",
    kind: "single",
    label: st("communication"),
    chart: st("communicationChart"),
    options: [
      so("smooth", "communicationSmooth"),
      so("rather_smooth", "communicationRatherSmooth"),
      so("rather_not", "communicationRatherNot"),
      so("not", "communicationNot"),
    ],
    positive: ["smooth", "rather_smooth"],
    headline: st("communicationHeadline"),
  },
  {
    id: "fair_price",
    kind: "single",
    label: st("fairPrice"),
    chart: st("fairPriceChart"),
    options: [
      so("under120k", "fairPriceUnder120k"),
      so("120k_180k", "fairPrice120k180k"),
      so("over180k", "fairPriceOver180k"),
    ],
    positive: ["120k_180k", "over180k"],
    headline: st("fairPriceHeadline"),
  },
  {
    id: "further_support",
    kind: "single",
    label: st("furtherSupport"),
    chart: st("furtherSupportChart"),
    options: [
      so("light", "furtherSupportLight"),
      so("per_project", "furtherSupportPerProject"),
      so("regular", "furtherSupportRegular"),
      so("none", "furtherSupportNone"),
    ],
    positive: ["light", "per_project", "regular"],
    headline: st("furtherSupportHeadline"),
  },
  {
    id: "future_actions",
    kind: "multi",
    label: st("futureActions"),
    chart: st("futureActionsChart"),
    options: [
      so("governance", "futureActionsGovernance"),
      so("education", "futureActionsEducation"),
      so("technical", "futureActionsTechnical"),
      so("security_action", "futureActionsSecurityAction"),
      so("partners", "futureActionsPartners"),
      so("other", "futureActionsOther"),
    ],
    positive: ["governance"],
    headline: st("futureActionsHeadline"),
  },
  {
    id: "comments",
    kind: "text",
    label: st("comments"),
  },
];

const parsed: Partial<Record<Audience, Question[]>> = {};

/** The shipped question set, checked by the same schema as an imported one. */
export function defaultQuestions(audience: Audience): Question[] {
  parsed[audience] ??= QuestionSetSchema.parse(
    audience === "expert" ? DEFAULT_EXPERT_QUESTIONS : DEFAULT_SME_QUESTIONS,
  );
  return parsed[audience];
}
