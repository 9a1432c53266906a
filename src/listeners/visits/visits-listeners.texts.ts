import { defineMessages } from "../../lib/i18n.js";

/** The `/visit` and `/desk case` commands as the help lists them. */
export const visitCommandTexts = defineMessages("visits.commands", {
  ja: {
    listSummary: "担当案件と次の対応を一覧する",
    scheduleUsage: "schedule [案件番号]",
    scheduleSummary: "訪問の予定を登録する",
    logUsage: "log [案件番号]",
    logSummary: "訪問の報告書（支援実施報告書）を書く・続きを書く",
    caseUsage: "case 案件番号",
    caseSummary: "案件ページ（訪問・報告書・成果物・謝金の経過）を開く",
    deskCaseSummary: "案件ページを開く（完了・途中終了もここから）",
    deliverableUsage: "deliverable [案件番号]",
    deliverableSummary: "成果物（基本方針・関連規定など）を提出する",
  },
  en: {
    listSummary: "List my cases and what to do next",
    scheduleUsage: "schedule [case number]",
    scheduleSummary: "Schedule a visit",
    logUsage: "log [case number]",
    logSummary: "Write or finish a visit report",
    caseUsage: "case <case number>",
    caseSummary: "Open a case page (timeline)",
    deskCaseSummary: "Open a case page (complete or terminate there)",
    deliverableUsage: "deliverable [case number]",
    deliverableSummary: "Hand in a deliverable",
  },
});

/** What the visits listeners answer in the conversation (people's text arrives escaped). */
export const visitReplyTexts = defineMessages("visits.replies", {
  ja: {
    caseUsage: "案件番号を指定してください（例: `/visit case 12`）。担当案件は `/visit list` で確認できます。",
    secretariatList:
      "事務局の方は `/desk case 案件番号` で案件ページを開けます。確認待ちの報告書は App ホームに表示されます。",
    nothingToSchedule: "いま予定を登録できる案件はありません（前の回の実施後に次の回を予定できます）。",
    whichCaseToSchedule: "どの案件の訪問を予定しますか？",
    whichCaseDeliverable: "どの案件の成果物を提出しますか？",
    deliverableAccepted: "成果物を受理しました。",
    nothingToWrite:
      "いま書ける報告書はありません。予定した訪問は予定日以降に書けます。確認待ちの報告書は事務局の確認をお待ちください。",
    whichVisitToWrite: "どの訪問の報告書を書きますか？",
    unplanned: (label: string) => `${label}（予定を登録せずに実施した訪問）`,
    draftTooLong: (problem: string) => `下書きは保存していません。長すぎる項目があります: ${problem}`,
    draftSaved: (at: string) => `下書きを保存しました（${at}）。閉じても \`/visit log\` から続きを書けます。`,
    draftSavedNotShown: (at: string) =>
      `下書きは保存しました（${at}）。画面の表示だけ更新できませんでした。\`/visit log\` からいつでも続きを書けます。`,
    lastRoundCompleted: " 最終回のため案件は完了になりました。",
    reportAccepted: (p: { caseId: number; company: string; round: string; amount: string; done: string }) =>
      `#${p.caseId} ${p.company} ${p.round}の報告書を受理しました（謝金 ${p.amount}円を計上）。${p.done}`,
    moreCases: (n: number) => `ほか ${n} 件は \`/visit list\` で確認できます。`,
    reviewHead: (n: number) => `確認待ちの報告書（${n}件）`,
    noReviews: "確認待ちの報告書はありません。",
    version: (n: number) => `第${n}版`,
    held: "実施日",
    accept: "受理する",
    return: "差し戻す（コメントを入力）",
    view: "全文を見る",
    moreReviews: (n: number) => `ほか ${n} 件（古い順に表示）`,
  },
  en: {
    caseUsage: "Give the case number (e.g. `/visit case 12`). `/visit list` shows your cases.",
    secretariatList:
      "Secretariat members open a case page with `/desk case <number>`; reports waiting for review are on the App Home.",
    nothingToSchedule:
      "No case can take a new visit now (the next round can be planned once the previous one is held).",
    whichCaseToSchedule: "Which case is the visit for?",
    whichCaseDeliverable: "Which case is the deliverable for?",
    deliverableAccepted: "Deliverable accepted.",
    nothingToWrite:
      "No report can be written now: a planned visit's report can be written from its day on, and reports waiting for review need nothing from you.",
    whichVisitToWrite: "Which visit is the report for?",
    unplanned: (label) => `${label} (held without a plan in the app)`,
    draftTooLong: (problem) => `The draft was not saved: a field is too long. ${problem}`,
    draftSaved: (at) => `Draft saved (${at}). You can close this and continue later with \`/visit log\`.`,
    draftSavedNotShown: (at) =>
      `Your draft is saved (${at}); only the form could not be refreshed. Continue any time with \`/visit log\`.`,
    lastRoundCompleted: " This was the last round: the case is completed.",
    reportAccepted: (p) =>
      `Accepted the report for ${p.round.toLowerCase()} of case #${p.caseId} (honorarium ¥${p.amount} payable).${p.done}`,
    moreCases: (n) => `${n} more: see \`/visit list\`.`,
    reviewHead: (n) => `Reports waiting for review (${n})`,
    noReviews: "No reports are waiting.",
    version: (n) => `v${n}`,
    held: "held",
    accept: "Accept",
    return: "Return (comment)",
    view: "View",
    moreReviews: (n) => `${n} more (oldest shown first)`,
  },
});
