import { z } from "zod";
import { MAX_TRAVEL_YEN, TRAVEL_IDS, TRAVEL_TEXT_LIMITS } from "./travel-ids.js";

const B = TRAVEL_IDS.blocks;

/** A travel expense as typed in the modal: the amount as text (full-width digits and commas allowed). */
export const TravelInputSchema = z.object({
  visitId: z.number().int().positive(),
  amount: z.string(),
  description: z.string().trim().max(TRAVEL_TEXT_LIMITS.travel[B.description]),
  receiptFileId: z.string().min(1).nullable(),
  receiptUrl: z.string().trim(),
});
export type TravelInput = z.infer<typeof TravelInputSchema>;

/**
 * "1,234", "１２３４円" or "¥1234" → 1234; null when it is not a whole number of yen in range.
 * Full-width digits are what a Japanese IME types by default.
 */
export function parseYenAmount(text: string): number | null {
  const half = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, "")
    .replace(/^[¥￥]/, "")
    .replace(/円$/, "");
  if (!/^\d+$/.test(half)) return null;
  const n = Number(half);
  return n >= 1 && n <= MAX_TRAVEL_YEN ? n : null;
}
