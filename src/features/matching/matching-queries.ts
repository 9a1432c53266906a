import type { Localized } from "../../lib/errors.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { type ApprovalPreview, approvalPreview } from "./approve.js";
import { type MatchingContext, requireApplication } from "./matching-context.js";
import { notProposable } from "./matching-errors.js";
import type { MatchingApplication } from "./matching-repository.js";
import { type ProposalPreview, previewProposal } from "./propose.js";

/** Options Slack shows for an external_select answer at most. */
const SEARCH_LIMIT = 100;

export type ExpertSuggestion = {
  id: number;
  nameKanji: string;
  nameKana: string;
  prefecture: number | null;
  open: number;
  capacity: number;
};

/** What `/desk match <id>` leads to, given where the application stands. */
export type MatchEntry =
  | { kind: "propose"; preview: ProposalPreview }
  | { kind: "approve"; preview: ApprovalPreview }
  | { kind: "waiting"; proposalId: number; application: MatchingApplication }
  | { kind: "info"; message: Localized };

export type MatchingHome = {
  counts: Record<string, number>;
  /** Valid applications waiting for candidates, longest-waiting first. */
  valid: { id: number; companyName: string; prefecture: number; receivedOn: string }[];
  chosen: { id: number; companyName: string; expertName: string | null }[];
};

/** `/desk match <id>`: the next step for this application. */
export async function matchEntry(ctx: MatchingContext, actor: Actor, applicationId: number): Promise<MatchEntry> {
  requireRole(actor, "secretariat");
  const app = await requireApplication(ctx, ctx.db.client, applicationId);
  switch (app.status) {
    case "valid":
      return { kind: "propose", preview: await previewProposal(ctx, actor, applicationId) };
    case "chosen":
      return { kind: "approve", preview: await approvalPreview(ctx, actor, applicationId) };
    case "proposed": {
      const open = await ctx.store.findLatestProposal(ctx.db.client, applicationId, "open");
      if (open) return { kind: "waiting", proposalId: open.id, application: app };
      return { kind: "info", message: notProposable(app).userMessage };
    }
    default:
      return { kind: "info", message: notProposable(app).userMessage };
  }
}

/** Active experts whose kanji or kana name contains what was typed, with their load (≤ 100). */
export async function searchExperts(ctx: MatchingContext, actor: Actor, query: string): Promise<ExpertSuggestion[]> {
  requireRole(actor, "secretariat");
  return ctx.store.searchActiveExperts(ctx.db.read, query, SEARCH_LIMIT);
}

/** The secretariat's App Home: what waits for matching steps. */
export async function matchingHome(ctx: MatchingContext, actor: Actor, take: number): Promise<MatchingHome | null> {
  if (!actor.isSecretariat) return null;
  const program = await ctx.program.currentOrNull();
  if (!program) return null;
  const [counts, valid, chosen] = await Promise.all([
    ctx.store.countApplicationsInStatus(ctx.db.read, program.id, ["valid", "proposed", "chosen"]),
    ctx.store.listApplicationsInStatus(ctx.db.client, program.id, "valid", take),
    ctx.store.listApplicationsInStatus(ctx.db.client, program.id, "chosen", take),
  ]);
  return {
    counts,
    valid: valid.map((a) => ({
      id: a.id,
      companyName: a.company.name,
      prefecture: a.company.prefecture,
      receivedOn: a.receivedOn,
    })),
    chosen: chosen.map((a) => ({
      id: a.id,
      companyName: a.company.name,
      expertName: a.chosenExpert?.nameKanji ?? null,
    })),
  };
}
