import { z } from "zod";
import { isIsoDate } from "../../lib/dates.js";
import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { briefingServiceTexts } from "./briefings.texts.js";
import { BRIEFING_IDS, BRIEFING_TEXT_LIMITS } from "./briefings-ids.js";

const LIMIT = BRIEFING_TEXT_LIMITS.create;
const B = BRIEFING_IDS.blocks;

/** What the secretariat enters for a session; paths are the modal's block ids. */
export const SessionInputSchema = z.object({
  held_on: z.string().refine(isIsoDate, "date"),
  start_time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time"),
  city: z.string().trim().min(1, "required").max(LIMIT[B.city], "too_long"),
  venue: z.string().trim().max(LIMIT[B.venue], "too_long"),
  capacity: z.number({ error: "capacity" }).int("capacity").min(1, "capacity").max(5000, "capacity"),
  video_url: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "url" })]),
});
export type SessionInput = z.infer<typeof SessionInputSchema>;

export const SESSION_FIELD_ERRORS: Record<string, Localized> = {
  required: both(briefingServiceTexts, (t) => t.required),
  too_long: both(briefingServiceTexts, (t) => t.tooLong),
  date: both(briefingServiceTexts, (t) => t.date),
  time: both(briefingServiceTexts, (t) => t.time),
  capacity: both(briefingServiceTexts, (t) => t.capacity),
  url: both(briefingServiceTexts, (t) => t.url),
  past: both(briefingServiceTexts, (t) => t.past),
};
