import { defineMessages } from "../../../lib/i18n.js";

/** The visits feature's buttons, which any message may carry (`round` is a round label: 第2回 / Visit 2). */
export const visitButtonTexts = defineMessages("visits.buttons", {
  ja: {
    scheduleNext: (round: string | null) => `${round ? `${round}の` : "次の"}訪問を予定する`,
    writeReport: (p: { round: string; draft: boolean }) =>
      `${p.round}の報告書を${p.draft ? "仕上げる（下書きあり）" : "書く"}`,
    writeUnplanned: (round: string) => `予定なしで実施した${round}を記録`,
    revise: "報告書を修正する",
    openCase: "案件ページを開く",
    held: "実施済みにする",
    reschedule: "日程変更",
    cancel: "取り消す",
    addDeliverable: "成果物を提出",
  },
  en: {
    scheduleNext: (round) => `Schedule ${round ? round.toLowerCase() : "the next visit"}`,
    writeReport: (p) =>
      `${p.draft ? "Finish" : "Write"} the report${p.round ? ` for ${p.round.toLowerCase()}` : ""}${p.draft ? " (draft saved)" : ""}`,
    writeUnplanned: (round) => `Log ${round.toLowerCase()} held without a plan`,
    revise: "Revise the report",
    openCase: "Open the case page",
    held: "Mark as held",
    reschedule: "Reschedule",
    cancel: "Cancel visit",
    addDeliverable: "Hand in a deliverable",
  },
});
