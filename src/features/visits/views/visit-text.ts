import type { Answer } from "../../../domain/self-diagnosis.js";
import type { Localized } from "../../../lib/errors.js";
import { both, type Locale } from "../../../lib/i18n.js";
import { visitLabels } from "./visit-text.texts.js";

export const visitStatusLabel = (s: string, l: Locale) => visitLabels(l).visitStatus(s);
export const reportStatusLabel = (s: string, l: Locale) => visitLabels(l).reportStatus(s);
export const caseStatusLabel = (s: string, l: Locale) => visitLabels(l).caseStatus(s);
export const modeLabel = (s: string, l: Locale) => visitLabels(l).mode(s);
export const deliverableKindLabel = (s: string, l: Locale) => visitLabels(l).deliverableKind(s);
export const deliverableStatusLabel = (s: string, l: Locale) => visitLabels(l).deliverableStatus(s);
export const securityActionLabel = (s: string, l: Locale) => visitLabels(l).securityAction(s);
export const answerLabel = (a: Answer, l: Locale) => visitLabels(l).answer(a);

const TERMINATION_CATEGORY_KEYS = ["sme_request", "schedule", "expert", "eligibility", "other"] as const;
export type TerminationCategory = (typeof TERMINATION_CATEGORY_KEYS)[number];

/** Why a case ended early, in words the SME may read (the free-text reason stays internal). */
export const TERMINATION_CATEGORIES = Object.fromEntries(
  TERMINATION_CATEGORY_KEYS.map((c) => [c, both(visitLabels, (t) => t.terminationCategory(c))]),
) as Record<TerminationCategory, Localized>;
