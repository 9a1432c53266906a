import { formatSlashDate } from "../lib/dates.js";
import type { Locale } from "../lib/i18n.js";
import { applicationMailsTexts } from "./application-mails.texts.js";
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

/** 申込受付のお知らせ: sent when an application is received, with its number and the personal link. */
export function receiptMail(d: ApplicationMailData, locale: Locale, sig: MailSignature): MailContent {
  const t = applicationMailsTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: t.receiptSubject({ program: sig.programName, id: d.applicationId }),
      lead: [t.selfIntro(sig.secretariat.name), t.receiptThanks(sig.programName), t.receiptNext],
      facts: [
        [t.applicationNumber, `#${d.applicationId}`],
        [t.receivedOn, formatSlashDate(d.receivedOn)],
      ],
      action: {
        label: t.receiptAction,
        url: d.pageUrl,
        note: `${t.keepPrivate}${t.validUntil(formatSlashDate(d.linkExpiresOn))}`,
      },
      after: [t.receiptAfter],
    },
    sig,
  );
}

/** The personal link issued again by the secretariat: the earlier link no longer works. */
export function linkReissuedMail(d: ApplicationMailData, locale: Locale, sig: MailSignature): MailContent {
  const t = applicationMailsTexts(locale);
  return composeMail(
    {
      locale,
      recipient: d.recipient,
      subject: t.reissuedSubject({ program: sig.programName, id: d.applicationId }),
      lead: [t.selfIntro(sig.secretariat.name), t.reissuedLead],
      facts: [[t.applicationNumber, `#${d.applicationId}`]],
      action: {
        label: t.reissuedAction,
        url: d.pageUrl,
        note: `${t.keepPrivate}${t.validUntil(formatSlashDate(d.linkExpiresOn))}`,
      },
      after: [t.reissuedAfter],
    },
    sig,
  );
}
