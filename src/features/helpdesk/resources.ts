import type { Localized } from "../../lib/errors.js";

export type ResourceLink = { title: Localized; url: string; audience: "expert" | "sme" | "all" };

/**
 * Materials the program's guidance uses. The templates of the basic policy, related rules and
 * handbook are the appendices of IPA's SME guidelines; the self-check is IPA's 5-minute check.
 */
export const RESOURCE_LINKS: ResourceLink[] = [
  {
    title: {
      ja: "中小企業の情報セキュリティ対策ガイドライン（基本方針・関連規程・ハンドブックのひな形）",
      en: "IPA SME information security guidelines (templates: basic policy, rules, handbook)",
    },
    url: "https://www.ipa.go.jp/security/guide/sme/about.html",
    audience: "all",
  },
  {
    title: {
      ja: "5分でできる！情報セキュリティ自社診断（自己診断シート）",
      en: "5-minute information security self-check",
    },
    url: "https://www.ipa.go.jp/security/guide/sme/5minutes.html",
    audience: "all",
  },
  {
    title: { ja: "SECURITY ACTION（自己宣言制度）", en: "SECURITY ACTION (self-declaration)" },
    url: "https://www.ipa.go.jp/security/security-action/",
    audience: "all",
  },
];
