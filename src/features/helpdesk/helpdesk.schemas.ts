import { z } from "zod";
import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { helpdeskTexts } from "./helpdesk.texts.js";
import { HELPDESK_IDS, HELPDESK_TEXT_LIMITS } from "./helpdesk-ids.js";

const LIMIT = HELPDESK_TEXT_LIMITS.faq;
const B = HELPDESK_IDS.blocks;

/** One FAQ entry as edited in the modal or imported from a file. */
export const FaqInputSchema = z.object({
  id: z.number().int().positive().optional(),
  questionJa: z.string().trim().min(1, "required").max(LIMIT[B.questionJa], "too_long"),
  answerJa: z.string().trim().min(1, "required").max(LIMIT[B.answerJa], "too_long"),
  questionEn: z.string().trim().max(LIMIT[B.questionEn], "too_long").default(""),
  answerEn: z.string().trim().max(LIMIT[B.answerEn], "too_long").default(""),
  keywords: z.string().trim().max(LIMIT[B.keywords], "too_long").default(""),
});
export type FaqInput = z.infer<typeof FaqInputSchema>;

/** `desk faq import FILE.json`: a list of entries, or { entries: [...] }. */
export const FaqFileSchema = z.union([z.array(FaqInputSchema), z.object({ entries: z.array(FaqInputSchema) })]);

/** Field names → modal block ids, for messages next to the right input. */
export const FAQ_FIELD_BLOCKS: Record<string, string> = {
  questionJa: "question_ja",
  answerJa: "answer_ja",
  questionEn: "question_en",
  answerEn: "answer_en",
  keywords: "keywords",
};

export const FAQ_FIELD_ERRORS: Record<string, Localized> = {
  required: both(helpdeskTexts, (t) => t.required),
  too_long: both(helpdeskTexts, (t) => t.tooLong),
};
