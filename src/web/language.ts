import type { Locale } from "../lib/i18n.js";

export type WebLocale = Locale;

/**
 * The page language: an explicit ?lang= (or the form's hidden lang) wins; otherwise the browser's
 * Accept-Language, the first of ja/en by preference; Japanese by default.
 */
export function languageOf(explicit: string | null | undefined, acceptLanguage: string | undefined): WebLocale {
  if (explicit === "en" || explicit === "ja") return explicit;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag ?? "", q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === "ja" || tag.startsWith("ja-")) return "ja";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "ja";
}

/** The page's other language, for the language switch. */
export const OTHER_LOCALE: Record<Locale, Locale> = { ja: "en", en: "ja" };
