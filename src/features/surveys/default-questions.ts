import { INDUSTRIES } from "../../domain/industries.js";
import { type Audience, type Question, type QuestionInput, QuestionSetSchema } from "./surveys.schemas.js";

const t = (ja: string, en: string) => ({ ja, en });
const o = (value: string, ja: string, en: string) => ({ value, label: t(ja, en) });

const ROSE = [
  o("rose", "高まった", "Rose"),
  o("not_rose", "高まらなかった", "Did not rise"),
  o("unknown", "わからない", "Don't know"),
];

/**
 * The expert survey asked after each completed case. Our own wording of what the 2019 program
 * asked: motivation of management and staff, whether the SME will keep going, whether it wants
 * more support, how hard the guidance was and why, the tools, and the security level.
 */
export const DEFAULT_EXPERT_QUESTIONS: QuestionInput[] = [
  {
    id: "mgmt_motivation",
    kind: "single",
    label: t(
      "指導を通じて、指導先の経営層の情報セキュリティへの取組み意欲は高まりましたか",
      "Did the SME's management become more committed to information security through the guidance?",
    ),
    options: ROSE,
    positive: ["rose"],
    headline: t("経営層の意欲が高まった", "Management's motivation rose"),
  },
  {
    id: "staff_motivation",
    kind: "single",
    label: t(
      "指導を通じて、指導先の従業員の情報セキュリティへの取組み意欲は高まりましたか",
      "Did the SME's employees become more committed to information security through the guidance?",
    ),
    options: ROSE,
    positive: ["rose"],
    headline: t("従業員の意欲が高まった", "Employees' motivation rose"),
  },
  {
    id: "continuation",
    kind: "single",
    label: t(
      "指導先は、策定した方針・規程に沿った取組みを今後も続けられると思いますか",
      "Do you expect the SME to keep working with the policy and rules it drew up?",
    ),
    options: [
      o("expected", "続けられると思う", "Yes, I expect so"),
      o("not_expected", "続けるのは難しいと思う", "No, probably not"),
      o("unknown", "わからない", "Don't know"),
    ],
    positive: ["expected"],
    headline: t("継続実施が見込める", "Continuation expected"),
  },
  {
    id: "further_support",
    kind: "single",
    label: t(
      "指導先から、今後も専門家の支援を受けたいという要望はありましたか",
      "Did the SME say it would like further support from an expert?",
    ),
    options: [o("yes", "あった", "Yes"), o("no", "なかった", "No")],
    positive: ["yes"],
    headline: t("今後の支援要望あり", "Further support wanted"),
  },
  {
    id: "difficulty",
    kind: "single",
    label: t("今回の指導は、あなたにとって難しいものでしたか", "How hard was this guidance for you?"),
    options: [
      o("high", "難しかった", "Hard"),
      o("moderate", "どちらともいえない", "Neither hard nor easy"),
      o("low", "難しくなかった", "Not hard"),
    ],
    positive: ["high"],
    headline: t("難易度が高かった", "Guidance was hard"),
  },
  {
    id: "difficulty_reasons",
    kind: "multi",
    label: t("難しかった点があれば選んでください（複数選択可）", "If anything was hard, what was it? (choose any)"),
    options: [
      o(
        "consulting",
        "コンサルティングの進め方（コミュニケーションを含む）",
        "Running a consultation (incl. communication)",
      ),
      o("resources", "指導先の人手・時間の不足", "The SME's lack of people or time"),
      o("technical", "技術的な内容", "Technical content"),
      o("schedule", "日程の調整・期間の短さ", "Scheduling and the short period"),
      o("other", "その他", "Other"),
    ],
    required: false,
  },
  {
    id: "difficulty_comment",
    kind: "text",
    label: t("難しかった理由を具体的に教えてください（任意）", "Tell us why it was hard (optional)"),
  },
  {
    id: "tools_usability",
    kind: "single",
    label: t(
      "事業で使った指導ツール（実施要領・ひな形・自己診断シート）は使いやすかったですか",
      "Were the program's tools (guidance manual, templates, self-check sheet) easy to use?",
    ),
    options: [
      o("easy", "使いやすかった", "Easy to use"),
      o("neutral", "どちらともいえない", "Neither"),
      o("hard", "使いにくかった", "Hard to use"),
    ],
    positive: ["easy"],
    headline: t("指導ツールが使いやすい", "Tools easy to use"),
  },
  {
    id: "security_level",
    kind: "single",
    label: t("指導先のセキュリティ水準は上がったと思いますか", "Do you think the SME's security level rose?"),
    options: [
      o("rose", "上がった", "It rose"),
      o("unchanged", "変わらない", "Unchanged"),
      o("unknown", "わからない", "Don't know"),
    ],
    positive: ["rose"],
    headline: t("セキュリティ水準が上がった", "Security level rose"),
  },
  {
    id: "comments",
    kind: "text",
    label: t("事務局へのご意見・ご感想（任意）", "Comments for the secretariat (optional)"),
  },
];

