import { z } from "zod";

export const DeliverableKindSchema = z.enum([
  "basic_policy",
  "related_rules",
  "handbook",
  "self_diagnosis",
  "final_report",
]);
export type DeliverableKind = z.infer<typeof DeliverableKindSchema>;
export const DELIVERABLE_KINDS = DeliverableKindSchema.options;

/** A checklist row for `desk checklist import`. */
export const ChecklistRowSchema = z.object({
  number: z.number().int().min(1).max(100),
  category: z.string().trim().min(1).max(60),
  textJa: z.string().trim().min(1).max(300),
  textEn: z.string().trim().max(300),
});
export type ChecklistRow = z.infer<typeof ChecklistRowSchema>;
