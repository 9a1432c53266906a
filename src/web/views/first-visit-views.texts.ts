import { defineMessages } from "../../lib/i18n.js";

/** The SME's first-visit answers on its page, the pages after them, and the routes' refusals. */
export const firstVisitWebTexts = defineMessages("web.first-visit", {
  ja: {
    choicesTitle: "初回訪問の日程をお選びください",
    choicesIntro: (expert: string) =>
      `担当の専門家 ${expert} 様との初回訪問の候補日です。ご都合のよい日時の「この日時で確定する」を押してください。`,
    how: "方法",
    noteFromExpert: "専門家からのメモ",
    option: (n: number) => `候補${n}: `,
    confirmButton: "この日時で確定する",
    noneFitsTitle: "どの日程も都合が合わない",
    noteLabel: "ご都合のよい日時やご希望",
    noteHint: (limit: number) => `例: 火曜か木曜の午後、11月後半なら終日可。${limit}文字まで。`,
    errorPrefix: "エラー: ",
    askOthersButton: "別の日程を依頼する",
    back: "お申込みのページに戻る",
    answerTitle: "初回訪問の日程",
    notRecorded: "ご回答を記録できませんでした",
    noDatesWaiting: "いまご回答いただける候補日はありません。",
    confirmedTitle: (p: { round: number; when: string }) => `第${p.round}回訪問を ${p.when} に確定しました`,
    confirmedBody: (expert: string) =>
      `担当の専門家 ${expert} 様と事務局にお伝えしました。確定のお知らせをメールでもお送りします。`,
    when: "日時",
    yourExpert: "担当の専門家",
    addToCalendar: "カレンダーに登録する（.ics ファイル）",
    tellIfUnsuitable: "ご都合が悪くなった場合は、お早めに事務局または専門家にご連絡ください。",
    requestedTitle: "別の日程のご希望をお伝えしました",
    requestedBody: (expert: string) =>
      `担当の専門家 ${expert} 様と事務局にお伝えしました。新しい候補日が決まりましたらメールでご案内します。`,
    passedWishes: "お伝えしたご希望",
    unreadableDate: "選んだ日時を読み取れませんでした。もう一度お選びください。",
    unreadableAnswer: "回答する提案を読み取れませんでした。もう一度お試しください。",
    noteMissing: "ご都合のよい日時やご希望を入力してください。",
    noteTooLong: (p: { limit: number; length: number }) =>
      `ご希望は${p.limit}文字以内で入力してください（いま${p.length}文字）。`,
  },
  en: {
    choicesTitle: "Choose the date of your first visit",
    choicesIntro: (expert) =>
      `These are the proposed dates for your first visit with ${expert}. Press “Confirm this date” under the one that suits you.`,
    how: "How",
    noteFromExpert: "Note from the expert",
    option: (n) => `Date ${n}: `,
    confirmButton: "Confirm this date",
    noneFitsTitle: "None of these dates suits me",
    noteLabel: "Days and times that suit you",
    noteHint: (limit) => `e.g. Tuesday or Thursday afternoons; any day in late November. Up to ${limit} characters.`,
    errorPrefix: "Error: ",
    askOthersButton: "Ask for other dates",
    back: "Back to your application page",
    answerTitle: "Your first visit's date",
    notRecorded: "Your answer was not recorded",
    noDatesWaiting: "There are no proposed dates waiting for your answer now.",
    confirmedTitle: (p) => `Visit ${p.round} is confirmed for ${p.when}`,
    confirmedBody: (expert) =>
      `Your expert, ${expert}, and the secretariat have been told. We also send you a confirmation by e-mail.`,
    when: "When",
    yourExpert: "Your expert",
    addToCalendar: "Add to your calendar (.ics file)",
    tellIfUnsuitable: "If the date no longer suits you, please tell the secretariat or the expert as soon as possible.",
    requestedTitle: "We have passed on your wishes",
    requestedBody: (expert) =>
      `Your expert, ${expert}, and the secretariat have been told. We will e-mail you the new dates.`,
    passedWishes: "Your wishes",
    unreadableDate: "We could not read the date you chose; please choose again.",
    unreadableAnswer: "We could not read your answer; please try again.",
    noteMissing: "Enter the days and times that suit you.",
    noteTooLong: (p) => `Keep your wishes to ${p.limit} characters (now ${p.length}).`,
  },
});