/**
 * The SME survey: who answered (industry, size), whether the guidance paid off, the expert's
 * knowledge and communication, what four visits would be worth, and whether more support is wanted.
 */
export const DEFAULT_SME_QUESTIONS: QuestionInput[] = [
  {
    id: "industry",
    kind: "single",
    label: t("貴社の業種を選んでください", "Your company's industry"),
    options: INDUSTRIES.map((i) => o(i.code, i.ja, i.en)),
  },
  {
    id: "size",
    kind: "single",
    label: t("貴社の従業員数を選んでください", "Number of employees"),
    options: [
      o("upto5", "5人以下", "5 or fewer"),
      o("upto20", "6〜20人", "6–20"),
      o("upto50", "21〜50人", "21–50"),
      o("upto100", "51〜100人", "51–100"),
      o("upto300", "101〜300人", "101–300"),
      o("over300", "301人以上", "301 or more"),
    ],
  },
  {
    id: "outcome",
    kind: "single",
    label: t(
      "専門家の指導を受けて、情報セキュリティの管理・運用に役立つ成果が得られましたか",
      "Did the guidance give you results you can use in managing information security?",
    ),
    options: [
      o("much", "十分に得られた", "Yes, clearly"),
      o("some", "ある程度得られた", "To some extent"),
      o("little", "あまり得られなかった", "Hardly"),
      o("none", "得られなかった", "No"),
    ],
    positive: ["much", "some"],
    headline: t("成果が得られた", "Results achieved"),
  },
  {
    id: "expert_knowledge",
    kind: "single",
    label: t("専門家の知識・専門性はいかがでしたか", "How did you find the expert's knowledge?"),
    options: [
      o("high", "高い", "High"),
      o("rather_high", "やや高い", "Fairly high"),
      o("rather_low", "やや物足りない", "Somewhat lacking"),
      o("low", "物足りない", "Lacking"),
    ],
    positive: ["high", "rather_high"],
    headline: t("専門家の知識を高く評価", "Expert's knowledge rated high"),
  },
  {
    id: "communication",
    kind: "single",
    label: t("専門家とのやり取りはスムーズでしたか", "Was communication with the expert smooth?"),
    options: [
      o("smooth", "スムーズだった", "Smooth"),
      o("rather_smooth", "おおむねスムーズだった", "Mostly smooth"),
      o("rather_not", "あまりスムーズでなかった", "Not very smooth"),
      o("not", "スムーズでなかった", "Not smooth"),
    ],
    positive: ["smooth", "rather_smooth"],
    headline: t("コミュニケーションがスムーズ", "Communication smooth"),
  },
  {
    id: "fair_price",
    kind: "single",
    label: t(
      "今回の4回の訪問指導に対して、適正だと思う金額はどれですか",
      "What would be a fair price for the four guidance visits?",
    ),
    options: [
      o("under120k", "12万円未満", "Under ¥120,000"),
      o("120k_180k", "12万円以上18万円未満", "¥120,000 to under ¥180,000"),
      o("over180k", "18万円以上", "¥180,000 or more"),
    ],
    positive: ["120k_180k", "over180k"],
    headline: t("適正価格12万円以上", "Fair price ¥120,000 or more"),
  },
  {
    id: "further_support",
    kind: "single",
    label: t(
      "今後も情報セキュリティの専門家による支援を希望しますか",
      "Would you like further support from a security expert?",
    ),
    options: [
      o("light", "一時的な相談など軽い支援を希望する", "Occasional advice"),
      o("per_project", "案件ごとの支援を希望する", "Support per project"),
      o("regular", "定期的・継続的な支援を希望する", "Regular, ongoing support"),
      o("none", "希望しない", "No"),
    ],
    positive: ["light", "per_project", "regular"],
    headline: t("今後の支援を希望", "Further support wanted"),
  },
  {
    id: "comments",
    kind: "text",
    label: t("ご意見・ご感想をご自由にお書きください（任意）", "Any comments (optional)"),
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
