import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import type { Locale } from "../../lib/i18n.js";
import type { Notifier } from "../outbox/notifier.js";
import type { CarryOverService } from "../program/carry-over-service.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import type { ProgramService } from "../program/program-service.js";
import type { Actor } from "../roles/actor.js";
import type { SmeService } from "../sme/sme-service.js";
import * as approving from "./approve.js";
import * as choosing from "./choose.js";
import type { ProposalDraft } from "./matching.schemas.js";
import { type MatchingContext, matchingStore } from "./matching-context.js";
import * as queries from "./matching-queries.js";
import * as proposing from "./propose.js";
import * as reassigning from "./reassign.js";

export type { ApprovalPreview, CapacityChecks } from "./approve.js";
export type { ChoiceHow, ChoiceResult } from "./choose.js";
export type { ExpertSuggestion, MatchEntry, MatchingHome } from "./matching-queries.js";
export type { CandidateRow, ProposalPreview } from "./propose.js";
export type { ReassignPreview } from "./reassign.js";

/**
 * Matching: ranked candidates → the SME's choice → the secretariat's approval → a case; plus
 * direct matches of a recruiter and reassignment. Every step is a conditional state change inside
 * one transaction, so racing clicks and stale buttons change nothing and are told why. The use
 * cases live one per module (propose, choose, approve, reassign, queries); this facade gives them
 * their shared context.
 */
export class MatchingService {
  private readonly ctx: MatchingContext;

  constructor(
    db: Database,
    clock: Clock,
    notifier: Notifier,
    channels: SecretariatChannel,
    program: ProgramService,
    /** Mails SME contacts who are not on Slack (null: the web side is off). */
    sme: SmeService | null = null,
    /** From the second program on, only experts who confirmed carrying over are ranked. */
    carryOver: CarryOverService | null = null,
  ) {
    this.ctx = { db, store: matchingStore, clock, notifier, channels, program, sme, carryOver };
  }

  previewProposal(
    actor: Actor,
    applicationId: number,
    draft?: Pick<ProposalDraft, "removed" | "added">,
    count?: number,
  ): Promise<proposing.ProposalPreview> {
    return proposing.previewProposal(this.ctx, actor, applicationId, draft, count);
  }

  propose(actor: Actor, draft: ProposalDraft, countInput: string, submissionKey: string) {
    return proposing.propose(this.ctx, actor, draft, countInput, submissionKey);
  }

  getOpenProposal(actor: Actor, proposalId: number) {
    return proposing.getOpenProposal(this.ctx, actor, proposalId);
  }

  withdraw(actor: Actor, proposalId: number, reason: string): Promise<void> {
    return proposing.withdraw(this.ctx, actor, proposalId, reason);
  }

  choose(actor: Actor, proposalId: number, expertId: number, how: choosing.ChoiceHow) {
    return choosing.choose(this.ctx, actor, proposalId, expertId, how);
  }

  chooseOnWeb(applicationId: number, proposalId: number, expertId: number, locale: Locale) {
    return choosing.chooseOnWeb(this.ctx, applicationId, proposalId, expertId, locale);
  }

  openProposalForWeb(applicationId: number) {
    return choosing.openProposalForWeb(this.ctx, applicationId);
  }

  directMatch(actor: Actor, applicationId: number): Promise<approving.ApprovalPreview> {
    return approving.directMatch(this.ctx, actor, applicationId);
  }

  approvalPreview(actor: Actor, applicationId: number): Promise<approving.ApprovalPreview> {
    return approving.approvalPreview(this.ctx, actor, applicationId);
  }

  approve(
    actor: Actor,
    applicationId: number,
    input: { expertId: number; firstVisitTarget: string | null; overrideCapacity: boolean },
  ) {
    return approving.approve(this.ctx, actor, applicationId, input);
  }

  reject(actor: Actor, applicationId: number, expertId: number, reason: string): Promise<void> {
    return approving.reject(this.ctx, actor, applicationId, expertId, reason);
  }

  reassignPreview(actor: Actor, caseId: number): Promise<reassigning.ReassignPreview> {
    return reassigning.reassignPreview(this.ctx, actor, caseId);
  }

  reassign(
    actor: Actor,
    caseId: number,
    input: { expertId: number | null; reason: string; overrideCapacity: boolean },
  ) {
    return reassigning.reassign(this.ctx, actor, caseId, input);
  }

  matchEntry(actor: Actor, applicationId: number): Promise<queries.MatchEntry> {
    return queries.matchEntry(this.ctx, actor, applicationId);
  }

  searchExperts(actor: Actor, query: string): Promise<queries.ExpertSuggestion[]> {
    return queries.searchExperts(this.ctx, actor, query);
  }

  home(actor: Actor, take: number): Promise<queries.MatchingHome | null> {
    return queries.matchingHome(this.ctx, actor, take);
  }
}
