import { defineMessages } from "../lib/i18n.js";

/**
 * The four-visit curriculum (指導カリキュラム) of the program report, in our own words: each
 * round's title (`r1` …) and its items (keys are the item codes stored in reports).
 */
export const curriculumTexts = defineMessages("domain.curriculum", {
  ja: {
    round: (round: number) => `第${round}回`,
    r1: "潜在的リスクの洗い出し",
    r1_business: "事業内容・業務の流れと扱う情報の把握",
    r1_selfcheck: "自己診断チェックリストの実施",
    r1_risks: "潜在的リスクの洗い出し",
    r1_share: "診断結果と今後の進め方の共有",
    r2: "重点領域の可視化・対策の決定・基本方針の策定",
    r2_priority: "重点領域の可視化",
    r2_measures: "対策の検討と決定",
    r2_policy: "情報セキュリティ基本方針の策定",
    r3: "関連規定の特定・策定に向けた検討",
    r3_identify: "必要な関連規定の特定",
    r3_draft: "関連規定の策定に向けた検討",
    r3_handbook: "従業員向けハンドブックの検討",
    r4: "関連規定のレビューと全体のまとめ",
    r4_review: "関連規定のレビュー",
    r4_wrapup: "指導全体のまとめ（最終報告）",
    r4_continue: "継続的な改善に向けた計画",
    r4_action: "SECURITY ACTION 宣言の検討",
  },
  en: {
    round: (round) => `Visit ${round}`,
    r1: "Identifying latent risks",
    r1_business: "Business, workflows and information handled",
    r1_selfcheck: "Self-diagnosis checklist",
    r1_risks: "Listing latent risks",
    r1_share: "Sharing the results and next steps",
    r2: "Priority areas, countermeasures and the basic policy",
    r2_priority: "Making priority areas visible",
    r2_measures: "Choosing countermeasures",
    r2_policy: "Drafting the basic security policy",
    r3: "Identifying and drafting related rules",
    r3_identify: "Identifying the related rules needed",
    r3_draft: "Working towards drafting the rules",
    r3_handbook: "An employee handbook",
    r4: "Reviewing the rules and wrap-up",
    r4_review: "Reviewing the related rules",
    r4_wrapup: "Wrap-up of the guidance (final report)",
    r4_continue: "A plan for continuous improvement",
    r4_action: "Considering a SECURITY ACTION declaration",
  },
});
