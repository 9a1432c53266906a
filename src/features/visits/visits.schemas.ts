import { z } from "zod";

export const VisitModeSchema = z.enum(["onsite", "online"]);
export type VisitMode = z.infer<typeof VisitModeSchema>;

/** A schedule or reschedule as entered. */
export type ScheduleInput = {
  caseId: number;
  round: number;
  date: string | null;
  time: string | null;
  mode: string | null;
  place: string;
};
