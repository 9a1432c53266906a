import { defineMessages } from "../../lib/i18n.js";

/** What first-visit mediation refuses with (AppError texts, both languages through `both()`). */
export const firstVisitErrorTexts = defineMessages("first-visits.errors", {
  ja: {
    chooseMode: "訪問の方法を選んでください。",
    enterPlace: "訪問先の場所（住所や事業所名）を入力してください。",
    /** What only the secretariat does, as "…は事務局メンバーだけが行えます" names it. */
    recordAnswerTask: "SMEの回答の記録",
    listUnfixedTask: "未確定案件の一覧",
    chooseProposedDate: "提案した候補日から選んでください。",
    datePassed: "この候補日はすでに過ぎています。別の候補日を提案し直してください。",
    othersNote: "都合が合わない場合は、SMEの希望（都合のよい曜日・時間帯など）を入力してください。",
    chooseChannel: "回答を受けた方法を選んでください。",
    chooseAnswer: "SMEが選んだ日時か「都合が合わない」を選んでください。",
    proposalNotFound: "候補日の提案が見つかりません。",
    alreadyPlanned: (caseId: number) =>
      `案件 #${caseId} の第1回の訪問はすでに登録されています。日程を変える場合は案件ページの「日程変更」を使ってください。`,
    alreadyConfirmed: (option: number | null) =>
      `この提案はすでに確定しています（${option ? `候補${option}` : "確定済み"}）。日程を変える場合は案件ページの「日程変更」を使ってください。`,
    alreadyDeclined: "この提案にはすでに「都合が合わない」と回答済みです。新しい候補日の提案をお待ちください。",
    superseded: "この候補日は新しい提案に置き換えられています。最新の提案から選んでください。",
    closed: "第1回の訪問がすでに登録されたため、この提案は終了しています。",
  },
  en: {
    chooseMode: "Choose on site or online.",
    enterPlace: "Enter where the visit takes place.",
    recordAnswerTask: "record the SME's answer",
    listUnfixedTask: "list cases without a fixed first visit",
    chooseProposedDate: "Choose one of the proposed dates.",
    datePassed: "This date has already passed; propose new dates.",
    othersNote: "When none fits, enter what the SME would prefer (days, times).",
    chooseChannel: "Choose how the answer came.",
    chooseAnswer: "Choose the date the SME picked, or “None fits”.",
    proposalNotFound: "Proposal not found.",
    alreadyPlanned: (caseId) =>
      `Visit 1 of case #${caseId} is already planned; use “Reschedule” on the case page to move it.`,
    alreadyConfirmed: (option) =>
      `This proposal is already confirmed${option ? ` (date ${option})` : ""}. To move the visit, use “Reschedule” on the case page.`,
    alreadyDeclined: "The SME already asked for other dates for this proposal; wait for the new proposal.",
    superseded: "These dates were replaced by a newer proposal; answer the latest one.",
    closed: "Visit 1 was already scheduled, so this proposal is closed.",
  },
});
