import { defaultFaqTexts } from "./default-faq.texts.js";

/**
 * The FAQ a new installation starts with: the routine questions the 2019 secretariat was flooded
 * with (schedule, honorarium procedures, where to download templates and reports, how to apply
 * and register). The secretariat edits them in Slack or replaces them from a file. `{…}` fields
 * are filled in from the program settings when shown (see fillPlaceholders).
 */
export type FaqSeed = { questionJa: string; answerJa: string; questionEn: string; answerEn: string; keywords: string };

/** The entries in their order; each names its texts in defaultFaqTexts. */
const ENTRIES = [
  "schedule",
  "honorarium",
  "templates",
  "reports",
  "apply",
  "register",
  "visits",
  "briefing",
  "reschedule",
  "survey",
] as const;

export const DEFAULT_FAQ: FaqSeed[] = ENTRIES.map((name) => {
  const [ja, en] = [defaultFaqTexts.ja, defaultFaqTexts.en];
  return {
    questionJa: ja[`${name}Question`],
    answerJa: ja[`${name}Answer`],
    questionEn: en[`${name}Question`],
    answerEn: en[`${name}Answer`],
    keywords: `${ja[`${name}Keywords`]},${en[`${name}Keywords`]}`,
  };
});

/** Values for the `{…}` fields of FAQ answers, from the program settings. */
export type FaqPlaceholders = Record<string, string>;

export function fillPlaceholders(text: string, values: FaqPlaceholders): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, key: string) => values[key] ?? whole);
}
