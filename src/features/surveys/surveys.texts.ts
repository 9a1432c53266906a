import { defineMessages } from "../../lib/i18n.js";

/** What the surveys service refuses, the answers' field errors, and the command's help. */
export const surveyServiceTexts = defineMessages("surveys.service", {
  ja: {
    closed: "このアンケートは締め切られました。回答の追加・変更はできません。",
    notFound: "このアンケートは見つかりません。",
    caseNotFound: (caseId: number) => `案件 #${caseId} は見つかりません。`,
    caseNotCompleted: (caseId: number) => `案件 #${caseId} はまだ完了していないため、アンケートはありません。`,
    brokenQuestions: (audience: string) =>
      `${audience} のアンケート設問が壊れています。\`desk survey import-questions\` で設問を読み込み直してください。`,
    required: "回答を選んでください。",
    unknown: "選択肢にない回答です。",
    tooLong: (limit: number) => `${limit}文字以内で入力してください。`,
    usage:
      "使い方: `/desk survey`（自分へのアンケート）、事務局: `/desk survey status`、`/desk survey enter 案件番号 [expert]`（紙などで受け取った回答の代理入力）、`/desk survey close [expert|sme|案件番号]`",
    commandSummary: "自分へのアンケートに回答する（事務局: 回収状況・代理入力・締切）",
    closedSurveys: (p: { answered: number; unanswered: number }) =>
      `アンケートを締め切りました（回答済み ${p.answered} 件、未回答のまま締切 ${p.unanswered} 件）。以後の回答・変更は受け付けません。`,
    enteredChanged: "アンケートの回答を代理入力しました（変更）。",
    enteredNew: "アンケートの回答を代理入力しました（新規）。",
  },
  en: {
    closed: "This survey is closed; answers can no longer be added or changed.",
    notFound: "Survey not found.",
    caseNotFound: (caseId) => `Case #${caseId} was not found.`,
    caseNotCompleted: (caseId) => `Case #${caseId} is not completed yet, so it has no survey.`,
    brokenQuestions: (audience) =>
      `The ${audience} survey questions are invalid; re-import them with \`desk survey import-questions\`.`,
    required: "Please choose an answer.",
    unknown: "This is not one of the choices.",
    tooLong: (limit) => `Keep this under ${limit} characters.`,
    usage:
      "Usage: `/desk survey` (your surveys); secretariat: `/desk survey status`, `/desk survey enter CASE [expert]` (enter an answer received on paper), `/desk survey close [expert|sme|CASE]`",
    commandSummary: "Answer your surveys (secretariat: status, entry on behalf, closing)",
    closedSurveys: (p) =>
      `Closed the surveys (${p.answered} answered, ${p.unanswered} closed without an answer). No further answers or changes are accepted.`,
    enteredChanged: "The survey answer was entered (changed).",
    enteredNew: "The survey answer was entered (new).",
  },
});
