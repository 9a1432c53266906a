import { defineMessages } from "../../../lib/i18n.js";

/** A label by its enum value; a value without a label is shown as it is. */
const label =
  (table: Record<string, string>) =>
  (value: string): string =>
    Object.hasOwn(table, value) ? (table[value] as string) : value;

/** Labels of the visits, reports, cases and deliverables' enums, shared by every view that shows them. */
export const visitLabels = defineMessages("visits.labels", {
  ja: {
    visitStatus: label({ scheduled: "予定", held: "実施済み", cancelled: "取消し" }),
    reportStatus: label({ draft: "下書き", submitted: "確認待ち", accepted: "受理", returned: "差戻し（修正待ち）" }),
    caseStatus: label({ active: "指導中", completed: "完了", terminated: "途中終了", withdrawn: "辞退" }),
    mode: label({ onsite: "訪問（対面）", online: "オンライン" }),
    deliverableKind: label({
      basic_policy: "情報セキュリティ基本方針",
      related_rules: "関連規定",
      handbook: "ハンドブック",
      self_diagnosis: "自己診断結果",
      final_report: "最終報告書",
    }),
    deliverableStatus: label({ submitted: "確認待ち", accepted: "受理", returned: "差戻し" }),
    securityAction: label({ none: "宣言なし", one_star: "一つ星を宣言", two_stars: "二つ星を宣言" }),
    answer: label({
      yes: "実施している（4点）",
      partly: "一部実施している（2点）",
      no: "実施していない（0点）",
      unknown: "わからない（0点・要確認）",
    }),
    terminationCategory: label({
      sme_request: "貴社のご都合・ご依頼による終了",
      schedule: "事業期間内に訪問日程を確保できなかったため",
      expert: "専門家の事情により継続できなくなったため",
      eligibility: "事業の対象要件を満たさなくなったため",
      other: "その他の事情による終了（詳しくは事務局にお問い合わせください）",
    }),
  },
  en: {
    visitStatus: label({ scheduled: "Planned", held: "Held", cancelled: "Cancelled" }),
    reportStatus: label({
      draft: "Draft",
      submitted: "Waiting for review",
      accepted: "Accepted",
      returned: "Returned for revision",
    }),
    caseStatus: label({
      active: "In progress",
      completed: "Completed",
      terminated: "Terminated",
      withdrawn: "Withdrawn",
    }),
    mode: label({ onsite: "On site", online: "Online" }),
    deliverableKind: label({
      basic_policy: "Basic security policy",
      related_rules: "Related rules",
      handbook: "Handbook",
      self_diagnosis: "Self-diagnosis result",
      final_report: "Final report",
    }),
    deliverableStatus: label({ submitted: "Waiting for review", accepted: "Accepted", returned: "Returned" }),
    securityAction: label({ none: "Not declared", one_star: "One star declared", two_stars: "Two stars declared" }),
    answer: label({
      yes: "In place (4 points)",
      partly: "Partly in place (2 points)",
      no: "Not in place (0 points)",
      unknown: "Don't know (0 points, to check)",
    }),
    terminationCategory: label({
      sme_request: "Ended at your request",
      schedule: "No visit dates could be found within the program period",
      expert: "The expert could not continue",
      eligibility: "The program's conditions are no longer met",
      other: "Other reasons (please ask the secretariat)",
    }),
  },
});
