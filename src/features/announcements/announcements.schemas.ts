import { z } from "zod";
import { isPrefectureCode, REGIONS } from "../../domain/prefectures.js";
import { ANNOUNCE_IDS, ANNOUNCE_TEXT_LIMITS } from "./announcements-ids.js";

const B = ANNOUNCE_IDS.blocks;
const LIMIT = ANNOUNCE_TEXT_LIMITS.compose;

/** Who an announcement goes to. */
export const SEGMENTS = ["experts_active", "experts_area", "smes_by_status", "everyone"] as const;
export type Segment = (typeof SEGMENTS)[number];

/** SME groups by where their application stands (the current program only). */
export const SME_STATUSES = [
  "received",
  "valid",
  "proposed",
  "matched_not_visited",
  "in_progress",
  "completed",
] as const;
export type SmeStatus = (typeof SME_STATUSES)[number];

/** An area for experts: one of the eight regions ("region:2", index into REGIONS) or a prefecture ("pref:13"). */
export const AreaSchema = z
  .string()
  .regex(/^(region|pref):\d{1,2}$/)
  .refine((s) => {
    const [kind, n] = s.split(":");
    const i = Number(n);
    return kind === "region" ? i >= 0 && i < REGIONS.length : isPrefectureCode(i);
  });

export function areaCodes(area: string): number[] {
  const [kind, n] = area.split(":");
  return kind === "region" ? [...(REGIONS[Number(n)]?.codes ?? [])] : [Number(n)];
}

/** The segment with its parameter, as stored ("" when the segment takes none). */
export const SegmentChoiceSchema = z.discriminatedUnion("segment", [
  z.object({ segment: z.literal("experts_active"), param: z.literal("") }),
  z.object({ segment: z.literal("experts_area"), param: AreaSchema }),
  z.object({ segment: z.literal("smes_by_status"), param: z.enum(SME_STATUSES) }),
  z.object({ segment: z.literal("everyone"), param: z.literal("") }),
]);
export type SegmentChoice = z.infer<typeof SegmentChoiceSchema>;

/** What the compose modal gives, validated. */
export const AnnouncementInputSchema = z.object({
  title: z.string().trim().min(1, "required").max(LIMIT[B.title], "too_long"),
  body: z.string().trim().min(1, "required").max(LIMIT[B.body], "too_long"),
});
export type AnnouncementInput = z.infer<typeof AnnouncementInputSchema> & SegmentChoice;

/** The raw compose values before validation. */
export type ComposeValues = {
  segment: string | null;
  area: string | null;
  smeStatus: string | null;
  title: string;
  body: string;
};
