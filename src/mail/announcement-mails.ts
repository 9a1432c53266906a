import type { Locale } from "../lib/i18n.js";
import { announcementMailTexts } from "./announcement-mails.texts.js";
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
  const t = announcementMailTexts(locale);
  const program = sig.programName;
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: t.subject({ program, title: d.title }),
      lead: [t.writer(sig.secretariat.name), d.sme ? t.toSmes(program) : t.toExperts(program)],
      message: { title: d.title, body: d.body },
      ...(d.sme
        ? {
            facts: [[t.applicationNumber, `#${d.sme.applicationId}`] as [string, string]],
            action: { label: t.openPage, url: d.sme.pageUrl, note: t.pageNote },
          }
        : {}),
      after: [t.sameText, t.questions],
    },
    sig,
  );
}
