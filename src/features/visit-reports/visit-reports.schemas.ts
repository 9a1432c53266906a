import { z } from "zod";
import { ANSWERS } from "../../domain/self-diagnosis.js";
import { isIsoDate } from "../../lib/dates.js";
import { DeliverableKindSchema } from "../cases/cases.schemas.js";

const isoDate = z.string().refine(isIsoDate, "date");

export const SecurityActionSchema = z.enum(["none", "one_star", "two_stars"]);
export type SecurityAction = z.infer<typeof SecurityActionSchema>;

export const AnswerSchema = z.enum(ANSWERS);

/** What a person has typed in the report modal, as typed: drafts store exactly this. */
export const ReportFormSchema = z.object({
  heldOn: z.string().nullable().default(null),
  durationMinutes: z.string().default(""),
  attendees: z.string().default(""),
  coveredItems: z.array(z.string()).default([]),
  findings: z.string().default(""),
  agreedActions: z.string().default(""),
  deliverablesHanded: z.array(z.string()).default([]),
  nextVisitOn: z.string().nullable().default(null),
  /** Checklist answers by item number (round 1). */
  answers: z.record(z.string(), AnswerSchema).default({}),
  totalScore: z.string().default(""),
  wrapUp: z.string().default(""),
  finalScore: z.string().default(""),
  securityAction: z.string().nullable().default(null),
});
export type ReportForm = z.infer<typeof ReportFormSchema>;

export const CategoryScoreSchema = z.object({
  category: z.string(),
  score: z.number(),
  max: z.number(),
  unknown: z.number(),
});

/** Self-diagnosis result kept with a report: per item (with category scores) or as a total. */
export const SelfDiagnosisSchema = z.object({
  mode: z.enum(["items", "total"]),
  answers: z.record(z.string(), AnswerSchema),
  total: z.number(),
  max: z.number(),
  unknown: z.number(),
  categories: z.array(CategoryScoreSchema),
});
export type SelfDiagnosis = z.infer<typeof SelfDiagnosisSchema>;

/** A submitted report's validated body. */
export const ReportContentSchema = z.object({
  heldOn: isoDate,
  durationMinutes: z.number().int(),
  attendees: z.string(),
  coveredItems: z.array(z.string()),
  findings: z.string(),
  agreedActions: z.string(),
  deliverablesHanded: z.array(DeliverableKindSchema),
  nextVisitOn: isoDate.nullable(),
  selfDiagnosis: SelfDiagnosisSchema.nullable(),
  wrapUp: z.string().nullable(),
  finalScore: z.number().nullable(),
  securityAction: SecurityActionSchema.nullable(),
});
export type ReportContent = z.infer<typeof ReportContentSchema>;

/**
 * VisitReport.content: `form` (what was typed; drafts have only this) and, once submitted,
 * `content` (validated). Exports and reports read `content`.
 */
export const StoredReportSchema = z.object({
  form: ReportFormSchema,
  content: ReportContentSchema.optional(),
});
export type StoredReport = z.infer<typeof StoredReportSchema>;

export function parseStoredReport(json: string): StoredReport {
  try {
    const parsed = StoredReportSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: an unreadable draft is shown empty rather than breaking the modal
  }
  return { form: ReportFormSchema.parse({}) };
}
