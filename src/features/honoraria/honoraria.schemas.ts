import { z } from "zod";
import { isIsoDate } from "../../lib/dates.js";
import { HONORARIA_IDS, HONORARIA_TEXT_LIMITS } from "./honoraria-ids.js";

/** A payment batch as entered in the modal. */
export const PayBatchInputSchema = z.object({
  paidOn: z.string().refine(isIsoDate, "date"),
  /** Empty: every expert with payable lines. */
  expertIds: z.array(z.number().int().positive()),
  /** Only lines created (visits accepted) on or before this day; null for all. */
  acceptedUntil: z.string().refine(isIsoDate, "date").nullable(),
  note: z.string().trim().max(HONORARIA_TEXT_LIMITS.pay[HONORARIA_IDS.blocks.note]),
});
export type PayBatchInput = z.infer<typeof PayBatchInputSchema>;
