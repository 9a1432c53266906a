import { defineMessages } from "../../../lib/i18n.js";

/**
 * The report DMs, the return modal and the read-only report (`title` a case title, `round` a round
 * label; dates and amounts arrive formatted, people's text escaped).
 */
export const reportMessageTexts = defineMessages("visitReports.messages", {
  ja: {
    listSeparator: "、",
    unknownItems: (n: number) => `・わからない ${n}項目`,
    score: (p: { total: number; max: number; categories: string; unknown: string }) =>
      `自己診断: *${p.total}/${p.max}点*${p.categories ? `（${p.categories}）` : "（合計点のみ）"}${p.unknown}`,
    finalLine: (p: { score: number | null; action: string }) =>
      `再診断の合計点: *${p.score}点* ・ SECURITY ACTION: *${p.action}*`,
    received: (p: { title: string; round: string; version: number }) =>
      `${p.title} の${p.round}の報告書（第${p.version}版）を提出しました。事務局の確認結果をお知らせします。`,
    accepted: (p: { title: string; round: string; amount: string }) =>
      `${p.title} の${p.round}の報告書が受理されました。謝金 ${p.amount} を計上しました（支払待ち）。`,
    returned: (p: { title: string; round: string }) =>
      `${p.title} の${p.round}の報告書が差し戻されました。修正して再提出してください。`,
    comment: "コメント",
    secretariatComment: "事務局からのコメント",
    returnTitle: "報告書の差戻し",
    returnSubmit: "差し戻す",
    cancel: "キャンセル",
    returnWhat: (p: { title: string; round: string; version: number }) =>
      `*${p.title}* ${p.round}の報告書（第${p.version}版）を差し戻します。コメントは専門家に届きます。`,
    whatToRevise: "修正してほしい点",
    version: (n: number) => `第${n}版`,
    draftVersion: "この版はまだ提出されていません（下書き）。",
    heldOn: "実施日",
    duration: "所要時間",
    minutes: (n: number) => `${n}分`,
    attendees: "先方の出席者",
    nextVisit: "次回訪問予定日",
    covered: "実施したカリキュラム項目",
    findings: "把握した課題・リスク",
    agreedActions: "合意した対策・宿題",
    handed: "お渡しした成果物",
    wrapUp: "全体のまとめ",
    returnComment: "差戻しコメント",
    viewTitle: "支援実施報告書",
    close: "閉じる",
  },
  en: {
    listSeparator: ", ",
    unknownItems: (n) => `, ${n} unknown`,
    score: (p) =>
      `Self-diagnosis: *${p.total}/${p.max}*${p.categories ? ` (${p.categories})` : " (total only)"}${p.unknown}`,
    finalLine: (p) => `Score again: *${p.score}* · SECURITY ACTION: *${p.action}*`,
    received: (p) =>
      `Submitted the report for ${p.round.toLowerCase()} of ${p.title} (version ${p.version}). We will tell you the secretariat's decision.`,
    accepted: (p) =>
      `The report for ${p.round.toLowerCase()} of ${p.title} was accepted. An honorarium of ${p.amount} is now payable.`,
    returned: (p) => `The report for ${p.round.toLowerCase()} of ${p.title} was returned for revision.`,
    comment: "Comment",
    secretariatComment: "The secretariat's comment",
    returnTitle: "Return a report",
    returnSubmit: "Return",
    cancel: "Cancel",
    returnWhat: (p) =>
      `Return the report for ${p.round.toLowerCase()} of *${p.title}* (version ${p.version}). The expert receives your comment.`,
    whatToRevise: "What should be revised",
    version: (n) => `version ${n}`,
    draftVersion: "This version is a draft and has not been submitted.",
    heldOn: "Held on",
    duration: "Duration",
    minutes: (n) => `${n} min`,
    attendees: "Attendees",
    nextVisit: "Next visit",
    covered: "Items covered",
    findings: "Findings and risks",
    agreedActions: "Actions agreed",
    handed: "Deliverables handed over",
    wrapUp: "Wrap-up",
    returnComment: "Return comment",
    viewTitle: "Visit report",
    close: "Close",
  },
});

/** The secretariat channel's review message: always in Japanese (posted once for the whole channel). */
export const reportReviewTexts = defineMessages("visitReports.review", {
  ja: {
    head: (status: string) => `支援実施報告書 — ${status}`,
    case: "案件",
    expert: "専門家",
    round: "回",
    heldOn: "実施日",
    heldOnValue: (p: { day: string; minutes: number }) => `${p.day}（${p.minutes}分）`,
    version: "版",
    versionValue: (n: number) => `第${n}版`,
    due: "提出期限",
    findings: "把握した課題・リスク",
    agreedActions: "合意した対策",
    comment: (comment: string) => `\nコメント: ${comment}`,
    viewAll: "全文を見る",
    accept: "受理する",
    return: "差し戻す（コメントを入力）",
    text: (p: { status: string; caseId: number; company: string; round: string; version: number }) =>
      `支援実施報告書（${p.status}）: #${p.caseId} ${p.company} ${p.round} 第${p.version}版`,
  },
  en: {
    head: (status) => `Visit report — ${status}`,
    case: "Case",
    expert: "Expert",
    round: "Round",
    heldOn: "Held on",
    heldOnValue: (p) => `${p.day} (${p.minutes} min)`,
    version: "Version",
    versionValue: (n) => `v${n}`,
    due: "Due",
    findings: "Findings and risks",
    agreedActions: "Actions agreed",
    comment: (comment) => `\nComment: ${comment}`,
    viewAll: "View all",
    accept: "Accept",
    return: "Return (enter a comment)",
    text: (p) => `Visit report (${p.status}): #${p.caseId} ${p.company} ${p.round} v${p.version}`,
  },
});
