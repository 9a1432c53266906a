import { applicantUsers } from "../applications/applications-service.js";
import { requireWritableProgram } from "../program/program-rules.js";
import { type Actor, requireRole } from "../roles/actor.js";
import { auditCapacityOverride, localeOf, type MatchingContext } from "./matching-context.js";
import { capacityError, caseNotActive, matchingError } from "./matching-errors.js";
import { MATCHING_IDS } from "./matching-ids.js";
import type { CaseDetail, Expert } from "./matching-repository.js";
import {
  expertCaseDm,
  expertReleasedDm,
  reassignedSecretariatMessage,
  smeReassignedDm,
} from "./views/matching-messages.js";

const B = MATCHING_IDS.blocks;

export type ReassignPreview = {
  caseId: number;
  application: CaseDetail["application"];
  current: Expert;
  heldVisits: number;
};

export async function reassignPreview(ctx: MatchingContext, actor: Actor, caseId: number): Promise<ReassignPreview> {
  requireRole(actor, "secretariat");
  const c = await ctx.store.findCase(ctx.db.client, caseId);
  if (!c) throw matchingError("not_found", (t) => t.caseNotFound(caseId));
  if (c.program) requireWritableProgram(c.program);
  if (c.status !== "active") throw caseNotActive(c);
  return {
    caseId,
    application: c.application,
    current: c.expert,
    heldVisits: await ctx.store.countHeldVisits(ctx.db.client, caseId),
  };
}

/**
 * Hands an active case to another expert. Visits already held stay with the case; the
 * assignment history gets a new row; both experts are told.
 */
export async function reassign(
  ctx: MatchingContext,
  actor: Actor,
  caseId: number,
  input: { expertId: number | null; reason: string; overrideCapacity: boolean },
): Promise<{ from: Expert; to: Expert }> {
  requireRole(actor, "secretariat");
  const reason = input.reason.trim();
  if (!input.expertId) throw matchingError("invalid_input", (t) => t.chooseNewExpert, B.expert);
  if (reason === "") throw matchingError("invalid_input", (t) => t.reassignReason, B.reason);
  const toId = input.expertId;
  const channel = await ctx.channels.secretariat();
  const { store, notifier } = ctx;
  const result = await ctx.db.transaction(async (tx) => {
    const c = await store.findCase(tx, caseId);
    if (!c) throw matchingError("not_found", (t) => t.caseNotFound(caseId), B.expert);
    if (c.program) requireWritableProgram(c.program);
    if (c.status !== "active") throw caseNotActive(c, B.expert);
    if (c.expertId === toId) throw matchingError("invalid_input", (t) => t.sameExpert, B.expert);
    const to = await store.findExpert(tx, toId);
    if (to?.status !== "active") throw matchingError("rule_violation", (t) => t.chooseActive, B.expert);
    const open = await store.countOpenCasesOf(tx, toId);
    const overCapacity = open >= to.capacity;
    if (overCapacity && !input.overrideCapacity) throw capacityError(to, open);
    const now = ctx.clock.now();
    const moved = await store.moveCase(tx, caseId, c.expertId, toId, { at: now, by: actor.userId, reason });
    if (!moved) throw matchingError("conflict", (t) => t.reassignedMeanwhile, B.expert);
    if (!input.overrideCapacity && (await store.countOpenCasesOf(tx, toId)) > to.capacity)
      throw capacityError(to, open);
    await store.writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "matching.reassign",
        entityType: "case",
        entityId: caseId,
        before: { expertId: c.expertId },
        after: { expertId: toId, reason, capacityOverride: overCapacity },
      },
      now,
    );
    if (overCapacity) await auditCapacityOverride(ctx, tx, actor, caseId, open, to.capacity, now);
    const round = await store.countAssignments(tx, caseId);
    const heldVisits = await store.countHeldVisits(tx, caseId);
    const from = c.expert;
    const key = `case:${caseId}:assignment:${round}`;
    if (from.slackUserId) {
      const locale = await localeOf(ctx, tx, actor, from.slackUserId);
      await notifier.dm(
        tx,
        `${key}:released`,
        from.slackUserId,
        expertReleasedDm(c.application, from, caseId, reason, locale),
      );
    }
    if (to.slackUserId) {
      const locale = await localeOf(ctx, tx, actor, to.slackUserId);
      await notifier.dm(
        tx,
        `${key}:expert`,
        to.slackUserId,
        expertCaseDm(c.application, to, c, locale, { heldVisits, reason }),
      );
    }
    for (const userId of applicantUsers(c.application)) {
      const locale = await localeOf(ctx, tx, actor, userId);
      await notifier.dm(tx, `${key}:sme:${userId}`, userId, smeReassignedDm(c.application, to, locale));
    }
    await notifier.post(
      tx,
      `${key}:secretariat`,
      channel,
      reassignedSecretariatMessage(c.application, caseId, from, to, reason, actor.userId, overCapacity),
    );
    return { from, to };
  });
  notifier.kick();
  return result;
}
