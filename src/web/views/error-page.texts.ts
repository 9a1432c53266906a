import { defineMessages } from "../../lib/i18n.js";

/** The plain error pages: what happened and what to do. */
export const errorPageTexts = defineMessages("web.error", {
  ja: {
    title400: "送信内容を読み取れませんでした",
    body400: "ページを開き直して、もう一度お試しください。",
    title403: "フォームの有効期限が切れました",
    body403a: "安全のため、このフォームは送信できませんでした。入力内容は保存されていません。",
    body403b: "ページを再読み込みして、もう一度入力・送信してください。",
    title404: "ページが見つかりません",
    body404a: "アドレスが正しいかご確認ください。",
    body404b:
      "メールでお送りしたリンクの場合は、有効期限が切れたか、新しいリンクが発行されています。最新のメールのリンクを開くか、事務局にお問い合わせください。",
    title405: "この操作はできません",
    body405: "ページを開き直してください。",
    title410: "このリンクは使えません",
    body410:
      "メールでお送りしたリンクの有効期限が切れたか、新しいリンクが発行されています。最新のメールのリンクを開くか、事務局にお問い合わせください。",
    title413: "送信内容が大きすぎます",
    body413: "入力内容を短くして、もう一度お試しください。",
    title429: "短い時間に送信が続きました",
    body429: "しばらく待ってから、もう一度お試しください。",
    title500: "問題が発生しました",
    body500: "申し訳ありません。時間をおいて、もう一度お試しください。",
    retryIn: (minutes: number) => `約${minutes}分後に再度お試しください。`,
  },
  en: {
    title400: "The request could not be read",
    body400: "Please open the page again and try once more.",
    title403: "The form has expired",
    body403a: "For your security this form could not be sent. Nothing you entered was stored.",
    body403b: "Please reload the page, then fill it in and send it again.",
    title404: "Page not found",
    body404a: "Please check the address.",
    body404b:
      "If you followed a link from our e-mail, it has expired or a newer link was issued: open the link in the latest mail or contact the secretariat.",
    title405: "This action is not available",
    body405: "Please open the page again.",
    title410: "This link no longer works",
    body410:
      "The link from our e-mail has expired or a newer link was issued: open the link in the latest mail or contact the secretariat.",
    title413: "What you sent is too large",
    body413: "Please shorten what you entered and try again.",
    title429: "Too many attempts in a short time",
    body429: "Please wait a while, then try again.",
    title500: "Something went wrong",
    body500: "We are sorry. Please try again later.",
    retryIn: (minutes) => `Please try again in about ${minutes} minute(s).`,
  },
});
