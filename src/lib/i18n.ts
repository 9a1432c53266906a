import type { Localized } from "./errors.js";

export type Locale = "ja" | "en";

/** Slack locales look like "en-US", "ja-JP": English for any en-*, Japanese otherwise. */
export function toLocale(slackLocale: string | null | undefined): Locale {
  return slackLocale?.toLowerCase().startsWith("en") ? "en" : "ja";
}

/**
 * Declares a message catalog: Japanese first; English must have the same keys and shapes.
 * `const m = messages(locale); m.title` or `m.greeting({ name })`.
 */
export function defineMessages<T extends Record<string, unknown>>(catalog: { ja: T; en: T }) {
  return (locale: Locale): T => catalog[locale];
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}

/** Builds a Localized pair (short form used by services). */
export const L = (ja: string, en: string): Localized => ({ ja, en });
