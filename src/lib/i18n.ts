import type { Localized } from "./errors.js";

export type Locale = "ja" | "en";
export const LOCALES: readonly Locale[] = ["ja", "en"];

/** Slack locales look like "en-US", "ja-JP": English for any en-*, Japanese otherwise. */
export function toLocale(slackLocale: string | null | undefined): Locale {
  return slackLocale?.toLowerCase().startsWith("en") ? "en" : "ja";
}

/** One entry of a catalog: a text, or a function of the entry's parameters that returns one. */
export type Entry = string | ((...args: any[]) => string);
export type Messages = Record<string, Entry>;

/**
 * A feature's texts in both languages. Calling it with a locale gives that language's entries;
 * `ja` and `en` are the two sides (the test `test/unit/lib/catalogs.test.ts` checks every catalog
 * has the same keys, kinds and parameters in both).
 */
export type Catalog<T extends Messages> = ((locale: Locale) => T) & {
  readonly id: string;
  readonly ja: T;
  readonly en: T;
};

const registry = new Map<string, Catalog<Messages>>();

/**
 * Declares a message catalog: Japanese first; English must have the same keys and the same
 * parameters (checked by tsc: `en` is typed from `ja`).
 *
 *   export const texts = defineMessages("visits.schedule", {
 *     ja: { title: "訪問予定", planned: (p: { round: number; day: string }) => `第${p.round}回 ${p.day}` },
 *     en: { title: "Visit plan", planned: (p) => `Visit ${p.round} on ${p.day}` },
 *   });
 *   const t = texts(locale); t.title; t.planned({ round: 2, day });
 */
export function defineMessages<T extends Messages>(id: string, catalog: { ja: T; en: NoInfer<T> }): Catalog<T> {
  if (registry.has(id)) throw new Error(`message catalog "${id}" is declared twice`);
  const defined: Catalog<T> = Object.assign((locale: Locale): T => catalog[locale], {
    id,
    ja: catalog.ja,
    en: catalog.en,
  });
  registry.set(id, defined);
  return defined;
}

/** Every catalog declared so far (the catalog test imports every catalog module first). */
export function declaredCatalogs(): Catalog<Messages>[] {
  return [...registry.values()];
}

/**
 * Both languages of one entry, for text chosen before anyone's language is known (an error a
 * service raises, a message queued for several readers): `both(texts, (t) => t.notFound({ id }))`.
 */
export function both<T extends Messages>(catalog: Catalog<T>, select: (t: T) => string): Localized {
  return { ja: select(catalog.ja), en: select(catalog.en) };
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}
