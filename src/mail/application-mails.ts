import { formatSlashDate } from "../lib/dates.js";
import type { Locale } from "../lib/i18n.js";
import { composeMail, type MailContent, type MailRecipient, type MailSignature } from "./layout.js";

/** What the application mails need to know about the application. */
export type ApplicationMailData = {
  applicationId: number;
  recipient: MailRecipient;
  /** YYYY-MM-DD (Japan time). */
  receivedOn: string;
  /** The personal page `${PUBLIC_BASE_URL}/s/<token>`. */
  pageUrl: string;
  /** YYYY-MM-DD: the last day the link works. */
  linkExpiresOn: string;
};

const KEEP_PRIVATE: Record<Locale, string> = {
  ja: "このリンクはお申込みいただいた方専用です。他の方に転送しないでください。",
  en: "This link is for you alone; please do not forward it.",
};

/** 申込受付のお知らせ: sent when an application is received, with its number and the personal link. */
export function receiptMail(d: ApplicationMailData, locale: Locale, sig: MailSignature): MailContent {
  const ja = locale === "ja";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: ja
        ? `【${sig.programName}】申込受付のお知らせ（申込番号 #${d.applicationId}）`
        : `Application received (No. #${d.applicationId}) — ${sig.programName}`,
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            `${sig.programName}へのお申込みを受け付けました。ありがとうございます。`,
            "事務局で申込内容を確認し、結果をこのメールアドレスにお知らせします。",
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            `Thank you: we have received your application to ${sig.programName}.`,
            "The secretariat will check it and tell you the result at this e-mail address.",
          ],
      facts: [
        [ja ? "申込番号" : "Application number", `#${d.applicationId}`],
        [ja ? "受付日" : "Received on", formatSlashDate(d.receivedOn)],
      ],
      action: {
        label: ja ? "お申込みの状況を確認する" : "See the status of your application",
        url: d.pageUrl,
        note: `${KEEP_PRIVATE[locale]}${ja ? `（有効期限: ${formatSlashDate(d.linkExpiresOn)}）` : ` (valid until ${formatSlashDate(d.linkExpiresOn)})`}`,
      },
      after: ja
        ? ["お問い合わせの際は申込番号をお知らせください。"]
        : ["Please quote your application number when you contact us."],
    },
    sig,
  );
}

/** The personal link issued again by the secretariat: the earlier link no longer works. */
export function linkReissuedMail(d: ApplicationMailData, locale: Locale, sig: MailSignature): MailContent {
  const ja = locale === "ja";
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: ja
        ? `【${sig.programName}】お申込み専用ページのリンクを再発行しました（申込番号 #${d.applicationId}）`
        : `A new link to your application page (No. #${d.applicationId}) — ${sig.programName}`,
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            "お申込み専用ページのリンクを新しく発行しました。以前お送りしたリンクは使えなくなりました。",
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            "We have issued a new link to your application page. The link we sent earlier no longer works.",
          ],
      facts: [[ja ? "申込番号" : "Application number", `#${d.applicationId}`]],
      action: {
        label: ja ? "お申込み専用ページを開く" : "Open your application page",
        url: d.pageUrl,
        note: `${KEEP_PRIVATE[locale]}${ja ? `（有効期限: ${formatSlashDate(d.linkExpiresOn)}）` : ` (valid until ${formatSlashDate(d.linkExpiresOn)})`}`,
      },
      after: ja
        ? ["お心当たりのない場合は、このメールを破棄し、事務局にご連絡ください。"]
        : ["If you did not expect this, please delete this mail and let the secretariat know."],
    },
    sig,
  );
}
