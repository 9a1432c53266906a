import type { Locale } from "../../lib/i18n.js";
import { Layout } from "./layout.js";

export type HttpErrorStatus = 400 | 403 | 404 | 405 | 410 | 413 | 429 | 500;

const TEXT: Record<HttpErrorStatus, Record<Locale, { title: string; body: string[] }>> = {
  400: {
    ja: { title: "送信内容を読み取れませんでした", body: ["ページを開き直して、もう一度お試しください。"] },
    en: { title: "The request could not be read", body: ["Please open the page again and try once more."] },
  },
  403: {
    ja: {
      title: "フォームの有効期限が切れました",
      body: [
        "安全のため、このフォームは送信できませんでした。入力内容は保存されていません。",
        "ページを再読み込みして、もう一度入力・送信してください。",
      ],
    },
    en: {
      title: "The form has expired",
      body: [
        "For your security this form could not be sent. Nothing you entered was stored.",
        "Please reload the page, then fill it in and send it again.",
      ],
    },
  },
  404: {
    ja: {
      title: "ページが見つかりません",
      body: [
        "アドレスが正しいかご確認ください。",
        "メールでお送りしたリンクの場合は、有効期限が切れたか、新しいリンクが発行されています。最新のメールのリンクを開くか、事務局にお問い合わせください。",
      ],
    },
    en: {
      title: "Page not found",
      body: [
        "Please check the address.",
        "If you followed a link from our e-mail, it has expired or a newer link was issued: open the link in the latest mail or contact the secretariat.",
      ],
    },
  },
  405: {
    ja: { title: "この操作はできません", body: ["ページを開き直してください。"] },
    en: { title: "This action is not available", body: ["Please open the page again."] },
  },
  410: {
    ja: {
      title: "このリンクは使えません",
      body: [
        "メールでお送りしたリンクの有効期限が切れたか、新しいリンクが発行されています。最新のメールのリンクを開くか、事務局にお問い合わせください。",
      ],
    },
    en: {
      title: "This link no longer works",
      body: [
        "The link from our e-mail has expired or a newer link was issued: open the link in the latest mail or contact the secretariat.",
      ],
    },
  },
  413: {
    ja: {
      title: "送信内容が大きすぎます",
      body: ["入力内容を短くして、もう一度お試しください。"],
    },
    en: { title: "What you sent is too large", body: ["Please shorten what you entered and try again."] },
  },
  429: {
    ja: { title: "短い時間に送信が続きました", body: ["しばらく待ってから、もう一度お試しください。"] },
    en: { title: "Too many attempts in a short time", body: ["Please wait a while, then try again."] },
  },
  500: {
    ja: {
      title: "問題が発生しました",
      body: ["申し訳ありません。時間をおいて、もう一度お試しください。"],
    },
    en: { title: "Something went wrong", body: ["We are sorry. Please try again later."] },
  },
};

/** A plain, friendly error page: what happened and what to do, nothing else (no data, no detail). */
export function errorPage(status: HttpErrorStatus, locale: Locale, retryAfterSeconds?: number) {
  const t = TEXT[status][locale];
  const minutes = retryAfterSeconds ? Math.max(1, Math.ceil(retryAfterSeconds / 60)) : null;
  return (
    <Layout locale={locale} title={t.title}>
      <h1>{t.title}</h1>
      {t.body.map((line) => (
        <p>{line}</p>
      ))}
      {status === 429 && minutes ? (
        <p>
          {locale === "ja"
            ? `約${minutes}分後に再度お試しください。`
            : `Please try again in about ${minutes} minute(s).`}
        </p>
      ) : null}
    </Layout>
  );
}
