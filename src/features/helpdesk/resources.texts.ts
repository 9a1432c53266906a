import { defineMessages } from "../../lib/i18n.js";

/** The titles of the materials App Home links to (see RESOURCE_LINKS). */
export const resourceLinkTexts = defineMessages("helpdesk.resourceLinks", {
  ja: {
    guidelines: "中小企業の情報セキュリティ対策ガイドライン（基本方針・関連規程・ハンドブックのひな形）",
    selfCheck: "5分でできる！情報セキュリティ自社診断（自己診断シート）",
    securityAction: "SECURITY ACTION（自己宣言制度）",
  },
  en: {
    guidelines: "IPA SME information security guidelines (templates: basic policy, rules, handbook)",
    selfCheck: "5-minute information security self-check",
    securityAction: "SECURITY ACTION (self-declaration)",
  },
});
