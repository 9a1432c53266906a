import { z } from "zod";
import { isIsoDate } from "../../lib/dates.js";
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

export const SESSION_FIELD_ERRORS: Record<string, { ja: string; en: string }> = {
  required: { ja: "入力してください。", en: "Please fill this in." },
  too_long: { ja: "長すぎます。短くしてください。", en: "This is too long; please shorten it." },
  date: { ja: "開催日を選んでください。", en: "Choose the date." },
  time: { ja: "開始時刻を選んでください。", en: "Choose the start time." },
  capacity: { ja: "定員は1〜5000の整数で入力してください。", en: "Enter a capacity from 1 to 5000." },
  url: { ja: "http(s):// で始まるURLを入力してください。", en: "Enter a URL starting with http(s)://." },
  past: { ja: "開催日は今日以降にしてください。", en: "The date must be today or later." },
};
