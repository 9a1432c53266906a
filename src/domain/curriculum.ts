import type { Localized } from "../lib/errors.js";

/** One curriculum item of a round: a stable code (stored in reports) and its wording. */
export type CurriculumItem = { code: string; label: Localized };

export type RoundPlan = { round: number; title: Localized; items: CurriculumItem[] };

const L = (ja: string, en: string): Localized => ({ ja, en });

/** The four-visit curriculum (指導カリキュラム) of the program report, in our own words. */
const PLANS: RoundPlan[] = [
  {
    round: 1,
    title: L("潜在的リスクの洗い出し", "Identifying latent risks"),
    items: [
      {
        code: "r1_business",
        label: L("事業内容・業務の流れと扱う情報の把握", "Business, workflows and information handled"),
      },
      { code: "r1_selfcheck", label: L("自己診断チェックリストの実施", "Self-diagnosis checklist") },
      { code: "r1_risks", label: L("潜在的リスクの洗い出し", "Listing latent risks") },
      { code: "r1_share", label: L("診断結果と今後の進め方の共有", "Sharing the results and next steps") },
    ],
  },
  {
    round: 2,
    title: L("重点領域の可視化・対策の決定・基本方針の策定", "Priority areas, countermeasures and the basic policy"),
    items: [
      { code: "r2_priority", label: L("重点領域の可視化", "Making priority areas visible") },
      { code: "r2_measures", label: L("対策の検討と決定", "Choosing countermeasures") },
      { code: "r2_policy", label: L("情報セキュリティ基本方針の策定", "Drafting the basic security policy") },
    ],
  },
  {
    round: 3,
    title: L("関連規定の特定・策定に向けた検討", "Identifying and drafting related rules"),
    items: [
      { code: "r3_identify", label: L("必要な関連規定の特定", "Identifying the related rules needed") },
      { code: "r3_draft", label: L("関連規定の策定に向けた検討", "Working towards drafting the rules") },
      { code: "r3_handbook", label: L("従業員向けハンドブックの検討", "An employee handbook") },
    ],
  },
  {
    round: 4,
    title: L("関連規定のレビューと全体のまとめ", "Reviewing the rules and wrap-up"),
    items: [
      { code: "r4_review", label: L("関連規定のレビュー", "Reviewing the related rules") },
      { code: "r4_wrapup", label: L("指導全体のまとめ（最終報告）", "Wrap-up of the guidance (final report)") },
      { code: "r4_continue", label: L("継続的な改善に向けた計画", "A plan for continuous improvement") },
      { code: "r4_action", label: L("SECURITY ACTION 宣言の検討", "Considering a SECURITY ACTION declaration") },
    ],
  },
];

/** The plan of a round; rounds past the fourth (a program set to more visits) reuse the last plan. */
export function roundPlan(round: number): RoundPlan {
  const plan = PLANS[Math.min(Math.max(round, 1), PLANS.length) - 1];
  return round <= PLANS.length ? plan : { ...plan, round };
}

/** Round 1 takes the self-diagnosis checklist. */
export function takesSelfDiagnosis(round: number): boolean {
  return round === 1;
}

/** The last round of a case takes the wrap-up, the score again and SECURITY ACTION. */
export function isFinalRound(round: number, visitsPerCase: number): boolean {
  return round === visitsPerCase;
}

export function roundLabel(round: number, locale: "ja" | "en"): string {
  return locale === "ja" ? `第${round}回` : `Visit ${round}`;
}
