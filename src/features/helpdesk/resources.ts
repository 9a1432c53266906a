import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { resourceLinkTexts } from "./resources.texts.js";

export type ResourceLink = { title: Localized; url: string; audience: "expert" | "sme" | "all" };

/**
 * Materials the program's guidance uses. The templates of the basic policy, related rules and
 * handbook are the appendices of IPA's SME guidelines; the self-check is IPA's 5-minute check.
 */
export const RESOURCE_LINKS: ResourceLink[] = [
  {
    title: both(resourceLinkTexts, (t) => t.guidelines),
    url: "https://www.ipa.go.jp/security/guide/sme/about.html",
    audience: "all",
  },
  {
    title: both(resourceLinkTexts, (t) => t.selfCheck),
    url: "https://www.ipa.go.jp/security/guide/sme/5minutes.html",
    audience: "all",
  },
  {
    title: both(resourceLinkTexts, (t) => t.securityAction),
    url: "https://www.ipa.go.jp/security/security-action/",
    audience: "all",
  },
];
