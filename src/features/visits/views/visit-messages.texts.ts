import { defineMessages } from "../../../lib/i18n.js";

/**
 * The visits feature's messages. `title` is a case title (案件 #3 …, escaped), `round` a round label
 * (第2回 / Visit 2), `when` a day or instant already formatted; people's text arrives escaped.
 */
export const visitMessageTexts = defineMessages("visits.messages", {
  ja: {
    dateNotSet: "日付未定",
    caseTitle: (p: { id: number; company: string }) => `案件 #${p.id} ${p.company}`,
    scheduled: (p: { title: string; round: string; when: string; mode: string; place: string | null }) =>
      `${p.title} の${p.round}訪問を登録しました: ${p.when}（${p.mode}${p.place ? `・${p.place}` : ""}）`,
    rescheduled: (p: { title: string; round: string; when: string; reason: string }) =>
      `${p.title} の${p.round}訪問の日程を ${p.when} に変更しました。理由: ${p.reason}`,
    cancelled: (p: { title: string; round: string; reason: string }) =>
      `${p.title} の${p.round}訪問を取り消しました。理由: ${p.reason}`,
    stepSchedule: (round: string) => `${round}の訪問を予定してください`,
    stepUpcoming: (p: { round: string; day: string | null }) => `${p.round}: ${p.day ?? "日付未定"} に予定`,
    stepWriteReport: (p: { round: string; due: string | null; draft: boolean }) =>
      `${p.round}の報告書を書いてください${p.due ? `（期限 ${p.due}）` : ""}${p.draft ? "・下書きあり" : ""}`,
    stepRevise: (round: string) => `${round}の報告書が差し戻されました。修正してください`,
    stepInReview: (round: string) => `${round}の報告書は事務局の確認待ちです`,
    noCases: "担当中の案件はありません。事務局がマッチングを承認すると、ここに表示されます。",
    casesHead: (n: number) => `担当中の案件（${n}件）`,
    nothingToDo: "• 次の対応はありません",
    more: (n: number) => `ほか ${n} 件`,
    nothingToChoose: "対象がありません。",
    heldRecorded: (p: { title: string; round: string; day: string; due: string }) =>
      `${p.title} の${p.round}訪問を実施済みにしました（${p.day}）。報告書の期限は ${p.due} です。`,
  },
  en: {
    dateNotSet: "date not set",
    caseTitle: (p) => `Case #${p.id} ${p.company}`,
    scheduled: (p) =>
      `${p.title}: ${p.round.toLowerCase()} planned for ${p.when} (${p.mode}${p.place ? `, ${p.place}` : ""})`,
    rescheduled: (p) => `${p.title}: ${p.round.toLowerCase()} moved to ${p.when}. Reason: ${p.reason}`,
    cancelled: (p) => `${p.title}: ${p.round.toLowerCase()} cancelled. Reason: ${p.reason}`,
    stepSchedule: (round) => `Schedule ${round.toLowerCase()}`,
    stepUpcoming: (p) => `${p.round}: planned for ${p.day ?? "a date to be set"}`,
    stepWriteReport: (p) =>
      `Write the report for ${p.round.toLowerCase()}${p.due ? ` (due ${p.due})` : ""}${p.draft ? ", draft saved" : ""}`,
    stepRevise: (round) => `The report for ${round.toLowerCase()} was returned; revise it`,
    stepInReview: (round) => `The report for ${round.toLowerCase()} is waiting for review`,
    noCases: "You have no active cases. They appear here once the secretariat approves a matching.",
    casesHead: (n) => `Your active cases (${n})`,
    nothingToDo: "• Nothing to do now",
    more: (n) => `${n} more`,
    nothingToChoose: "There is nothing to choose.",
    heldRecorded: (p) =>
      `${p.title}: ${p.round.toLowerCase()} recorded as held on ${p.day}. The report is due ${p.due}.`,
  },
});
