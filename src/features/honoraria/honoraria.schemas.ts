import { z } from "zod";
import { isIsoDate } from "../../lib/dates.js";

/** A payment batch as entered in the modal. */
export const PayBatchInputSchema = z.object({
  paidOn: z.string().refine(isIsoDate, "date"),
  /** Empty: every expert with payable lines. */
  expertIds: z.array(z.number().int().positive()),
  /** Only lines created (visits accepted) on or before this day; null for all. */
  acceptedUntil: z.string().refine(isIsoDate, "date").nullable(),
  note: z.string().trim().max(500),
});
export type PayBatchInput = z.infer<typeof PayBatchInputSchema>;
