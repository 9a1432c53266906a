import type { Answer } from "../../../domain/self-diagnosis.js";
import type { Locale } from "../../../lib/i18n.js";

type Labels = Record<string, { ja: string; en: string }>;

const pickLabel = (labels: Labels, key: string, locale: Locale) => labels[key]?.[locale] ?? key;

const VISIT_STATUS: Labels = {
  scheduled: { ja: "予定", en: "Planned" },
  held: { ja: "実施済み", en: "Held" },
  cancelled: { ja: "取消し", en: "Cancelled" },
};
const REPORT_STATUS: Labels = {
  draft: { ja: "下書き", en: "Draft" },
  submitted: { ja: "確認待ち", en: "Waiting for review" },
  accepted: { ja: "受理", en: "Accepted" },
  returned: { ja: "差戻し（修正待ち）", en: "Returned for revision" },
};
const CASE_STATUS: Labels = {
  active: { ja: "指導中", en: "In progress" },
  completed: { ja: "完了", en: "Completed" },
  terminated: { ja: "途中終了", en: "Terminated" },
  withdrawn: { ja: "辞退", en: "Withdrawn" },
};
const MODE: Labels = {
  onsite: { ja: "訪問（対面）", en: "On site" },
  online: { ja: "オンライン", en: "Online" },
};
const DELIVERABLE_KIND: Labels = {
  basic_policy: { ja: "情報セキュリティ基本方針", en: "Basic security policy" },
  related_rules: { ja: "関連規定", en: "Related rules" },
  handbook: { ja: "ハンドブック", en: "Handbook" },
  self_diagnosis: { ja: "自己診断結果", en: "Self-diagnosis result" },
  final_report: { ja: "最終報告書", en: "Final report" },
};
const DELIVERABLE_STATUS: Labels = {
  submitted: { ja: "確認待ち", en: "Waiting for review" },
  accepted: { ja: "受理", en: "Accepted" },
  returned: { ja: "差戻し", en: "Returned" },
};
const SECURITY_ACTION: Labels = {
  none: { ja: "宣言なし", en: "Not declared" },
  one_star: { ja: "一つ星を宣言", en: "One star declared" },
  two_stars: { ja: "二つ星を宣言", en: "Two stars declared" },
};
const ANSWER: Record<Answer, { ja: string; en: string }> = {
  yes: { ja: "実施している（4点）", en: "In place (4 points)" },
  partly: { ja: "一部実施している（2点）", en: "Partly in place (2 points)" },
  no: { ja: "実施していない（0点）", en: "Not in place (0 points)" },
  unknown: { ja: "わからない（0点・要確認）", en: "Don't know (0 points, to check)" },
};

export const visitStatusLabel = (s: string, l: Locale) => pickLabel(VISIT_STATUS, s, l);
export const reportStatusLabel = (s: string, l: Locale) => pickLabel(REPORT_STATUS, s, l);
export const caseStatusLabel = (s: string, l: Locale) => pickLabel(CASE_STATUS, s, l);
export const modeLabel = (s: string, l: Locale) => pickLabel(MODE, s, l);
export const deliverableKindLabel = (s: string, l: Locale) => pickLabel(DELIVERABLE_KIND, s, l);
export const deliverableStatusLabel = (s: string, l: Locale) => pickLabel(DELIVERABLE_STATUS, s, l);
export const securityActionLabel = (s: string, l: Locale) => pickLabel(SECURITY_ACTION, s, l);
export const answerLabel = (a: Answer, l: Locale) => ANSWER[a][l];

/** Why a case ended early, in words the SME may read (the free-text reason stays internal). */
export const TERMINATION_CATEGORIES = {
  sme_request: { ja: "貴社のご都合・ご依頼による終了", en: "Ended at your request" },
  schedule: {
    ja: "事業期間内に訪問日程を確保できなかったため",
    en: "No visit dates could be found within the program period",
  },
  expert: { ja: "専門家の事情により継続できなくなったため", en: "The expert could not continue" },
  eligibility: { ja: "事業の対象要件を満たさなくなったため", en: "The program's conditions are no longer met" },
  other: {
    ja: "その他の事情による終了（詳しくは事務局にお問い合わせください）",
    en: "Other reasons (please ask the secretariat)",
  },
} as const;
export type TerminationCategory = keyof typeof TERMINATION_CATEGORIES;
