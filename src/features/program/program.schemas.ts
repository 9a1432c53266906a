import { DateTime } from "luxon";
import { z } from "zod";
import { PROGRAM_IDS, PROGRAM_TEXT_LIMITS } from "./program-ids.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD")
  .refine((s) => DateTime.fromISO(s).isValid, "not a calendar date");
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:mm");
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "MM-DD");
const channelId = z.string().regex(/^[CG][A-Z0-9]{2,}$/, "a channel ID such as C012ABCDEF");

/** Every program setting the secretariat may change (modal or `desk program set`). */
export const ProgramSettingsFieldsSchema = z.object({
  name: z.string().trim().min(1).max(PROGRAM_TEXT_LIMITS.settings[PROGRAM_IDS.blocks.name]),
  startDate: isoDate,
  endDate: isoDate,
  applyFrom: isoDate,
  applyUntil: isoDate,
  visitsPerCase: z.number().int().min(1).max(10),
  reportDueBusinessDays: z.number().int().min(1).max(60),
  honorariumRissYen: z.number().int().min(0).max(10_000_000),
  honorariumItcYen: z.number().int().min(0).max(10_000_000),
  reminderTime: hhmm,
  digestWeekday: z.number().int().min(1).max(7),
  digestTime: hhmm,
  secretariatChannelId: channelId.nullable(),
  digestChannelId: channelId.nullable(),
  yearEndClosureFrom: monthDay,
  yearEndClosureUntil: monthDay,
  proposalStaleDays: z.number().int().min(1).max(90),
  visitGapDays: z.number().int().min(1).max(180),
  surveyReminderDays: z.number().int().min(1).max(60),
  defaultCandidateCount: z.number().int().min(1).max(10),
  shortageHorizonDays: z.number().int().min(1).max(90),
});

/** Whole settings with the cross-field rules (period ⊇ application window). */
export const ProgramSettingsSchema = ProgramSettingsFieldsSchema.superRefine((s, ctx) => {
  if (s.endDate < s.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "end_before_start" });
  if (s.applyUntil < s.applyFrom)
    ctx.addIssue({ code: "custom", path: ["applyUntil"], message: "apply_until_before_from" });
  if (s.applyFrom < s.startDate || s.applyUntil > s.endDate)
    ctx.addIssue({ code: "custom", path: ["applyFrom"], message: "window_outside_period" });
});

export type ProgramSettings = z.infer<typeof ProgramSettingsSchema>;
export const ProgramSettingsPatchSchema = ProgramSettingsFieldsSchema.partial();
