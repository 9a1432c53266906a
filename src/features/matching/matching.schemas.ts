import { z } from "zod";
import type { RankingReason } from "../../domain/ranking.js";
import { matchingError } from "./matching-errors.js";
import { MATCHING_IDS } from "./matching-ids.js";

/** How the SME's choice reached us: its own click (Slack or its web page), or the secretariat recording it. */
export const ChoiceViaSchema = z.enum(["slack", "web", "phone", "mail", "fax", "in_person", "other", "recruiter"]);
export type ChoiceVia = z.infer<typeof ChoiceViaSchema>;
/** What the secretariat may pick when recording a choice on the SME's behalf. */
export const RECORDED_VIA: ChoiceVia[] = ["phone", "mail", "fax", "in_person", "other"];

/** How a choice the secretariat records reached it, or the field error that asks for it. */
export function recordedVia(value: unknown): ChoiceVia {
  const via = ChoiceViaSchema.safeParse(value);
  if (via.success && RECORDED_VIA.includes(via.data)) return via.data;
  throw matchingError("invalid_input", (t) => t.recordedVia, MATCHING_IDS.blocks.via);
}

export const ProposalStatusSchema = z.enum(["open", "decided", "cancelled"]);
export type ProposalStatus = z.infer<typeof ProposalStatusSchema>;

/** The propose modal's working state, kept in private_metadata between clicks. */
export const ProposalDraftSchema = z.object({
  applicationId: z.number().int().positive(),
  /** Experts shown, in order: what the member sees is what is sent (first `count`). */
  shown: z.array(z.number().int().positive()).max(20),
  removed: z.array(z.number().int().positive()).max(200),
  added: z.array(z.number().int().positive()).max(20),
});
export type ProposalDraft = z.infer<typeof ProposalDraftSchema>;

export const MAX_PRESENTED = 10;
/** How many experts the propose modal lists (Slack modal blocks stay well under 100). */
export const SHOWN_IN_MODAL = 10;

export const CandidateCountSchema = z
  .number({ error: "count" })
  .int("count")
  .min(1, "count")
  .max(MAX_PRESENTED, "count");

/** Stored reasons (ProposalCandidate.reasons); unknown shapes are dropped rather than shown wrong. */
export function parseReasons(json: string): RankingReason[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? (value.filter((r) => r && typeof r.code === "string") as RankingReason[]) : [];
  } catch {
    return [];
  }
}
