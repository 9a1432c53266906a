import { DateTime } from "luxon";
import { parseRankingWeights, scoreExpert } from "../../domain/ranking.js";
import { todayJst, ZONE } from "../../lib/clock.js";
import { formatSlashDate, isIsoDate } from "../../lib/dates.js";
import { choiceNotApprovedMail, matchedMail } from "../../mail/matching-mails.js";
import { applicantUsers } from "../applications/applications-service.js";
import { type Actor, requireRole } from "../roles/actor.js";
import {
  auditCapacityOverride,
  localeOf,
  type MatchingContext,
  proposalMessageKey,
  requireApplication,
  smeOf,
  smeReach,
  updateProposalMessage,
} from "./matching-context.js";
import { alreadyApproved, capacityError, matchingError, notApprovable, notProposable } from "./matching-errors.js";
import { MATCHING_IDS } from "./matching-ids.js";
import type { Expert, MatchingApplication } from "./matching-repository.js";
import { expertCaseDm, proposalSecretariatMessage, smeMatchedDm, smeReproposalDm } from "./views/matching-messages.js";
import { publicProfile } from "./views/matching-text.js";

const B = MATCHING_IDS.blocks;
/** Default first-visit target: two weeks after approval (the curriculum's usual spacing). */
const FIRST_VISIT_TARGET_DAYS = 14;

export type CapacityChecks = {
  expertStatus: string;
  expertActive: boolean;
  open: number;
  capacity: number;
  full: boolean;
};

export type ApprovalPreview = {
  application: MatchingApplication;
  expert: Expert;
  checks: CapacityChecks & { applicationOk: boolean; applicationStatus: string; sameCompanyCaseId: number | null };
  defaultFirstVisitTarget: string;
  programEnd: string;
};

export function capacityChecks(expert: Expert, open: number): CapacityChecks {
  return {
    expertStatus: expert.status,
    expertActive: expert.status === "active",
    open,
    capacity: expert.capacity,
    full: open >= expert.capacity,
  };
}

/**
 * The expert who recruited this SME is matched directly: no choice step, still approved by the
 * secretariat. Returns what the approval modal shows.
 */
export async function directMatch(ctx: MatchingContext, actor: Actor, applicationId: number): Promise<ApprovalPreview> {
  requireRole(actor, "secretariat");
  const channel = await ctx.channels.secretariat();
  const program = await ctx.program.current();
  const { weights } = parseRankingWeights(program.rankingWeights);
  const { store, notifier } = ctx;
  await ctx.db.transaction(async (tx) => {
    const app = await requireApplication(ctx, tx, applicationId);
    if (app.status !== "valid") throw notProposable(app);
    const recruiterId = app.recruiterExpertId;
    const [recruiter] = recruiterId ? await store.findRankableExperts(tx, [recruiterId]) : [];
    if (!recruiterId || !recruiter) throw matchingError("invalid_state", (t) => t.noRecruiter);
    const now = ctx.clock.now();
    const scored = scoreExpert(smeOf(app), recruiter, weights);
    const proposal = await store.createProposal(
      tx,
      {
        applicationId,
        createdBy: actor.userId,
        sentAt: now,
        submissionKey: null,
        status: "decided",
        decidedAt: now,
        decidedBy: actor.userId,
        chosenExpertId: recruiterId,
      },
      [{ expertId: recruiterId, rank: 1, score: scored.score, reasons: JSON.stringify(scored.reasons) }],
    );
    const moved = await store.transitionApplication(tx, applicationId, "valid", {
      status: "chosen",
      chosenExpertId: recruiterId,
      chosenVia: "recruiter",
      chosenNote: null,
      chosenAt: now,
    });
    if (!moved) throw notProposable({ ...app, status: "chosen" });
    await store.writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "matching.direct_match",
        entityType: "application",
        entityId: applicationId,
        before: { status: "valid" },
        after: { status: "chosen", proposalId: proposal.id, expertId: recruiterId, via: "recruiter" },
      },
      now,
    );
    const [expert] = await store.findExpertsByIds(tx, [recruiterId]);
    await notifier.post(
      tx,
      proposalMessageKey(proposal.id),
      channel,
      proposalSecretariatMessage(
        app,
        proposal.id,
        [{ expert, reasons: scored.reasons }],
        { kind: "chosen", expert, via: "recruiter", note: null, by: actor.userId },
        smeReach(ctx, app),
      ),
    );
  });
  notifier.kick();
  return approvalPreview(ctx, actor, applicationId);
}

