import { parseRankingWeights, type RankingReason, rankExperts, scoreExpert } from "../../domain/ranking.js";
import { candidatesMail, candidatesWithdrawnMail } from "../../mail/matching-mails.js";
import { applicantUsers } from "../applications/applications-service.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { CandidateCountSchema, type ProposalDraft, SHOWN_IN_MODAL } from "./matching.schemas.js";
import {
  localeOf,
  type MatchingContext,
  orderedExperts,
  proposalDmKey,
  proposalMessageKey,
  requireApplication,
  smeOf,
  smeReach,
  updateProposalMessage,
} from "./matching-context.js";
import { alreadyDecided, matchingError, notChoosable, notProposable, proposalNotFound } from "./matching-errors.js";
import { MATCHING_IDS } from "./matching-ids.js";
import type { Expert, MatchingApplication, Proposal, ProposalWithCandidates } from "./matching-repository.js";
import { proposalSecretariatMessage, smeChoiceDm, smeProposalWithdrawnDm } from "./views/matching-messages.js";
import { appTitle, publicProfile } from "./views/matching-text.js";

const B = MATCHING_IDS.blocks;

export type CandidateRow = { expert: Expert; score: number; reasons: RankingReason[]; full: boolean; added: boolean };

export type ProposalPreview = {
  application: MatchingApplication;
  /** The recruiting expert when active (offered a direct match). */
  recruiter: Expert | null;
  rows: CandidateRow[];
  count: number;
  draft: ProposalDraft;
};

/** The ranked list for the propose modal, after the member's removals and additions. */
export async function previewProposal(
  ctx: MatchingContext,
  actor: Actor,
  applicationId: number,
  draft: Pick<ProposalDraft, "removed" | "added"> = { removed: [], added: [] },
  count?: number,
): Promise<ProposalPreview> {
  requireRole(actor, "secretariat");
  const db = ctx.db.client;
  const app = await requireApplication(ctx, db, applicationId);
  if (app.status !== "valid") throw notProposable(app);
  const program = await ctx.program.current();
  const { weights } = parseRankingWeights(program.rankingWeights);
  const removed = [...new Set(draft.removed)];
  const added = [...new Set(draft.added)].filter((id) => !removed.includes(id)).slice(-SHOWN_IN_MODAL);
  // From the second program on, an expert is proposed only once they confirmed carrying over.
  const confirmedFor = (await ctx.carryOver?.requiredFor(program)) ?? null;
  const [all, refused] = await Promise.all([
    ctx.store.listRankableExperts(db, confirmedFor),
    ctx.store.refusedExpertIds(db, applicationId),
  ]);
  const sme = smeOf(app);
  const byId = new Map(all.map((e) => [e.id, e]));
  const addedRows = added.flatMap((id) => {
    const e = byId.get(id);
    return e ? [{ expertId: id, ...scoreExpert(sme, e, weights), added: true }] : [];
  });
  const ranked = rankExperts(sme, all, {
    weights,
    exclude: [...removed, ...refused, ...added],
    limit: SHOWN_IN_MODAL - addedRows.length,
  }).map((r) => ({ ...r, added: false }));
  const list = [...addedRows, ...ranked];
  const ids = list.map((r) => r.expertId);
  const experts = await ctx.store.findExpertsByIds(db, [
    ...ids,
    ...(app.recruiterExpertId ? [app.recruiterExpertId] : []),
  ]);
  const expertById = new Map(experts.map((e) => [e.id, e]));
  const recruiter = app.recruiterExpertId ? (expertById.get(app.recruiterExpertId) ?? null) : null;
  return {
    application: app,
    recruiter: recruiter?.status === "active" ? recruiter : null,
    rows: list.map((r) => ({
      expert: expertById.get(r.expertId) as Expert,
      score: r.score,
      reasons: r.reasons,
      full: r.full,
      added: r.added,
    })),
    count: count ?? program.defaultCandidateCount,
    draft: { applicationId, shown: ids, removed, added: addedRows.map((r) => r.expertId) },
  };
}

/**
 * Sends the first `count` experts of what the member saw: to the SME contact by DM (if on Slack)
 * and to the secretariat channel. A repeated submission of the same modal changes nothing.
 */
