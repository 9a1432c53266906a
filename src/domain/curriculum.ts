import type { Localized } from "../lib/errors.js";
import { both, type Locale } from "../lib/i18n.js";
import { curriculumTexts } from "./curriculum.texts.js";

/** One curriculum item of a round: a stable code (stored in reports) and its wording. */
export type CurriculumItem = { code: string; label: Localized };

export type RoundPlan = { round: number; title: Localized; items: CurriculumItem[] };

type CurriculumKey = Exclude<keyof typeof curriculumTexts.ja, "round">;

const text = (key: CurriculumKey): Localized => both(curriculumTexts, (t) => t[key]);
const item = (code: CurriculumKey): CurriculumItem => ({ code, label: text(code) });

/** The four-visit curriculum (指導カリキュラム) of the program report, in our own words. */
const PLANS: RoundPlan[] = [
  {
    round: 1,
    title: text("r1"),
    items: [item("r1_business"), item("r1_selfcheck"), item("r1_risks"), item("r1_share")],
  },
  { round: 2, title: text("r2"), items: [item("r2_priority"), item("r2_measures"), item("r2_policy")] },
  { round: 3, title: text("r3"), items: [item("r3_identify"), item("r3_draft"), item("r3_handbook")] },
  {
    round: 4,
    title: text("r4"),
    items: [item("r4_review"), item("r4_wrapup"), item("r4_continue"), item("r4_action")],
  },
];

/** The plan of a round; rounds past the fourth (a program set to more visits) reuse the last plan. */
export function roundPlan(round: number): RoundPlan {
  const plan = PLANS[Math.min(Math.max(round, 1), PLANS.length) - 1];
  return round <= PLANS.length ? plan : { ...plan, round };
}

/** Round 1 takes the self-diagnosis checklist. */
export function takesSelfDiagnosis(round: number): boolean {
  return round === 1;
}

/** The last round of a case takes the wrap-up, the score again and SECURITY ACTION. */
export function isFinalRound(round: number, visitsPerCase: number): boolean {
  return round === visitsPerCase;
}

export function roundLabel(round: number, locale: Locale): string {
  return curriculumTexts(locale).round(round);
}
