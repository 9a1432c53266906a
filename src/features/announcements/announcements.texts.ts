import { defineMessages } from "../../lib/i18n.js";

/** What `/desk announce` answers outside its views: form errors, refusals, the command's help. */
export const announceTexts = defineMessages("announcements.common", {
  ja: {
    required: "入力してください。",
    tooLong: "長すぎます。短くしてください。",
    segment: "宛先を選んでください。",
    area: "「地域・都道府県の専門家」には地域か都道府県を選んでください。",
    smeStatus: "「状況別の指導先企業」には申込みの状況を選んでください。",
    nobody: "この宛先に当てはまる人はいません。宛先を変えてください。",
    confirm: "送信する場合はチェックを入れてください。",
    notFound: (id: number) => `お知らせ #${id} は見つかりません。`,
    alreadySent: (id: number) => `お知らせ #${id} は送信済みです。変更はできません。`,
    notSentYet: (id: number) => `お知らせ #${id} はまだ送信されていません。`,
    stillSending: (id: number) => `お知らせ #${id} は送信中です。終わってから実行してください。`,
    noProgram: "プログラムが設定されていません。",
    mailOff:
      "メール送信が設定されていません（PUBLIC_BASE_URL・LINK_SECRET・MAIL_FROM）。設定してから実行してください。",
    commandSummary: "専門家・指導先企業へのお知らせ（宛先を選び、人数とプレビューを確認して送信）",
  },
  en: {
    required: "Please fill this in.",
    tooLong: "This is too long; please shorten it.",
    segment: "Choose who it goes to.",
    area: "Choose a region or prefecture for “experts in a region or prefecture”.",
    smeStatus: "Choose an application status for “SMEs by status”.",
    nobody: "Nobody matches these recipients; choose others.",
    confirm: "Tick the box to send.",
    notFound: (id) => `Announcement #${id} was not found.`,
    alreadySent: (id) => `Announcement #${id} has been sent; it cannot change.`,
    notSentYet: (id) => `Announcement #${id} has not been sent.`,
    stillSending: (id) =>
      `Announcement #${id} is still being sent; run this once it is done (desk announce resume ${id}).`,
    noProgram: "No program is set up.",
    mailOff: "E-mail is not configured (PUBLIC_BASE_URL, LINK_SECRET and MAIL_FROM); configure it first.",
    commandSummary: "Send an announcement to experts or SMEs (choose recipients, check the count and preview, send)",
  },
});
