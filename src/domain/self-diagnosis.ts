/**
 * Scoring of the 25-item self-diagnosis checklist. Each item is answered on a four-step scale;
 * "unknown" scores nothing and is counted on its own, because not knowing whether a practice is in
 * place is itself a finding the expert should follow up.
 */
export const ANSWERS = ["yes", "partly", "no", "unknown"] as const;
export type Answer = (typeof ANSWERS)[number];

export const ANSWER_POINTS: Record<Answer, number> = { yes: 4, partly: 2, no: 0, unknown: 0 };
export const MAX_POINTS_PER_ITEM = 4;

export type ChecklistEntry = { number: number; category: string };

export type CategoryScore = { category: string; score: number; max: number; unknown: number };

export type ChecklistScore = {
  total: number;
  max: number;
  unknown: number;
  categories: CategoryScore[];
};

/** Totals and category scores (categories in the order they first appear in the checklist). */
export function scoreChecklist(items: ChecklistEntry[], answers: Record<number, Answer>): ChecklistScore {
  const byCategory = new Map<string, CategoryScore>();
  let total = 0;
  let unknown = 0;
  for (const item of [...items].sort((a, b) => a.number - b.number)) {
    const cat = byCategory.get(item.category) ?? { category: item.category, score: 0, max: 0, unknown: 0 };
    byCategory.set(item.category, cat);
    cat.max += MAX_POINTS_PER_ITEM;
    const answer = answers[item.number];
    if (!answer) continue;
    cat.score += ANSWER_POINTS[answer];
    total += ANSWER_POINTS[answer];
    if (answer === "unknown") {
      cat.unknown++;
      unknown++;
    }
  }
  return { total, max: items.length * MAX_POINTS_PER_ITEM, unknown, categories: [...byCategory.values()] };
}

/** Numbers of checklist items without an answer. */
export function unansweredItems(items: ChecklistEntry[], answers: Record<number, Answer | undefined>): number[] {
  return items
    .map((i) => i.number)
    .filter((n) => !answers[n])
    .sort((a, b) => a - b);
}