/** The chosen pair with its conflict checks, for the approval and rejection modals. */
export async function approvalPreview(
  ctx: MatchingContext,
  actor: Actor,
  applicationId: number,
): Promise<ApprovalPreview> {
  requireRole(actor, "secretariat");
  const db = ctx.db.client;
  const app = await requireApplication(ctx, db, applicationId);
  if (app.status !== "chosen" || !app.chosenExpertId) throw notApprovable(app);
  const expert = await ctx.store.findExpert(db, app.chosenExpertId);
  if (!expert) throw matchingError("not_found", (t) => t.expertNotFound);
  const [open, same, program] = await Promise.all([
    ctx.store.countOpenCasesOf(db, expert.id),
    ctx.store.findActiveCaseOfCompany(db, app.company, expert.id, app.id),
    ctx.program.current(),
  ]);
  const target = DateTime.fromISO(todayJst(ctx.clock), { zone: ZONE })
    .plus({ days: FIRST_VISIT_TARGET_DAYS })
    .toISODate() as string;
  return {
    application: app,
    expert,
    checks: {
      ...capacityChecks(expert, open),
      applicationOk: true,
      applicationStatus: app.status,
      sameCompanyCaseId: same?.id ?? null,
    },
    // YYYY-MM-DD strings sort in calendar order: the earlier of the two.
    defaultFirstVisitTarget: [target, program.endDate].sort()[0],
    programEnd: program.endDate,
  };
}

/**
 * Approves the chosen pair and opens the case. Exactly one of two racing approvals wins (the
 * application moves chosen → matched only once; the case is unique per application), and an
 * expert's open cases never exceed their capacity unless `overrideCapacity` (audited).
 */
export async function approve(
  ctx: MatchingContext,
  actor: Actor,
  applicationId: number,
  input: { expertId: number; firstVisitTarget: string | null; overrideCapacity: boolean },
): Promise<{ caseId: number; repeated: boolean }> {
  requireRole(actor, "secretariat");
  const program = await ctx.program.current();
  const today = todayJst(ctx.clock);
  const target = input.firstVisitTarget;
  if (!target || !isIsoDate(target) || target < today || target > program.endDate)
    throw matchingError(
      "invalid_input",
      (t) => t.targetRange({ today: formatSlashDate(today), end: formatSlashDate(program.endDate) }),
      B.firstVisitTarget,
    );
  const { store, notifier } = ctx;
  const result = await ctx.db.transaction(async (tx) => {
    const app = await requireApplication(ctx, tx, applicationId);
    if (app.status === "matched" && app.case) {
      const existing = await store.findCase(tx, app.case.id);
      if (existing && existing.expertId === input.expertId && existing.approvedBy === actor.userId)
        return { caseId: existing.id, repeated: true };
      throw alreadyApproved(app.case.id, existing?.approvedBy ?? null);
    }
    if (app.status !== "chosen" || app.chosenExpertId !== input.expertId) throw notApprovable(app, B.firstVisitTarget);
    const expert = await store.findExpert(tx, input.expertId);
    if (expert?.status !== "active")
      throw matchingError("rule_violation", (t) => t.expertNotActive(expert?.nameKanji ?? null), B.firstVisitTarget);
    const same = await store.findActiveCaseOfCompany(tx, app.company, expert.id, app.id);
    if (same)
      throw matchingError(
        "rule_violation",
        (t) => t.sameCompany({ name: expert.nameKanji, caseId: same.id }),
        B.firstVisitTarget,
      );
    const open = await store.countOpenCasesOf(tx, expert.id);
    const overCapacity = open >= expert.capacity;
    if (overCapacity && !input.overrideCapacity) throw capacityError(expert, open);
    const moved = await store.transitionApplication(tx, applicationId, "chosen", { status: "matched" }, expert.id);
    if (!moved) throw notApprovable({ ...app, status: "matched" }, B.firstVisitTarget);
    const now = ctx.clock.now();
    const created = await store.createCaseWithAssignment(tx, {
      programId: app.programId,
      applicationId,
      expertId: expert.id,
      approvedBy: actor.userId,
      approvedAt: now,
      approvedOn: today,
      firstVisitTarget: target,
      capacityOverride: overCapacity,
    });
    // Re-counted inside the same transaction: a slot taken meanwhile rolls this one back.
    const after = await store.countOpenCasesOf(tx, expert.id);
    if (after > expert.capacity && !input.overrideCapacity) throw capacityError(expert, after - 1);
    await store.writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "matching.approve",
        entityType: "case",
        entityId: created.id,
        before: { applicationStatus: "chosen" },
        after: { applicationId, expertId: expert.id, firstVisitTarget: target, capacityOverride: overCapacity },
      },
      now,
    );
    if (overCapacity) await auditCapacityOverride(ctx, tx, actor, created.id, open, expert.capacity, now);
    const proposal = await store.findLatestProposal(tx, applicationId, "decided");
    if (proposal)
      await updateProposalMessage(
        ctx,
        tx,
        app,
        proposal,
        {
          kind: "approved",
          expert,
          caseId: created.id,
          by: actor.userId,
          firstVisitTarget: target,
          override: overCapacity,
        },
        "approved",
      );
    if (expert.slackUserId) {
      const locale = await localeOf(ctx, tx, actor, expert.slackUserId);
      await notifier.dm(
        tx,
        `case:${created.id}:approved:expert`,
        expert.slackUserId,
        expertCaseDm(app, expert, created, locale),
      );
    }
    for (const userId of applicantUsers(app)) {
      const locale = await localeOf(ctx, tx, actor, userId);
      await notifier.dm(
        tx,
        `case:${created.id}:approved:sme:${userId}`,
        userId,
        smeMatchedDm(app, expert, target, locale),
      );
    }
    await ctx.sme?.mailProgress(tx, `case:${created.id}:approved:sme:mail`, app.id, actor.userId, (c) =>
      matchedMail({ ...c.data, expert: publicProfile(expert, c.locale) }, c.locale, c.signature),
    );
    return { caseId: created.id, repeated: false };
  });
  notifier.kick();
  return result;
}

