import { paymentNoticeTexts } from "../features/honoraria/notices/payment-notice.texts.js";
import { formatSlashDate, formatYen } from "../lib/dates.js";
import type { Locale } from "../lib/i18n.js";
import { composeMail, type MailContent, type MailSignature } from "./layout.js";

/** 謝金の支払通知書: to an expert outside Slack, the notice attached as PDF, the figures in the mail too. */
export function paymentNoticeMail(
  d: { expertName: string; paidOn: string; feeYen: number; travelYen: number; withheldYen: number; netYen: number },
  locale: Locale,
  sig: MailSignature,
): MailContent {
  const t = paymentNoticeTexts(locale);
  const paidOn = formatSlashDate(d.paidOn);
  return composeMail(
    {
      locale,
      recipient: { company: "", name: d.expertName },
      subject: t.mailSubject({ program: sig.programName, paidOn }),
      lead: [t.mailThisIs(sig.secretariat.name), t.mailLead(paidOn)],
      facts: [
        [t.paidOn, paidOn],
        [t.fees, formatYen(d.feeYen, locale)],
        [t.travel, formatYen(d.travelYen, locale)],
        [t.withheld, formatYen(d.withheldYen, locale)],
        [t.net, formatYen(d.netYen, locale)],
      ],
      after: [t.keepNote],
    },
    sig,
  );
}
