import type { Locale } from "../../lib/i18n.js";
import type { ChecklistRow } from "./cases.schemas.js";
import { checklistDefaults } from "./checklist-defaults.texts.js";

type Category = "basic" | "staff" | "organization";
const CATEGORIES: readonly string[] = ["basic", "staff", "organization"] satisfies Category[];

/** The label of a default category; a category the secretariat invents is shown as written. */
export function categoryLabel(category: string, locale: Locale): string {
  return CATEGORIES.includes(category) ? checklistDefaults(locale)[category as Category] : category;
}

/** Items 1–5 are basic measures, 6–18 every employee's, 19–25 the organisation's. */
const categoryOf = (n: number): Category => (n <= 5 ? "basic" : n <= 18 ? "staff" : "organization");

type ItemKey = Exclude<keyof typeof checklistDefaults.ja, Category>;

/**
 * The default 25-item self-check for small businesses, written for this program. The secretariat
 * replaces it with `desk checklist import FILE.csv`.
 */
export const DEFAULT_CHECKLIST: ChecklistRow[] = Array.from({ length: 25 }, (_, i) => {
  const key = `item${i + 1}` as ItemKey;
  return {
    number: i + 1,
    category: categoryOf(i + 1),
    textJa: checklistDefaults.ja[key],
    textEn: checklistDefaults.en[key],
  };
});
