import { defineMessages } from "../../../lib/i18n.js";

/** The digest's at-risk details for the secretariat channel (posted in Japanese). */
export const riskMessageTexts = defineMessages("digest.risk", {
  ja: {
    title: (p: { weekEnd: string; count: number }) =>
      `週次ダイジェスト ～${p.weekEnd}: 終了日に間に合わないおそれのある案件 ${p.count}件`,
    explain: (endDate: string) =>
      `事業終了日 ${endDate}。残りの訪問を最短1週間おきに行っても終了日を過ぎる案件です。専門家と日程を確認してください。`,
  },
  en: {
    title: (p) => `Weekly digest to ${p.weekEnd}: ${p.count} cases at risk of missing the end date`,
    explain: (endDate) =>
      `The program ends ${endDate}. These cases pass that date even with a visit every week from now: check the dates with their experts.`,
  },
});
