import { defineMessages } from "../../../lib/i18n.js";

/** The secretariat channel's daily reminder (posted in Japanese). */
export const secretariatReminderTexts = defineMessages("reminders.secretariat", {
  ja: {
    more: (n: number) => `\n…ほか ${n} 件`,
    atRisk: (p: {
      id: number;
      company: string;
      expert: string;
      remaining: number;
      next: string | null;
      finish: string;
    }) =>
      `• 案件#${p.id} ${p.company}（専門家 ${p.expert}）残り${p.remaining}回・次回${p.next ? ` ${p.next}` : "未定"} → 最短でも ${p.finish} 完了`,
    header: (day: string) => `事務局リマインド（${day}）`,
    count: (p: { title: string; count: number }) => `${p.title} ${p.count}件`,
    queueHead: (p: { title: string; count: number }) => `*${p.title}* ${p.count}件`,
    toScreen: "審査待ちの申込み",
    toScreenLine: (p: { id: number; company: string; day: string }) => `• 申込#${p.id} ${p.company}（${p.day}受付）`,
    staleProposals: (days: number) => `企業の選択待ちが${days}日を超えた候補提示`,
    staleProposalLine: (p: { id: number; company: string; day: string }) =>
      `• 申込#${p.id} ${p.company}（${p.day}に提示）`,
    toApprove: "承認待ちのマッチング",
    toApproveLine: (p: { id: number; company: string; day: string | null }) =>
      `• 申込#${p.id} ${p.company}${p.day ? `（${p.day}に選択）` : ""}`,
    toReview: "確認待ちの報告書",
    toReviewLine: (p: { id: number; company: string; round: number; day: string | null }) =>
      `• 案件#${p.id} ${p.company} 第${p.round}回${p.day ? `（${p.day}提出）` : ""}`,
    atRiskCount: (n: number) => `終了日に間に合わないおそれ ${n}件`,
    atRiskHead: (p: { end: string; count: number }) =>
      `*事業終了日（${p.end}）に間に合わないおそれのある案件* ${p.count}件`,
    payableCount: (n: number) => `未払いの謝金 ${n}件`,
    payable: (p: { count: number; yen: string; experts: number }) =>
      `*未払いの謝金* ${p.count}件 ${p.yen}（専門家 ${p.experts}名）`,
    openTickets: "未回答の問い合わせ",
    footer: "毎営業日に未処理の項目だけをお知らせします。",
    text: (parts: string[]) => `事務局リマインド: ${parts.join("、")}`,
  },
  en: {
    more: (n) => `\n…and ${n} more`,
    atRisk: (p) =>
      `• Case #${p.id} ${p.company} (expert ${p.expert}) ${p.remaining} left, next ${p.next ? ` ${p.next}` : "not set"} → done ${p.finish} at the earliest`,
    header: (day) => `Secretariat reminders (${day})`,
    count: (p) => `${p.title}: ${p.count}`,
    queueHead: (p) => `*${p.title}* ${p.count}`,
    toScreen: "Applications to screen",
    toScreenLine: (p) => `• Application #${p.id} ${p.company} (received ${p.day})`,
    staleProposals: (days) => `Proposals waiting for the company's choice over ${days} days`,
    staleProposalLine: (p) => `• Application #${p.id} ${p.company} (proposed ${p.day})`,
    toApprove: "Matches to approve",
    toApproveLine: (p) => `• Application #${p.id} ${p.company}${p.day ? ` (chosen ${p.day})` : ""}`,
    toReview: "Reports to review",
    toReviewLine: (p) => `• Case #${p.id} ${p.company} visit ${p.round}${p.day ? ` (submitted ${p.day})` : ""}`,
    atRiskCount: (n) => `at risk of missing the end date ${n}`,
    atRiskHead: (p) => `*Cases at risk of missing the program's end (${p.end})* ${p.count}`,
    payableCount: (n) => `unpaid honoraria ${n}`,
    payable: (p) => `*Unpaid honoraria* ${p.count} ${p.yen} (${p.experts} experts)`,
    openTickets: "Unanswered questions",
    footer: "Each business day, only the items still open are listed.",
    text: (parts) => `Secretariat reminders: ${parts.join(", ")}`,
  },
});
