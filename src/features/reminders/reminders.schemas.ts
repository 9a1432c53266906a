import { DateTime } from "luxon";
import { z } from "zod";

const day = z
  .string()
  .trim()
  .transform((s) => s.replaceAll("/", "-"))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date"))
  .refine((s) => DateTime.fromISO(s).isValid, "date");

/** `/desk snooze FROM UNTIL` (YYYY-MM-DD or YYYY/MM/DD) or `/desk snooze off`. */
export const SnoozeArgsSchema = z.union([
  z.object({ off: z.literal(true) }),
  z.object({ from: day, until: day }).refine((v) => v.from <= v.until, "order"),
]);
export type SnoozeArgs = z.infer<typeof SnoozeArgsSchema>;

/** `/expert weekly on|off` */
export const WeeklySwitchSchema = z.enum(["on", "off"]);

/** The longest snooze accepted: a year. */
export const MAX_SNOOZE_DAYS = 366;