export async function propose(
  ctx: MatchingContext,
  actor: Actor,
  draft: ProposalDraft,
  countInput: string,
  submissionKey: string,
): Promise<{ proposal: Proposal; created: boolean }> {
  requireRole(actor, "secretariat");
  const count = CandidateCountSchema.safeParse(countInput.trim() === "" ? Number.NaN : Number(countInput));
  if (!count.success) throw matchingError("invalid_input", (t) => t.countInvalid, B.count);
  const ids = draft.shown.slice(0, count.data);
  if (ids.length === 0) throw matchingError("invalid_input", (t) => t.noCandidate, B.count);
  const program = await ctx.program.current();
  const { weights } = parseRankingWeights(program.rankingWeights);
  const channel = await ctx.channels.secretariat();
  const { store, notifier } = ctx;
  const result = await ctx.db.transaction(async (tx) => {
    const existing = await store.findProposalBySubmissionKey(tx, submissionKey);
    if (existing) return { proposal: existing, created: false };
    const app = await requireApplication(ctx, tx, draft.applicationId);
    if (app.status !== "valid") throw notProposable(app, B.count);
    const rankable = new Map((await store.findRankableExperts(tx, ids)).map((e) => [e.id, e]));
    const experts = await orderedExperts(ctx, tx, ids);
    const gone = experts.filter((e) => !rankable.has(e.id));
    if (gone.length > 0 || experts.length !== ids.length)
      throw matchingError("conflict", (t) => t.noLongerActive(gone.map((e) => e.nameKanji)), B.count);
    const sme = smeOf(app);
    const scored = ids.map((id, i) => ({
      expertId: id,
      rank: i + 1,
      ...scoreExpert(sme, rankable.get(id)!, weights),
    }));
    if (!(await store.transitionApplication(tx, app.id, "valid", { status: "proposed" })))
      throw notProposable({ ...app, status: "proposed" }, B.count);
    const now = ctx.clock.now();
    const proposal = await store.createProposal(
      tx,
      { applicationId: app.id, createdBy: actor.userId, sentAt: now, submissionKey },
      scored.map((s) => ({ expertId: s.expertId, rank: s.rank, score: s.score, reasons: JSON.stringify(s.reasons) })),
    );
    await store.writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "matching.propose",
        entityType: "application",
        entityId: app.id,
        before: { status: "valid" },
        after: { status: "proposed", proposalId: proposal.id, experts: ids },
      },
      now,
    );
    const shown = experts.map((e, i) => ({ expert: e, reasons: scored[i].reasons }));
    await notifier.post(
      tx,
      proposalMessageKey(proposal.id),
      channel,
      proposalSecretariatMessage(app, proposal.id, shown, { kind: "open" }, smeReach(ctx, app)),
    );
    for (const userId of applicantUsers(app)) {
      const locale = await localeOf(ctx, tx, actor, userId);
      await notifier.dm(tx, proposalDmKey(proposal.id, userId), userId, smeChoiceDm(app, proposal.id, experts, locale));
    }
    await ctx.sme?.mailProgress(tx, `proposal:${proposal.id}:sme:mail`, app.id, actor.userId, (c) =>
      candidatesMail({ ...c.data, candidates: experts.map((e) => publicProfile(e, c.locale)) }, c.locale, c.signature),
    );
    return { proposal, created: true };
  });
  notifier.kick();
  return result;
}

/** The proposal with its candidates, for the record-choice and withdraw modals (secretariat only). */
export async function getOpenProposal(
  ctx: MatchingContext,
  actor: Actor,
  proposalId: number,
): Promise<{ proposal: ProposalWithCandidates; title: string }> {
  requireRole(actor, "secretariat");
  const proposal = await ctx.store.findProposal(ctx.db.client, proposalId);
  if (!proposal) throw proposalNotFound();
  const app = await requireApplication(ctx, ctx.db.client, proposal.applicationId);
  if (proposal.status !== "open") throw alreadyDecided(proposal);
  return { proposal, title: appTitle(app) };
}

/**
 * Withdraws an open proposal with a reason (the SME declined every candidate, or one is no
 * longer available): the application goes back to proposing candidates, the SME's choice
 * buttons go away and the channel message offers to propose again.
 */
export async function withdraw(ctx: MatchingContext, actor: Actor, proposalId: number, reason: string): Promise<void> {
  requireRole(actor, "secretariat");
  const trimmed = reason.trim();
  if (trimmed === "") throw matchingError("invalid_input", (t) => t.withdrawReason, B.reason);
  const { store, notifier } = ctx;
  await ctx.db.transaction(async (tx) => {
    const proposal = Number.isSafeInteger(proposalId) ? await store.findProposal(tx, proposalId) : null;
    if (!proposal) throw proposalNotFound(B.reason);
    const app = await requireApplication(ctx, tx, proposal.applicationId);
    if (proposal.status !== "open") throw alreadyDecided(proposal, B.reason);
    const now = ctx.clock.now();
    const closed = await store.transitionProposal(tx, proposalId, "open", {
      status: "cancelled",
      decidedAt: now,
      decidedBy: actor.userId,
    });
    if (!closed) throw alreadyDecided(proposal, B.reason);
    if (!(await store.transitionApplication(tx, app.id, "proposed", { status: "valid" })))
      throw notChoosable(app, B.reason);
    await store.writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "matching.withdraw",
        entityType: "application",
        entityId: app.id,
        before: { status: "proposed", proposalId },
        after: { status: "valid", reason: trimmed },
      },
      now,
    );
    for (const userId of applicantUsers(app)) {
      const locale = await localeOf(ctx, tx, actor, userId);
      const key = proposalDmKey(proposalId, userId);
      await notifier.update(tx, `${key}:withdrawn`, key, smeProposalWithdrawnDm(app, locale));
    }
    await ctx.sme?.mailProgress(tx, `proposal:${proposalId}:withdrawn:sme:mail`, app.id, actor.userId, (c) =>
      candidatesWithdrawnMail(c.data, c.locale, c.signature),
    );
    await updateProposalMessage(
      ctx,
      tx,
      app,
      proposal,
      { kind: "withdrawn", reason: trimmed, by: actor.userId },
      "withdrawn",
    );
  });
  notifier.kick();
}
