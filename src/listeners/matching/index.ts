import type { App } from "@slack/bolt";
import { MATCHING_IDS, MATCHING_TEXT_LIMITS } from "../../features/matching/matching-ids.js";
import { matchingReplyTexts } from "../../features/matching/views/matching-replies.texts.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { IdPairValue, IdValue, idMetadata, NoMetadata } from "../../slack/payload.js";
import { openApprove, openReject, PairMetadata, submitApprove, submitReject } from "./approve.js";
import { chooseFromDm, openRecordChoice, submitRecordChoice } from "./choose.js";
import { directMatch } from "./direct-match.js";
import { addCandidate, removeCandidate } from "./edit-candidates.js";
import { matchCommand } from "./match-command.js";
import { matchingHomeSection } from "./matching-home.js";
import { openPropose, ProposalMetadata, submitProposal } from "./propose.js";
import { openRanking, submitRanking } from "./ranking.js";
import { openReassign, reassignCommand, submitReassign } from "./reassign.js";
import { suggestExperts } from "./suggest-experts.js";
import { openWithdraw, submitWithdraw } from "./withdraw.js";

const B = MATCHING_IDS.blocks;
/** The help shows one usage line for both languages. */
const USAGE = matchingReplyTexts("ja");

export function registerMatching(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "match",
    role: "secretariat",
    usage: USAGE.matchUsage,
    summary: both(matchingReplyTexts, (t) => t.matchSummary),
    handler: matchCommand,
  });
  router.add({
    command: "/desk",
    name: "reassign",
    role: "secretariat",
    usage: USAGE.reassignUsage,
    summary: both(matchingReplyTexts, (t) => t.reassignSummary),
    handler: reassignCommand,
  });
  router.add({
    command: "/desk",
    name: "ranking",
    role: "secretariat",
    usage: "ranking",
    summary: both(matchingReplyTexts, (t) => t.rankingSummary),
    handler: openRanking,
  });
  const L = MATCHING_TEXT_LIMITS;
  const proposalMeta = idMetadata("proposalId");
  onViewSubmit(
    app,
    ctx,
    MATCHING_IDS.rankingModal,
    "secretariat",
    { generalBlockId: `${B.weightPrefix}samePrefecture`, metadata: NoMetadata },
    submitRanking,
  );
  onAction(app, ctx, MATCHING_IDS.proposeButton, "secretariat", IdValue, openPropose);
  onAction(app, ctx, MATCHING_IDS.removeCandidate, "secretariat", IdValue, removeCandidate);
  onAction(app, ctx, MATCHING_IDS.addCandidate, "secretariat", IdValue, addCandidate);
  onAction(app, ctx, MATCHING_IDS.directMatchButton, "secretariat", IdValue, directMatch);
  // The SME contact need not hold any role: the service checks the proposal was sent to them.
  onAction(app, ctx, MATCHING_IDS.chooseButton, "anyone", IdPairValue, chooseFromDm);
  onAction(app, ctx, MATCHING_IDS.recordChoiceButton, "secretariat", IdValue, openRecordChoice);
  onAction(app, ctx, MATCHING_IDS.approveButton, "secretariat", IdValue, openApprove);
  onAction(app, ctx, MATCHING_IDS.rejectButton, "secretariat", IdValue, openReject);
  onAction(app, ctx, MATCHING_IDS.reassignButton, "secretariat", IdValue, openReassign);
  onViewSubmit(
    app,
    ctx,
    MATCHING_IDS.proposeModal,
    "secretariat",
    { generalBlockId: B.count, metadata: ProposalMetadata },
    submitProposal,
  );
  onViewSubmit(
    app,
    ctx,
    MATCHING_IDS.recordChoiceModal,
    "secretariat",
    { generalBlockId: B.expert, metadata: proposalMeta, textLimits: L.recordChoice },
    submitRecordChoice,
  );
  onViewSubmit(
    app,
    ctx,
    MATCHING_IDS.approveModal,
    "secretariat",
    { generalBlockId: B.firstVisitTarget, metadata: PairMetadata },
    submitApprove,
  );
  onViewSubmit(
    app,
    ctx,
    MATCHING_IDS.rejectModal,
    "secretariat",
    { generalBlockId: B.reason, metadata: PairMetadata, textLimits: L.reject },
    submitReject,
  );
  onAction(app, ctx, MATCHING_IDS.withdrawButton, "secretariat", IdValue, openWithdraw);
  onViewSubmit(
    app,
    ctx,
    MATCHING_IDS.withdrawModal,
    "secretariat",
    { generalBlockId: B.reason, metadata: proposalMeta, textLimits: L.withdraw },
    submitWithdraw,
  );
  onViewSubmit(
    app,
    ctx,
    MATCHING_IDS.reassignModal,
    "secretariat",
    { generalBlockId: B.expert, metadata: idMetadata("caseId"), textLimits: L.reassign },
    submitReassign,
  );
  app.options(MATCHING_IDS.addCandidate, suggestExperts(ctx));
  app.options(MATCHING_IDS.reassignExpertSelect, suggestExperts(ctx));
  home.add({ order: 35, build: matchingHomeSection });
}
