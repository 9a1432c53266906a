import { defineMessages } from "../../lib/i18n.js";

/** What the visit-report use cases refuse with (chosen before the reader is known: used with both()). */
export const visitReportErrors = defineMessages("visitReports.errors", {
  ja: {
    acceptWhat: "報告書の受理",
    returnWhat: "報告書の差戻し",
    listWhat: "確認待ちの報告書の一覧",
    returnCommentMissing: "差戻しの理由（修正してほしい点）を入力してください。",
    visitNotFound: "訪問が見つかりません。",
    reportNotFound: "報告書が見つかりません。",
    submittedWaiting: (round: number) => `第${round}回の報告書は提出済みで、事務局の確認待ちです。`,
    alreadyAccepted: (round: number) => `第${round}回の報告書はすでに受理されています。`,
    visitCancelled: (round: number) => `第${round}回の訪問は取り消されています。`,
    alreadyReviewed: (p: { version: number; status: string }) =>
      `この報告書（第${p.version}版）はすでに${p.status === "accepted" ? "受理済み" : p.status === "returned" ? "差戻し済み" : "確認できない状態"}です。変更はありません。`,
  },
  en: {
    acceptWhat: "accept reports",
    returnWhat: "return reports",
    listWhat: "list reports waiting for review",
    returnCommentMissing: "Enter what should be revised.",
    visitNotFound: "Visit not found.",
    reportNotFound: "Report not found.",
    submittedWaiting: (round) => `The report for visit ${round} is submitted and waiting for the secretariat's review.`,
    alreadyAccepted: (round) => `The report for visit ${round} has already been accepted.`,
    visitCancelled: (round) => `Visit ${round} was cancelled.`,
    alreadyReviewed: (p) =>
      `This report (version ${p.version}) is already ${p.status === "accepted" ? "accepted" : p.status === "returned" ? "returned" : "not reviewable"}; nothing was changed.`,
  },
});

/** The report form's problems, one per field (shown next to the field). */
export const reportFormErrors = defineMessages("visitReports.form", {
  ja: {
    attendeesMissing: "先方の出席者を入力してください。",
    coveredMissing: "実施したカリキュラム項目を1つ以上選んでください。",
    findingsMissing: "把握した課題・リスクを入力してください。",
    agreedActionsMissing: "合意した対策・次回までの宿題を入力してください。",
    nextVisitNotAfter: "次回訪問予定日は実施日より後の日にしてください。",
    totalOutOfRange: (max: number) => `合計点は0〜${max}の整数で入力してください。`,
    selfDiagnosisMissing: "自己診断の結果を、項目ごとに選ぶか合計点で入力してください。",
    unanswered: (list: string) =>
      `未回答の項目があります（${list}）。すべて選ぶか、項目を空にして合計点だけを入力してください。`,
    wrapUpMissing: "全体のまとめを入力してください。",
    finalScoreOutOfRange: (max: number) => `自己診断の合計点を0〜${max}の整数で入力してください。`,
    securityActionMissing: "SECURITY ACTION の宣言状況を選んでください。",
  },
  en: {
    attendeesMissing: "Enter who attended from the SME.",
    coveredMissing: "Choose at least one curriculum item covered.",
    findingsMissing: "Enter the findings and risks.",
    agreedActionsMissing: "Enter the actions agreed.",
    nextVisitNotAfter: "The next visit must be after this one.",
    totalOutOfRange: (max) => `Enter a whole number from 0 to ${max}.`,
    selfDiagnosisMissing: "Enter the self-diagnosis per item or as a total score.",
    unanswered: (list) => `Items ${list} are unanswered. Answer all of them, or clear them and enter only the total.`,
    wrapUpMissing: "Enter the wrap-up of the guidance.",
    finalScoreOutOfRange: (max) => `Enter a whole number from 0 to ${max}.`,
    securityActionMissing: "Choose the SECURITY ACTION status.",
  },
});
