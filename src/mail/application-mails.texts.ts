import { defineMessages } from "../lib/i18n.js";

/** The application mails: receipt and a reissued personal link. */
export const applicationMailsTexts = defineMessages("mail.application", {
  ja: {
    keepPrivate: "このリンクはお申込みいただいた方専用です。他の方に転送しないでください。",
    validUntil: (day: string) => `（有効期限: ${day}）`,
    selfIntro: (secretariat: string) => `${secretariat}です。`,
    applicationNumber: "申込番号",
    receivedOn: "受付日",
    receiptSubject: (p: { program: string; id: number }) => `【${p.program}】申込受付のお知らせ（申込番号 #${p.id}）`,
    receiptThanks: (program: string) => `${program}へのお申込みを受け付けました。ありがとうございます。`,
    receiptNext: "事務局で申込内容を確認し、結果をこのメールアドレスにお知らせします。",
    receiptAction: "お申込みの状況を確認する",
    receiptAfter: "お問い合わせの際は申込番号をお知らせください。",
    reissuedSubject: (p: { program: string; id: number }) =>
      `【${p.program}】お申込み専用ページのリンクを再発行しました（申込番号 #${p.id}）`,
    reissuedLead: "お申込み専用ページのリンクを新しく発行しました。以前お送りしたリンクは使えなくなりました。",
    reissuedAction: "お申込み専用ページを開く",
    reissuedAfter: "お心当たりのない場合は、このメールを破棄し、事務局にご連絡ください。",
  },
  en: {
    keepPrivate: "This link is for you alone; please do not forward it.",
    validUntil: (day) => ` (valid until ${day})`,
    selfIntro: (secretariat) => `This is ${secretariat}.`,
    applicationNumber: "Application number",
    receivedOn: "Received on",
    receiptSubject: (p) => `Application received (No. #${p.id}) — ${p.program}`,
    receiptThanks: (program) => `Thank you: we have received your application to ${program}.`,
    receiptNext: "The secretariat will check it and tell you the result at this e-mail address.",
    receiptAction: "See the status of your application",
    receiptAfter: "Please quote your application number when you contact us.",
    reissuedSubject: (p) => `A new link to your application page (No. #${p.id}) — ${p.program}`,
    reissuedLead: "We have issued a new link to your application page. The link we sent earlier no longer works.",
    reissuedAction: "Open your application page",
    reissuedAfter: "If you did not expect this, please delete this mail and let the secretariat know.",
  },
});
