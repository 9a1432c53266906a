import type { Locale } from "../lib/i18n.js";
import { composeMail, type MailContent, type MailRecipient, type MailSignature } from "./layout.js";

/** What an announcement mail needs: the secretariat's text and whom it goes to. */
export type AnnouncementMailData = {
  announcementId: number;
  /** The secretariat's title and Slack-style text, as typed. */
  title: string;
  body: string;
  recipient: MailRecipient;
  /** An SME contact: the application and its personal page (`${PUBLIC_BASE_URL}/s/<token>`); null for experts. */
  sme: { applicationId: number; pageUrl: string } | null;
};

/**
 * 事務局からのお知らせ: an announcement of `/desk announce` to someone reached by e-mail. Who writes
 * and why first, the secretariat's message, an SME's personal page (the one action), the signature.
 */
export function announcementMail(d: AnnouncementMailData, locale: Locale, sig: MailSignature): MailContent {
  const ja = locale === "ja";
  const program = sig.programName;
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: ja ? `【${program}】事務局からのお知らせ: ${d.title}` : `From the secretariat: ${d.title} — ${program}`,
      lead: ja
        ? [
            `${sig.secretariat.name}です。`,
            d.sme
              ? `${program}にお申込みいただいた皆様に、事務局からお知らせします。`
              : `${program}の専門家の皆様に、事務局からお知らせします。`,
          ]
        : [
            `This is ${sig.secretariat.name}.`,
            d.sme
              ? `An announcement from the secretariat to the companies that applied to ${program}.`
              : `An announcement from the secretariat to the experts of ${program}.`,
          ],
      message: { title: d.title, body: d.body },
      ...(d.sme
        ? {
            facts: [[ja ? "申込番号" : "Application number", `#${d.sme.applicationId}`] as [string, string]],
            action: {
              label: ja ? "お申込み専用ページを開く" : "Open your application page",
              url: d.sme.pageUrl,
              note: ja
                ? "お申込みの状況と次の手続きはこのページでご確認いただけます。このリンクはお申込みいただいた方専用です。"
                : "Your application's status and next step are on this page. The link is for you alone.",
            },
          }
        : {}),
      after: ja
        ? [
            "このお知らせは同じ内容を複数の方にお送りしています。",
            "ご不明な点は、下記の事務局までお問い合わせください。",
          ]
        : [
            "This announcement went to several people with the same text.",
            "If you have questions, please contact the secretariat below.",
          ],
    },
    sig,
  );
}
