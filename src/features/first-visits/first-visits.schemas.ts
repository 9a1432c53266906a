import { z } from "zod";
import { VisitModeSchema } from "../visits/visits.schemas.js";

export const ProposalStatusSchema = z.enum(["open", "confirmed", "declined", "superseded", "closed"]);
export type FirstVisitProposalStatus = z.infer<typeof ProposalStatusSchema>;

/** FirstVisitProposal.options: the proposed starts, ISO instants. */
export const StoredOptionsSchema = z.array(z.iso.datetime()).min(1).max(3);

/** How the SME's answer reached the secretariat when it records it on the SME's behalf. */
export const AnswerChannelSchema = z.enum(["phone", "mail", "fax", "other"]);
export type AnswerChannel = z.infer<typeof AnswerChannelSchema>;
export const ANSWER_CHANNELS = AnswerChannelSchema.options;

/** A proposal as entered (the modal, or later the web): up to three day + time pairs. */
export type ProposeInput = {
  slots: { date: string | null; time: string | null }[];
  mode: string | null;
  place: string;
  note: string;
};

export { VisitModeSchema };

export function parseStoredOptions(json: string): Date[] {
  try {
    const parsed = StoredOptionsSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data.map((s) => new Date(s));
  } catch {
    // fall through
  }
  return [];
}