/** Refuses the chosen pair with a reason; the application goes back to proposing candidates. */
export async function reject(
  ctx: MatchingContext,
  actor: Actor,
  applicationId: number,
  expertId: number,
  reason: string,
): Promise<void> {
  requireRole(actor, "secretariat");
  const trimmed = reason.trim();
  if (trimmed === "") throw matchingError("invalid_input", (t) => t.rejectReason, B.reason);
  const { store, notifier } = ctx;
  await ctx.db.transaction(async (tx) => {
    const app = await requireApplication(ctx, tx, applicationId);
    if (app.status !== "chosen" || app.chosenExpertId !== expertId) throw notApprovable(app, B.reason);
    const proposal = await store.findLatestProposal(tx, applicationId, "decided");
    const moved = await store.transitionApplication(
      tx,
      applicationId,
      "chosen",
      { status: "valid", chosenExpertId: null, chosenVia: null, chosenNote: null, chosenAt: null },
      expertId,
    );
    if (!moved) throw notApprovable({ ...app, status: "valid" }, B.reason);
    if (proposal) await store.transitionProposal(tx, proposal.id, "decided", { status: "cancelled" });
    const now = ctx.clock.now();
    await store.writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "matching.reject",
        entityType: "application",
        entityId: applicationId,
        before: { status: "chosen", expertId },
        after: { status: "valid", reason: trimmed, proposalId: proposal?.id ?? null },
      },
      now,
    );
    const expert = await store.findExpert(tx, expertId);
    if (proposal && expert)
      await updateProposalMessage(
        ctx,
        tx,
        app,
        proposal,
        { kind: "rejected", expert, reason: trimmed, by: actor.userId },
        "rejected",
      );
    for (const userId of applicantUsers(app)) {
      const locale = await localeOf(ctx, tx, actor, userId);
      await notifier.dm(
        tx,
        `application:${applicationId}:rejected:${proposal?.id ?? 0}:${userId}`,
        userId,
        smeReproposalDm(app, locale),
      );
    }
    await ctx.sme?.mailProgress(
      tx,
      `application:${applicationId}:rejected:${proposal?.id ?? 0}:sme:mail`,
      app.id,
      actor.userId,
      (c) => choiceNotApprovedMail(c.data, c.locale, c.signature),
    );
  });
  notifier.kick();
}
