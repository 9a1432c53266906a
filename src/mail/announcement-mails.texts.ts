import { defineMessages } from "../lib/i18n.js";

/** 事務局からのお知らせ by e-mail (see announcementMail). */
export const announcementMailTexts = defineMessages("mail.announcement", {
  ja: {
    subject: (p: { program: string; title: string }) => `【${p.program}】事務局からのお知らせ: ${p.title}`,
    writer: (secretariat: string) => `${secretariat}です。`,
    toSmes: (program: string) => `${program}にお申込みいただいた皆様に、事務局からお知らせします。`,
    toExperts: (program: string) => `${program}の専門家の皆様に、事務局からお知らせします。`,
    applicationNumber: "申込番号",
    openPage: "お申込み専用ページを開く",
    pageNote: "お申込みの状況と次の手続きはこのページでご確認いただけます。このリンクはお申込みいただいた方専用です。",
    sameText: "このお知らせは同じ内容を複数の方にお送りしています。",
    questions: "ご不明な点は、下記の事務局までお問い合わせください。",
  },
  en: {
    subject: (p) => `From the secretariat: ${p.title} — ${p.program}`,
    writer: (secretariat) => `This is ${secretariat}.`,
    toSmes: (program) => `An announcement from the secretariat to the companies that applied to ${program}.`,
    toExperts: (program) => `An announcement from the secretariat to the experts of ${program}.`,
    applicationNumber: "Application number",
    openPage: "Open your application page",
    pageNote: "Your application's status and next step are on this page. The link is for you alone.",
    sameText: "This announcement went to several people with the same text.",
    questions: "If you have questions, please contact the secretariat below.",
  },
});
