import { defineMessages } from "../../lib/i18n.js";

/** Every page's frame: the site's name, the language switch, the secretariat's contact. */
export const layoutTexts = defineMessages("web.layout", {
  ja: {
    defaultSite: "中小企業の情報セキュリティ専門家指導",
    otherLanguage: "English",
    contact: "お問い合わせ: ",
    phone: "電話: ",
    email: "メール: ",
    window: (p: { from: string; until: string }) => `申込受付期間: ${p.from}〜${p.until}`,
  },
  en: {
    defaultSite: "Information-security guidance for SMEs",
    otherLanguage: "日本語",
    contact: "Contact: ",
    phone: "Phone: ",
    email: "E-mail: ",
    window: (p) => `Applications are accepted from ${p.from} to ${p.until}.`,
  },
});
