import { defineMessages } from "../../lib/i18n.js";

/** Who may see or change a case (chosen before the reader is known: used with both()). */
export const caseAccessErrors = defineMessages("cases.access", {
  ja: {
    caseNotFound: "案件が見つかりません。",
    noProgram: "事業が未設定です。`desk program set` で事業期間を登録してください。",
    notYourCase: (caseId: number) => `案件 #${caseId} はあなたの担当ではありません。`,
    onlyNamedExpertWrites: (p: { caseId: number; expert: string }) =>
      `案件 #${p.caseId} の報告書は担当の専門家（${p.expert} さん）だけが書けます。`,
    onlyExpertWrites: (caseId: number) => `案件 #${caseId} の報告書は担当の専門家だけが書けます。`,
    caseClosed: (p: { caseId: number; completed: boolean }) =>
      `案件 #${p.caseId} は${p.completed ? "完了" : "終了"}しています。`,
    secretariatOnly: (what: string) => `${what}は事務局メンバーだけが行えます。`,
  },
  en: {
    caseNotFound: "Case not found.",
    noProgram: "No program is set up yet. Run `desk program set` to create one.",
    notYourCase: (caseId) => `Case #${caseId} is not assigned to you.`,
    onlyNamedExpertWrites: (p) => `Only the case's expert (${p.expert}) writes the reports of case #${p.caseId}.`,
    onlyExpertWrites: (caseId) => `Only the case's expert writes the reports of case #${caseId}.`,
    caseClosed: (p) => `Case #${p.caseId} is ${p.completed ? "completed" : "closed"}.`,
    secretariatOnly: (what) => `Only secretariat members can ${what}.`,
  },
});

/** What completing, terminating and handing in refuse with (used with both()). */
export const caseErrors = defineMessages("cases.errors", {
  ja: {
    closeWhat: "案件の完了・終了",
    completeWhat: "案件の完了",
    terminateWhat: "案件の途中終了",
    reportNotAccepted: (p: { round: number; caseId: number }) =>
      `第${p.round}回の報告書が受理されていないため、案件 #${p.caseId} を完了にできません。途中で終える場合は「途中終了」を使ってください。`,
    lastRoundHeld: (round: number) => `第${round}回は実施済みです。その報告書を受理すると案件は完了します。`,
    categoryUnknown: "理由の区分を一覧から選んでください。",
    reasonMissing: "理由を入力してください。",
    acceptDeliverableWhat: "成果物の受理",
    returnDeliverableWhat: "成果物の差戻し",
    kindMissing: "種類を選んでください。",
    linkNotHttp: "リンクは http:// または https:// で始まるURLにしてください。",
    fileOrLinkMissing: "ファイルを添付するか、リンクを入力してください。",
    deliverableCommentMissing: "差戻しの理由を入力してください。",
    deliverableNotFound: "成果物が見つかりません。",
    deliverableDecided: (status: string) =>
      `この成果物はすでに${status === "accepted" ? "受理" : "差戻し"}済みです。変更はありません。`,
  },
  en: {
    closeWhat: "complete or terminate cases",
    completeWhat: "complete cases",
    terminateWhat: "terminate cases",
    reportNotAccepted: (p) =>
      `Visit ${p.round}'s report of case #${p.caseId} is not accepted, so it cannot be completed. Use “Terminate” to end it early.`,
    lastRoundHeld: (round) => `Visit ${round} was held; accepting its report completes the case.`,
    categoryUnknown: "Choose a reason category from the list.",
    reasonMissing: "Enter the reason.",
    acceptDeliverableWhat: "accept deliverables",
    returnDeliverableWhat: "return deliverables",
    kindMissing: "Choose the kind.",
    linkNotHttp: "The link must be an http(s) URL.",
    fileOrLinkMissing: "Attach a file or enter a link.",
    deliverableCommentMissing: "Enter what should be revised.",
    deliverableNotFound: "Deliverable not found.",
    deliverableDecided: (status) => `This deliverable is already ${status}; nothing was changed.`,
  },
});
