import { defineMessages } from "../../../lib/i18n.js";

/** An expert's own weekly summary DM. */
export const expertSummaryTexts = defineMessages("digest.expertSummary", {
  ja: {
    title: (p: { from: string; until: string }) => `今週のまとめ（${p.from}〜${p.until}）`,
    counts: (p: { active: number; held: number; toWrite: number; returned: number }) =>
      `担当中の案件 *${p.active}件*・今週の訪問 *${p.held}件*・未提出の報告書 *${p.toWrite}件*・差し戻し *${p.returned}件*`,
    held: "今週の訪問",
    upcoming: "来週以降の予定（7日以内）",
    visitLine: (p: { day: string; company: string; round: number }) => `• ${p.day} ${p.company} 第${p.round}回`,
    stop: "このまとめは `/expert weekly off` で止められます。",
    text: (p: { active: number; held: number }) => `今週のまとめ: 担当中 ${p.active}件、今週の訪問 ${p.held}件`,
  },
  en: {
    title: (p) => `Your week (${p.from}–${p.until})`,
    counts: (p) =>
      `Active cases *${p.active}* · visits this week *${p.held}* · reports to submit *${p.toWrite}* · returned *${p.returned}*`,
    held: "Visits this week",
    upcoming: "Planned in the next 7 days",
    visitLine: (p) => `• ${p.day} ${p.company} visit ${p.round}`,
    stop: "Stop this summary with `/expert weekly off`.",
    text: (p) => `Your week: ${p.active} active cases, ${p.held} visits`,
  },
});
