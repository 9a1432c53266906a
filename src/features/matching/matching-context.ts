import type { Database, DbClient } from "../../db/client.js";
import type { RankedSme } from "../../domain/ranking.js";
import type { Clock } from "../../lib/clock.js";
import { type Locale, toLocale } from "../../lib/i18n.js";
import { countApplicationsInStatus, searchActiveExperts } from "../applications/applications-repository.js";
import { applicantUsers } from "../applications/applications-service.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Notifier } from "../outbox/notifier.js";
import type { CarryOverService } from "../program/carry-over-service.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import { requireWritableProgram } from "../program/program-rules.js";
import type { ProgramService } from "../program/program-service.js";
import type { Actor } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import type { SmeService } from "../sme/sme-service.js";
import { parseReasons } from "./matching.schemas.js";
import { matchingError } from "./matching-errors.js";
import {
  countAssignments,
  countHeldVisits,
  countOpenCasesOf,
  createCaseWithAssignment,
  createProposal,
  type Expert,
  findActiveCaseOfCompany,
  findCase,
  findExpert,
  findExpertsByIds,
  findLatestProposal,
  findMatchingApplication,
  findProposal,
  findProposalBySubmissionKey,
  findRankableExperts,
  listApplicationsInStatus,
  listRankableExperts,
  type MatchingApplication,
  moveCase,
  type ProposalWithCandidates,
  refusedExpertIds,
  transitionApplication,
  transitionProposal,
} from "./matching-repository.js";
import {
  type ProposalStage,
  proposalSecretariatMessage,
  type ShownCandidate,
  type SmeReach,
} from "./views/matching-messages.js";

/**
 * The data the matching use cases read and change: the feature's repository, plus the audit log,
 * people's languages and application counts of other features (through their repositories).
 * Tests pass a fake with the same functions.
 */
export const matchingStore = {
  countAssignments,
  countHeldVisits,
  countOpenCasesOf,
  createCaseWithAssignment,
  createProposal,
  findActiveCaseOfCompany,
  findCase,
  findExpert,
  findExpertsByIds,
  findLatestProposal,
  findMatchingApplication,
  findProposal,
  findProposalBySubmissionKey,
  findRankableExperts,
  listApplicationsInStatus,
  listRankableExperts,
  moveCase,
  refusedExpertIds,
  transitionApplication,
  transitionProposal,
  writeAudit,
  findUserLocale,
  countApplicationsInStatus,
  searchActiveExperts,
};
export type MatchingStore = typeof matchingStore;

/** What every matching use case works with: narrow ports, so a use case can be built with fakes. */
export type MatchingContext = {
  db: Pick<Database, "client" | "read" | "transaction">;
  store: MatchingStore;
  clock: Clock;
  notifier: Pick<Notifier, "post" | "dm" | "update" | "kick">;
  channels: SecretariatChannel;
  program: Pick<ProgramService, "current" | "currentOrNull">;
  /** Mails SME contacts who are not on Slack (null: the web side is off). */
  sme: Pick<SmeService, "emailsContact" | "mailProgress"> | null;
  /** Which program's carry-over confirmations the ranking requires (absent: none, as for the first program). */
  carryOver?: Pick<CarryOverService, "requiredFor"> | null;
};

export function proposalMessageKey(proposalId: number): string {
  return `proposal:${proposalId}:secretariat`;
}

export function proposalDmKey(proposalId: number, userId: string): string {
  return `proposal:${proposalId}:sme:${userId}`;
}

export async function requireApplication(ctx: MatchingContext, tx: DbClient, id: number): Promise<MatchingApplication> {
  const app = Number.isInteger(id) && id > 0 ? await ctx.store.findMatchingApplication(tx, id) : null;
  if (!app) throw matchingError("not_found", (t) => t.applicationNotFound(id));
  // Every matching step changes the application: one of a past program is only read.
  if (app.program) requireWritableProgram(app.program);
  return app;
}

/** How the SME hears of candidates: Slack DMs, e-mail with its personal link, or neither (the secretariat tells it). */
export function smeReach(ctx: MatchingContext, app: MatchingApplication): SmeReach {
  if (applicantUsers(app).length > 0) return "slack";
  return ctx.sme?.emailsContact(app) && app.contactEmail ? "mail" : "none";
}

/** Replaces the proposal's secretariat message with its new stage (one update per stage). */
export async function updateProposalMessage(
  ctx: MatchingContext,
  tx: DbClient,
  app: MatchingApplication,
  proposal: ProposalWithCandidates,
  stage: ProposalStage,
  stageKey: string,
): Promise<void> {
  const shown: ShownCandidate[] = proposal.candidates.map((c) => ({
    expert: c.expert,
    reasons: parseReasons(c.reasons),
  }));
  const key = proposalMessageKey(proposal.id);
  await ctx.notifier.update(
    tx,
    `${key}:${stageKey}`,
    key,
    proposalSecretariatMessage(app, proposal.id, shown, stage, smeReach(ctx, app)),
  );
}

/** The language a person reads in: the actor's own, else the one stored for their Slack user. */
export async function localeOf(ctx: MatchingContext, tx: DbClient, actor: Actor, userId: string): Promise<Locale> {
  return userId === actor.userId ? actor.locale : toLocale(await ctx.store.findUserLocale(tx, userId));
}

export function smeOf(app: MatchingApplication): RankedSme {
  return {
    prefecture: app.company.prefecture,
    industry: app.company.industry,
    recruiterExpertId: app.recruiterExpertId,
  };
}

export async function orderedExperts(ctx: MatchingContext, tx: DbClient, ids: number[]): Promise<Expert[]> {
  const rows = new Map((await ctx.store.findExpertsByIds(tx, ids)).map((e) => [e.id, e]));
  return ids.flatMap((id) => {
    const e = rows.get(id);
    return e ? [e] : [];
  });
}

/** The explicit decision to give an expert more cases than their capacity: its own audit row. */
export function auditCapacityOverride(
  ctx: MatchingContext,
  tx: DbClient,
  actor: Actor,
  caseId: number,
  open: number,
  capacity: number,
  at: Date,
) {
  return ctx.store.writeAudit(
    tx,
    {
      actor: actor.userId,
      action: "matching.capacity_override",
      entityType: "case",
      entityId: caseId,
      before: { open, capacity },
      after: { open: open + 1, capacity },
    },
    at,
  );
}
