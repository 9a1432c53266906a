import { z } from "zod";

export const AudienceSchema = z.enum(["expert", "sme"]);
export type Audience = z.infer<typeof AudienceSchema>;

const TextSchema = z.object({ ja: z.string().trim().min(1).max(1000), en: z.string().trim().min(1).max(1000) });

export const QuestionOptionSchema = z.object({
  value: z
    .string()
    .regex(/^[a-z0-9_]+$/i, "option values use letters, digits and _")
    .max(40),
  label: TextSchema,
});

/**
 * One survey question. `single` shows radio buttons (≤ 10 options) or a menu, `multi` checkboxes
 * (≤ 10 options), `text` a free-text box. `positive` lists the options counted in the headline
 * share (e.g. "rose"), `headline` says what that share means in reports.
 */
export const QuestionSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, "question ids use lower-case letters, digits and _")
      .max(40),
    kind: z.enum(["single", "multi", "text"]),
    label: TextSchema,
    hint: TextSchema.optional(),
    options: z.array(QuestionOptionSchema).max(100).default([]),
    positive: z.array(z.string()).default([]),
    headline: TextSchema.optional(),
    /** The title of the question's chart in reports (as the 2019 report captions its figures); the question by default. */
    chart: TextSchema.optional(),
    required: z.boolean().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.kind !== "text" && q.options.length < 2)
      ctx.addIssue({ code: "custom", path: ["options"], message: `question ${q.id}: give at least two options` });
    if (q.kind === "multi" && q.options.length > 10)
      ctx.addIssue({ code: "custom", path: ["options"], message: `question ${q.id}: at most 10 options (checkboxes)` });
    if (q.kind === "text" && q.options.length > 0)
      ctx.addIssue({ code: "custom", path: ["options"], message: `question ${q.id}: a text question has no options` });
    const values = q.options.map((o) => o.value);
    if (new Set(values).size !== values.length)
      ctx.addIssue({ code: "custom", path: ["options"], message: `question ${q.id}: option values repeat` });
    for (const p of q.positive)
      if (!values.includes(p))
        ctx.addIssue({
          code: "custom",
          path: ["positive"],
          message: `question ${q.id}: positive "${p}" is not an option`,
        });
  });
export type Question = z.infer<typeof QuestionSchema>;
/** A question as written in a file or the defaults (options and positive may be left out). */
export type QuestionInput = z.input<typeof QuestionSchema>;

export const QuestionSetSchema = z
  .array(QuestionSchema)
  .min(1)
  .max(40)
  .superRefine((qs, ctx) => {
    const ids = qs.map((q) => q.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: "custom", message: `question id "${dup}" is used twice` });
  });

/** The file `desk survey import-questions` reads: one audience, or both at once. */
export const QuestionFileSchema = z.union([
  z.object({ audience: AudienceSchema, questions: QuestionSetSchema }),
  z
    .object({ expert: QuestionSetSchema.optional(), sme: QuestionSetSchema.optional() })
    .refine((f) => f.expert || f.sme, {
      message: "give expert and/or sme question lists",
    }),
]);

/** Whether a question must be answered: choices by default, free text never unless asked. */
export function isRequired(q: Question): boolean {
  return q.required ?? q.kind === "single";
}

/** Stored answers: question id → value, values or text. */
export const AnswersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
export type Answers = z.infer<typeof AnswersSchema>;

/** How an answer entered on someone's behalf reached the secretariat. */
export const ANSWER_SOURCES = ["paper", "web", "mail", "phone"] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number] | "slack" | "import";
