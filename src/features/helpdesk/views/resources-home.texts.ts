import { defineMessages } from "../../../lib/i18n.js";

/** App Home "resources": materials, the curriculum, the deadlines. */
export const resourcesHomeTexts = defineMessages("helpdesk.resourcesHome", {
  ja: {
    round: (p: { round: number; title: string }) => `${p.round}回目: ${p.title}`,
    applications: (p: { from: string; until: string }) => `• 中小企業の申込受付: ${p.from}〜${p.until}`,
    lastVisit: (end: string) => `• 訪問指導の最終日: ${end}（事業期間の終了日）`,
    reports: (days: number) => `• 訪問報告書: 訪問日から ${days} 営業日以内に提出`,
    surveyReminders: (days: number) => `• アンケートのリマインド: 依頼から ${days} 営業日後（最大2回）`,
    head: "資料・カリキュラム・期限",
    materials: "資料（ひな形・診断シート）",
    curriculum: "指導カリキュラム（4回の訪問）",
    deadlines: "期限",
    faq: "よくある質問は `/desk faq 知りたいこと` で調べられます。解決しない場合はそのまま事務局に質問できます。",
  },
  en: {
    round: (p) => `Visit ${p.round}: ${p.title}`,
    applications: (p) => `• SME applications: ${p.from}–${p.until}`,
    lastVisit: (end) => `• Last day for visits: ${end} (end of the program)`,
    reports: (days) => `• Visit reports: due ${days} business days after the visit`,
    surveyReminders: (days) => `• Survey reminders: ${days} business days after the request (at most twice)`,
    head: "Resources, curriculum and deadlines",
    materials: "Materials (templates, self-check)",
    curriculum: "Curriculum (four visits)",
    deadlines: "Deadlines",
    faq: "Search the FAQ with `/desk faq your question`; if it does not help, you can ask the secretariat from there.",
  },
});
