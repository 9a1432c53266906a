import { todayJst } from "../../lib/clock.js";
import { formatSlashDate, isIsoDate } from "../../lib/dates.js";
import type { Locale } from "../../lib/i18n.js";
import { applicantUsers } from "../applications/applications-service.js";
import { type Actor, requireRole, webActor } from "../roles/actor.js";
import { type ChoiceVia, recordedVia } from "./matching.schemas.js";
import {
  localeOf,
  type MatchingContext,
  proposalDmKey,
  proposalMessageKey,
  requireApplication,
  updateProposalMessage,
} from "./matching-context.js";
import { alreadyDecided, matchingError, notChoosable, proposalNotFound } from "./matching-errors.js";
import { MATCHING_IDS } from "./matching-ids.js";
import type { Expert, MatchingApplication, ProposalWithCandidates } from "./matching-repository.js";
import { chosenNotice, type ProposalStage, smeChoiceDecidedDm } from "./views/matching-messages.js";
import { viaText } from "./views/matching-text.js";

const B = MATCHING_IDS.blocks;

/** How a choice reached the desk; the date and note only when the secretariat records it. */
export type ChoiceHow = { via: ChoiceVia; contactedOn?: string | null; note?: string };
export type ChoiceResult = { expert: Expert; application: MatchingApplication };

/**
 * The SME's choice: by the SME contact's own click (via "slack") or recorded by the secretariat
 * (phone, mail …). The first choice closes the proposal; later ones are told it is decided.
 */
export function choose(
  ctx: MatchingContext,
  actor: Actor,
  proposalId: number,
  expertId: number,
  how: ChoiceHow,
): Promise<ChoiceResult> {
  return recordChoice(ctx, actor, proposalId, expertId, how, null);
}

/**
 * The SME's choice on its own web page (by its personal link, which opens `applicationId` only):
 * the same change and the same Slack messages as a choice in Slack, marked 「SMEがWebで選択」.
 */
export function chooseOnWeb(
  ctx: MatchingContext,
  applicationId: number,
  proposalId: number,
  expertId: number,
  locale: Locale,
): Promise<ChoiceResult> {
  return recordChoice(ctx, webActor(locale), proposalId, expertId, { via: "web" }, applicationId);
}

/** The proposal open for the application's web page, with its candidates (public profile only on the page). */
export async function openProposalForWeb(
  ctx: MatchingContext,
  applicationId: number,
): Promise<ProposalWithCandidates | null> {
  const proposal = await ctx.store.findLatestProposal(ctx.db.client, applicationId, "open");
  return proposal?.applicationId === applicationId ? proposal : null;
}

async function recordChoice(
  ctx: MatchingContext,
  actor: Actor,
  proposalId: number,
  expertId: number,
  how: ChoiceHow,
  /** Set for a choice on the SME's web page: the only application its link opens. */
  webApplicationId: number | null,
): Promise<ChoiceResult> {
  const bySme = how.via === "slack" || (how.via === "web" && webApplicationId !== null);
  if (!bySme) {
    requireRole(actor, "secretariat");
    recordedVia(how.via);
    if (!how.contactedOn || !isIsoDate(how.contactedOn) || how.contactedOn > todayJst(ctx.clock))
      throw matchingError("invalid_input", (t) => t.contactedOn, B.contactedOn);
  }
  const field = bySme ? undefined : B.expert;
  const channel = await ctx.channels.secretariat();
  const { store, notifier } = ctx;
  const result = await ctx.db.transaction(async (tx) => {
    const proposal = await store.findProposal(tx, proposalId);
    if (!proposal) throw proposalNotFound(field);
    const app = await requireApplication(ctx, tx, proposal.applicationId);
    const allowed =
      webApplicationId !== null
        ? proposal.applicationId === webApplicationId
        : actor.isSecretariat || applicantUsers(app).includes(actor.userId);
    if (!allowed) throw matchingError("forbidden", (t) => t.notForYou);
    if (proposal.status !== "open") throw alreadyDecided(proposal, field);
    const candidate = proposal.candidates.find((c) => c.expertId === expertId);
    if (!candidate) throw matchingError("invalid_input", (t) => t.notACandidate, field);
    const now = ctx.clock.now();
    // Stored on the application in Japanese, as the secretariat's record reads it.
    const note = bySme
      ? null
      : `${formatSlashDate(how.contactedOn as string)} ${viaText(how.via, "ja")}${how.note?.trim() ? `: ${how.note.trim()}` : ""}`;
    const decided = await store.transitionProposal(tx, proposalId, "open", {
      status: "decided",
      decidedAt: now,
      decidedBy: actor.userId,
      chosenExpertId: expertId,
    });
    if (!decided) throw alreadyDecided(proposal, field);
    const chosen = await store.transitionApplication(tx, app.id, "proposed", {
      status: "chosen",
      chosenExpertId: expertId,
      chosenVia: how.via,
      chosenNote: note,
      chosenAt: now,
    });
    if (!chosen) throw notChoosable(app, field);
    await store.writeAudit(
      tx,
      {
        actor: actor.userId,
        action: "matching.choose",
        entityType: "application",
        entityId: app.id,
        before: { status: "proposed" },
        after: { status: "chosen", proposalId, expertId, via: how.via, note },
      },
      now,
    );
    const expert = candidate.expert;
    for (const userId of applicantUsers(app)) {
      const locale = await localeOf(ctx, tx, actor, userId);
      const key = proposalDmKey(proposalId, userId);
      await notifier.update(tx, `${key}:decided`, key, smeChoiceDecidedDm(app, expert, how.via, locale));
    }
    const stage: ProposalStage = { kind: "chosen", expert, via: how.via, note, by: actor.userId };
    await updateProposalMessage(ctx, tx, app, proposal, stage, "chosen");
    await notifier.post(
      tx,
      `${proposalMessageKey(proposalId)}:chosen:notice`,
      channel,
      chosenNotice(app, expert, how.via),
      { threadOfKey: proposalMessageKey(proposalId) },
    );
    return { expert, application: { ...app, status: "chosen", chosenExpertId: expertId } };
  });
  notifier.kick();
  return result;
}
