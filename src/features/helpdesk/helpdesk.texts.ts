import { defineMessages } from "../../lib/i18n.js";

/** What the help desk refuses or needs, the FAQ form's field errors, and the command's help. */
export const helpdeskTexts = defineMessages("helpdesk.service", {
  ja: {
    faqNotFound: (id: number) => `FAQ #${id} は見つかりません。`,
    ticketNotFound: "問い合わせが見つかりません。",
    questionRequired: "質問を入力してください。",
    answerRequired: "回答を入力してください。",
    alreadyAnswered: (p: { id: number; by: string | null }) => `問い合わせ #${p.id} は <@${p.by}> さんが回答済みです。`,
    required: "入力してください。",
    tooLong: "長すぎます。短くしてください。",
    words: "知りたいこと",
    commandSummary: "よくある質問を調べる（解決しなければ事務局に質問）",
    faqDeleted: (id: number) => `FAQ #${id} を削除しました。`,
    ticketAnswered: (id: number) => `問い合わせ #${id} に回答し、質問者に送りました。`,
    addedToFaq: (id: number) => `FAQ #${id} に追加しました。`,
  },
  en: {
    faqNotFound: (id) => `FAQ #${id} was not found.`,
    ticketNotFound: "Question not found.",
    questionRequired: "Enter your question.",
    answerRequired: "Enter the answer.",
    alreadyAnswered: (p) => `Question #${p.id} was already answered by <@${p.by}>.`,
    required: "Please fill this in.",
    tooLong: "This is too long; please shorten it.",
    words: "words",
    commandSummary: "Search the FAQ (and ask the secretariat if it does not help)",
    faqDeleted: (id) => `Deleted FAQ #${id}.`,
    ticketAnswered: (id) => `Answered question #${id}; the asker was told.`,
    addedToFaq: (id) => ` Added as FAQ #${id}.`,
  },
});
