import { DateTime } from "luxon";
import type { Database, DbClient } from "../../db/client.js";
import {
  parseRankingWeights,
  type RankedSme,
  type RankingReason,
  rankExperts,
  scoreExpert,
} from "../../domain/ranking.js";
import { type Clock, todayJst, ZONE } from "../../lib/clock.js";
import { formatSlashDate, isIsoDate } from "../../lib/dates.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { type Locale, toLocale } from "../../lib/i18n.js";
import {
  candidatesMail,
  candidatesWithdrawnMail,
  choiceNotApprovedMail,
  matchedMail,
} from "../../mail/matching-mails.js";
import { esc } from "../../slack/mrkdwn.js";
import { countApplicationsInStatus, searchActiveExperts } from "../applications/applications-repository.js";
import { applicantUsers } from "../applications/applications-service.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { Channels } from "../experts/experts-service.js";
import type { Notifier } from "../outbox/notifier.js";
import type { ProgramService } from "../program/program-service.js";
import { type Actor, requireRole, webActor } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import type { SmeService } from "../sme/sme-service.js";
import {
  CandidateCountSchema,
  type ChoiceVia,
  type ProposalDraft,
  parseReasons,
  recordedVia,
  SHOWN_IN_MODAL,
} from "./matching.schemas.js";
import { MATCHING_IDS } from "./matching-ids.js";
import {
  type CaseDetail,
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
  type Proposal,
  type ProposalWithCandidates,
  refusedExpertIds,
  transitionApplication,
  transitionProposal,
} from "./matching-repository.js";
import {
  expertCaseDm,
  expertReleasedDm,
  type ProposalStage,
  proposalSecretariatMessage,
  reassignedSecretariatMessage,
  type ShownCandidate,
  type SmeReach,
  smeChoiceDecidedDm,
  smeChoiceDm,
  smeMatchedDm,
  smeProposalWithdrawnDm,
  smeReassignedDm,
  smeReproposalDm,
} from "./views/matching-messages.js";
import { appTitle, publicProfile, VIA_LABELS } from "./views/matching-text.js";

const B = MATCHING_IDS.blocks;
/** Options Slack shows for an external_select answer at most. */
const SEARCH_LIMIT = 100;
/** Default first-visit target: two weeks after approval (the curriculum's usual spacing). */
const FIRST_VISIT_TARGET_DAYS = 14;

export type CandidateRow = { expert: Expert; score: number; reasons: RankingReason[]; full: boolean; added: boolean };

export type ProposalPreview = {
  application: MatchingApplication;
  /** The recruiting expert when active (offered a direct match). */
  recruiter: Expert | null;
  rows: CandidateRow[];
  count: number;
  draft: ProposalDraft;
};

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

export type ReassignPreview = {
  caseId: number;
  application: CaseDetail["application"];
  current: Expert;
  heldVisits: number;
};

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

const err = (code: AppError["code"], ja: string, en: string, field?: string) =>
  new AppError(code, { ja, en }, field ? { field } : {});

export function proposalMessageKey(proposalId: number): string {
  return `proposal:${proposalId}:secretariat`;
}

export function proposalDmKey(proposalId: number, userId: string): string {
  return `proposal:${proposalId}:sme:${userId}`;
}

/**
 * Matching: ranked candidates → the SME's choice → the secretariat's approval → a case; plus
 * direct matches of a recruiter and reassignment. Every step is a conditional state change inside
 * one transaction, so racing clicks and stale buttons change nothing and are told why.
 */
export class MatchingService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: Channels,
    private readonly program: ProgramService,
    /** Mails SME contacts who are not on Slack (null: the web side is off). */
    private readonly sme: SmeService | null = null,
  ) {}

  /** How the SME hears of candidates: Slack DMs, e-mail with its personal link, or neither (the secretariat tells it). */
  private smeReach(app: MatchingApplication): SmeReach {
    if (applicantUsers(app).length > 0) return "slack";
    return this.sme?.emailsContact(app) && app.contactEmail ? "mail" : "none";
  }

  // ------------------------------------------------------------------ proposing

  /** The ranked list for the propose modal, after the member's removals and additions. */
  async previewProposal(
    actor: Actor,
    applicationId: number,
    draft: Pick<ProposalDraft, "removed" | "added"> = { removed: [], added: [] },
    count?: number,
  ): Promise<ProposalPreview> {
    requireRole(actor, "secretariat");
    const app = await this.requireApplication(this.db.client, applicationId);
    if (app.status !== "valid") throw notProposable(app);
    const program = await this.program.current();
    const { weights } = parseRankingWeights(program.rankingWeights);
    const removed = [...new Set(draft.removed)];
    const added = [...new Set(draft.added)].filter((id) => !removed.includes(id)).slice(-SHOWN_IN_MODAL);
    const [all, refused] = await Promise.all([
      listRankableExperts(this.db.client),
      refusedExpertIds(this.db.client, applicationId),
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
    const experts = await findExpertsByIds(this.db.client, [
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
  async propose(
    actor: Actor,
    draft: ProposalDraft,
    countInput: string,
    submissionKey: string,
  ): Promise<{ proposal: Proposal; created: boolean }> {
    requireRole(actor, "secretariat");
    const count = CandidateCountSchema.safeParse(countInput.trim() === "" ? Number.NaN : Number(countInput));
    if (!count.success)
      throw err("invalid_input", "1〜10の整数で入力してください。", "Enter a whole number from 1 to 10.", B.count);
    const ids = draft.shown.slice(0, count.data);
    if (ids.length === 0)
      throw err(
        "invalid_input",
        "案内できる候補がいません。検索から専門家を追加してください。",
        "There is no candidate to send. Add an expert with the search.",
        B.count,
      );
    const program = await this.program.current();
    const { weights } = parseRankingWeights(program.rankingWeights);
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const existing = await findProposalBySubmissionKey(tx, submissionKey);
      if (existing) return { proposal: existing, created: false };
      const app = await this.requireApplication(tx, draft.applicationId);
      if (app.status !== "valid") throw notProposable(app, B.count);
      const rankable = new Map((await findRankableExperts(tx, ids)).map((e) => [e.id, e]));
      const experts = await orderedExperts(tx, ids);
      const gone = experts.filter((e) => !rankable.has(e.id));
      if (gone.length > 0 || experts.length !== ids.length)
        throw err(
          "conflict",
          `${gone.map((e) => e.nameKanji).join("、") || "候補の一部"} さんは活動中ではなくなりました。外してから送ってください。`,
          `${gone.map((e) => e.nameKanji).join(", ") || "Some candidates"} are no longer active; remove them and send again.`,
          B.count,
        );
      const sme = smeOf(app);
      const scored = ids.map((id, i) => ({
        expertId: id,
        rank: i + 1,
        ...scoreExpert(sme, rankable.get(id)!, weights),
      }));
      if (!(await transitionApplication(tx, app.id, "valid", { status: "proposed" })))
        throw notProposable({ ...app, status: "proposed" }, B.count);
      const now = this.clock.now();
      const proposal = await createProposal(
        tx,
        { applicationId: app.id, createdBy: actor.userId, sentAt: now, submissionKey },
        scored.map((s) => ({ expertId: s.expertId, rank: s.rank, score: s.score, reasons: JSON.stringify(s.reasons) })),
      );
      await writeAudit(
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
      const users = applicantUsers(app);
      await this.notifier.post(
        tx,
        proposalMessageKey(proposal.id),
        channel,
        proposalSecretariatMessage(app, proposal.id, shown, { kind: "open" }, this.smeReach(app)),
      );
      for (const userId of users) {
        const locale = await localeOf(tx, actor, userId);
        await this.notifier.dm(
          tx,
          proposalDmKey(proposal.id, userId),
          userId,
          smeChoiceDm(app, proposal.id, experts, locale),
        );
      }
      await this.sme?.mailProgress(tx, `proposal:${proposal.id}:sme:mail`, app.id, actor.userId, (c) =>
        candidatesMail(
          { ...c.data, candidates: experts.map((e) => publicProfile(e, c.locale)) },
          c.locale,
          c.signature,
        ),
      );
      return { proposal, created: true };
    });
    this.notifier.kick();
    return result;
  }

  /** The proposal with its candidates, for the record-choice modal (secretariat only). */
  async getOpenProposal(
    actor: Actor,
    proposalId: number,
  ): Promise<{ proposal: ProposalWithCandidates; title: string }> {
    requireRole(actor, "secretariat");
    const proposal = await findProposal(this.db.client, proposalId);
    if (!proposal) throw err("not_found", "候補の提示が見つかりません。", "Proposal not found.");
    const app = await this.requireApplication(this.db.client, proposal.applicationId);
    if (proposal.status !== "open") throw alreadyDecided(proposal);
    return { proposal, title: appTitle(app) };
  }

  // ------------------------------------------------------------------ choosing

  /**
   * The SME's choice: by the SME contact's own click (via "slack") or recorded by the secretariat
   * (phone, mail …). The first choice closes the proposal; later ones are told it is decided.
   */
  async choose(
    actor: Actor,
    proposalId: number,
    expertId: number,
    how: { via: ChoiceVia; contactedOn?: string | null; note?: string },
  ): Promise<{ expert: Expert; application: MatchingApplication }> {
    return this.recordChoice(actor, proposalId, expertId, how, null);
  }

  /**
   * The SME's choice on its own web page (by its personal link, which opens `applicationId` only):
   * the same change and the same Slack messages as a choice in Slack, marked 「SMEがWebで選択」.
   */
  async chooseOnWeb(
    applicationId: number,
    proposalId: number,
    expertId: number,
    locale: Locale,
  ): Promise<{ expert: Expert; application: MatchingApplication }> {
    return this.recordChoice(webActor(locale), proposalId, expertId, { via: "web" }, applicationId);
  }

  /** The proposal open for the application's web page, with its candidates (public profile only on the page). */
  async openProposalForWeb(applicationId: number): Promise<ProposalWithCandidates | null> {
    const proposal = await findLatestProposal(this.db.client, applicationId, "open");
    return proposal?.applicationId === applicationId ? proposal : null;
  }

  private async recordChoice(
    actor: Actor,
    proposalId: number,
    expertId: number,
    how: { via: ChoiceVia; contactedOn?: string | null; note?: string },
    /** Set for a choice on the SME's web page: the only application its link opens. */
    webApplicationId: number | null,
  ): Promise<{ expert: Expert; application: MatchingApplication }> {
    const bySme = how.via === "slack" || (how.via === "web" && webApplicationId !== null);
    if (!bySme) {
      requireRole(actor, "secretariat");
      recordedVia(how.via);
      if (!how.contactedOn || !isIsoDate(how.contactedOn) || how.contactedOn > todayJst(this.clock))
        throw err(
          "invalid_input",
          "選択を受けた日を今日以前の日付で選んでください。",
          "Choose the date of the choice (today or earlier).",
          B.contactedOn,
        );
    }
    const field = bySme ? undefined : B.expert;
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const proposal = await findProposal(tx, proposalId);
      if (!proposal) throw err("not_found", "候補の提示が見つかりません。", "Proposal not found.", field);
      const app = await this.requireApplication(tx, proposal.applicationId);
      const allowed =
        webApplicationId !== null
          ? proposal.applicationId === webApplicationId
          : actor.isSecretariat || applicantUsers(app).includes(actor.userId);
      if (!allowed)
        throw err(
          "forbidden",
          "この候補のご案内はあなた宛てではないため、選択できません。",
          "These candidates were not sent to you, so you cannot choose among them.",
        );
      if (proposal.status !== "open") throw alreadyDecided(proposal, field);
      const candidate = proposal.candidates.find((c) => c.expertId === expertId);
      if (!candidate)
        throw err(
          "invalid_input",
          "その専門家はこの提示の候補ではありません。",
          "That expert is not among these candidates.",
          field,
        );
      const now = this.clock.now();
      const note = bySme
        ? null
        : `${formatSlashDate(how.contactedOn as string)} ${VIA_LABELS[how.via].ja}${how.note?.trim() ? `: ${how.note.trim()}` : ""}`;
      const decided = await transitionProposal(tx, proposalId, "open", {
        status: "decided",
        decidedAt: now,
        decidedBy: actor.userId,
        chosenExpertId: expertId,
      });
      if (!decided) throw alreadyDecided(proposal, field);
      const chosen = await transitionApplication(tx, app.id, "proposed", {
        status: "chosen",
        chosenExpertId: expertId,
        chosenVia: how.via,
        chosenNote: note,
        chosenAt: now,
      });
      if (!chosen) throw notChoosable(app, field);
      await writeAudit(
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
        const locale = await localeOf(tx, actor, userId);
        const key = proposalDmKey(proposalId, userId);
        await this.notifier.update(tx, `${key}:decided`, key, smeChoiceDecidedDm(app, expert, how.via, locale));
      }
      const stage: ProposalStage = { kind: "chosen", expert, via: how.via, note, by: actor.userId };
      await this.updateProposalMessage(tx, app, proposal, stage, "chosen");
      await this.notifier.post(
        tx,
        `${proposalMessageKey(proposalId)}:chosen:notice`,
        channel,
        {
          text: `${esc(appTitle(app))}: ${esc(expert.nameKanji)} さんが選ばれました${how.via === "web" ? `（${VIA_LABELS.web.ja}）` : ""}。内容を確認して承認してください。`,
        },
        { threadOfKey: proposalMessageKey(proposalId) },
      );
      return { expert, application: { ...app, status: "chosen", chosenExpertId: expertId } };
    });
    this.notifier.kick();
    return result;
  }

  /**
   * Withdraws an open proposal with a reason (the SME declined every candidate, or one is no
   * longer available): the application goes back to proposing candidates, the SME's choice
   * buttons go away and the channel message offers to propose again.
   */
  async withdraw(actor: Actor, proposalId: number, reason: string): Promise<void> {
    requireRole(actor, "secretariat");
    const trimmed = reason.trim();
    if (trimmed === "")
      throw err("invalid_input", "取り下げの理由を入力してください。", "Enter the reason for withdrawing.", B.reason);
    await this.db.transaction(async (tx) => {
      const proposal = Number.isSafeInteger(proposalId) ? await findProposal(tx, proposalId) : null;
      if (!proposal) throw err("not_found", "候補の提示が見つかりません。", "Proposal not found.", B.reason);
      const app = await this.requireApplication(tx, proposal.applicationId);
      if (proposal.status !== "open") throw alreadyDecided(proposal, B.reason);
      const now = this.clock.now();
      const closed = await transitionProposal(tx, proposalId, "open", {
        status: "cancelled",
        decidedAt: now,
        decidedBy: actor.userId,
      });
      if (!closed) throw alreadyDecided(proposal, B.reason);
      if (!(await transitionApplication(tx, app.id, "proposed", { status: "valid" })))
        throw notChoosable(app, B.reason);
      await writeAudit(
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
        const locale = await localeOf(tx, actor, userId);
        const key = proposalDmKey(proposalId, userId);
        await this.notifier.update(tx, `${key}:withdrawn`, key, smeProposalWithdrawnDm(app, locale));
      }
      await this.sme?.mailProgress(tx, `proposal:${proposalId}:withdrawn:sme:mail`, app.id, actor.userId, (c) =>
        candidatesWithdrawnMail(c.data, c.locale, c.signature),
      );
      await this.updateProposalMessage(
        tx,
        app,
        proposal,
        { kind: "withdrawn", reason: trimmed, by: actor.userId },
        "withdrawn",
      );
    });
    this.notifier.kick();
  }

  /**
   * The expert who recruited this SME is matched directly: no choice step, still approved by the
   * secretariat. Returns what the approval modal shows.
   */
  async directMatch(actor: Actor, applicationId: number): Promise<ApprovalPreview> {
    requireRole(actor, "secretariat");
    const channel = await this.channels.secretariat();
    const program = await this.program.current();
    const { weights } = parseRankingWeights(program.rankingWeights);
    await this.db.transaction(async (tx) => {
      const app = await this.requireApplication(tx, applicationId);
      if (app.status !== "valid") throw notProposable(app);
      const recruiterId = app.recruiterExpertId;
      const [recruiter] = recruiterId ? await findRankableExperts(tx, [recruiterId]) : [];
      if (!recruiterId || !recruiter)
        throw err(
          "invalid_state",
          "この申込みには活動中の紹介者（専門家）がいないため、直接マッチングできません。候補を提示してください。",
          "This application names no active recruiting expert; propose candidates instead.",
        );
      const now = this.clock.now();
      const scored = scoreExpert(smeOf(app), recruiter, weights);
      const proposal = await createProposal(
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
      const moved = await transitionApplication(tx, applicationId, "valid", {
        status: "chosen",
        chosenExpertId: recruiterId,
        chosenVia: "recruiter",
        chosenNote: null,
        chosenAt: now,
      });
      if (!moved) throw notProposable({ ...app, status: "chosen" });
      await writeAudit(
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
      const [expert] = await findExpertsByIds(tx, [recruiterId]);
      await this.notifier.post(
        tx,
        proposalMessageKey(proposal.id),
        channel,
        proposalSecretariatMessage(
          app,
          proposal.id,
          [{ expert, reasons: scored.reasons }],
          { kind: "chosen", expert, via: "recruiter", note: null, by: actor.userId },
          this.smeReach(app),
        ),
      );
    });
    this.notifier.kick();
    return this.approvalPreview(actor, applicationId);
  }

  // ------------------------------------------------------------------ approving

  /** The chosen pair with its conflict checks, for the approval and rejection modals. */
  async approvalPreview(actor: Actor, applicationId: number): Promise<ApprovalPreview> {
    requireRole(actor, "secretariat");
    const app = await this.requireApplication(this.db.client, applicationId);
    if (app.status !== "chosen" || !app.chosenExpertId) throw notApprovable(app);
    const expert = await findExpert(this.db.client, app.chosenExpertId);
    if (!expert) throw err("not_found", "専門家が見つかりません。", "Expert not found.");
    const [open, same, program] = await Promise.all([
      countOpenCasesOf(this.db.client, expert.id),
      findActiveCaseOfCompany(this.db.client, app.company, expert.id, app.id),
      this.program.current(),
    ]);
    const target = DateTime.fromISO(todayJst(this.clock), { zone: ZONE })
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
  async approve(
    actor: Actor,
    applicationId: number,
    input: { expertId: number; firstVisitTarget: string | null; overrideCapacity: boolean },
  ): Promise<{ caseId: number; repeated: boolean }> {
    requireRole(actor, "secretariat");
    const program = await this.program.current();
    const today = todayJst(this.clock);
    const target = input.firstVisitTarget;
    if (!target || !isIsoDate(target) || target < today || target > program.endDate)
      throw err(
        "invalid_input",
        `初回訪問の目標日は今日（${formatSlashDate(today)}）から事業の終了日（${formatSlashDate(program.endDate)}）までの日付を選んでください。`,
        `Choose a first-visit target between today (${formatSlashDate(today)}) and the program's end (${formatSlashDate(program.endDate)}).`,
        B.firstVisitTarget,
      );
    const result = await this.db.transaction(async (tx) => {
      const app = await this.requireApplication(tx, applicationId);
      if (app.status === "matched" && app.case) {
        const existing = await findCase(tx, app.case.id);
        if (existing && existing.expertId === input.expertId && existing.approvedBy === actor.userId)
          return { caseId: existing.id, repeated: true };
        throw alreadyApproved(app.case.id, existing?.approvedBy ?? null);
      }
      if (app.status !== "chosen" || app.chosenExpertId !== input.expertId)
        throw notApprovable(app, B.firstVisitTarget);
      const expert = await findExpert(tx, input.expertId);
      if (expert?.status !== "active")
        throw err(
          "rule_violation",
          `${expert?.nameKanji ?? "この専門家"} さんは活動中ではないため承認できません。不承認にして候補を提示し直してください。`,
          `${expert?.nameKanji ?? "This expert"} is not active and cannot be matched. Reject and propose again.`,
          B.firstVisitTarget,
        );
      const same = await findActiveCaseOfCompany(tx, app.company, expert.id, app.id);
      if (same)
        throw err(
          "rule_violation",
          `${expert.nameKanji} さんはすでにこの企業の案件 #${same.id} を担当しています。`,
          `${expert.nameKanji} already holds case #${same.id} of this company.`,
          B.firstVisitTarget,
        );
      const open = await countOpenCasesOf(tx, expert.id);
      const overCapacity = open >= expert.capacity;
      if (overCapacity && !input.overrideCapacity) throw capacityError(expert, open);
      const moved = await transitionApplication(tx, applicationId, "chosen", { status: "matched" }, expert.id);
      if (!moved) throw notApprovable({ ...app, status: "matched" }, B.firstVisitTarget);
      const now = this.clock.now();
      const created = await createCaseWithAssignment(tx, {
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
      const after = await countOpenCasesOf(tx, expert.id);
      if (after > expert.capacity && !input.overrideCapacity) throw capacityError(expert, after - 1);
      await writeAudit(
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
      if (overCapacity) await auditCapacityOverride(tx, actor, created.id, open, expert.capacity, now);
      const proposal = await findLatestProposal(tx, applicationId, "decided");
      if (proposal)
        await this.updateProposalMessage(
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
        const locale = await localeOf(tx, actor, expert.slackUserId);
        await this.notifier.dm(
          tx,
          `case:${created.id}:approved:expert`,
          expert.slackUserId,
          expertCaseDm(app, expert, created, locale),
        );
      }
      for (const userId of applicantUsers(app)) {
        const locale = await localeOf(tx, actor, userId);
        await this.notifier.dm(
          tx,
          `case:${created.id}:approved:sme:${userId}`,
          userId,
          smeMatchedDm(app, expert, target, locale),
        );
      }
      await this.sme?.mailProgress(tx, `case:${created.id}:approved:sme:mail`, app.id, actor.userId, (c) =>
        matchedMail({ ...c.data, expert: publicProfile(expert, c.locale) }, c.locale, c.signature),
      );
      return { caseId: created.id, repeated: false };
    });
    this.notifier.kick();
    return result;
  }

  /** Refuses the chosen pair with a reason; the application goes back to proposing candidates. */
  async reject(actor: Actor, applicationId: number, expertId: number, reason: string): Promise<void> {
    requireRole(actor, "secretariat");
    const trimmed = reason.trim();
    if (trimmed === "")
      throw err("invalid_input", "不承認の理由を入力してください。", "Enter the reason for rejecting.", B.reason);
    await this.db.transaction(async (tx) => {
      const app = await this.requireApplication(tx, applicationId);
      if (app.status !== "chosen" || app.chosenExpertId !== expertId) throw notApprovable(app, B.reason);
      const proposal = await findLatestProposal(tx, applicationId, "decided");
      const moved = await transitionApplication(
        tx,
        applicationId,
        "chosen",
        { status: "valid", chosenExpertId: null, chosenVia: null, chosenNote: null, chosenAt: null },
        expertId,
      );
      if (!moved) throw notApprovable({ ...app, status: "valid" }, B.reason);
      if (proposal) await transitionProposal(tx, proposal.id, "decided", { status: "cancelled" });
      const now = this.clock.now();
      await writeAudit(
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
      const expert = await findExpert(tx, expertId);
      if (proposal && expert)
        await this.updateProposalMessage(
          tx,
          app,
          proposal,
          { kind: "rejected", expert, reason: trimmed, by: actor.userId },
          "rejected",
        );
      for (const userId of applicantUsers(app)) {
        const locale = await localeOf(tx, actor, userId);
        await this.notifier.dm(
          tx,
          `application:${applicationId}:rejected:${proposal?.id ?? 0}:${userId}`,
          userId,
          smeReproposalDm(app, locale),
        );
      }
      await this.sme?.mailProgress(
        tx,
        `application:${applicationId}:rejected:${proposal?.id ?? 0}:sme:mail`,
        app.id,
        actor.userId,
        (c) => choiceNotApprovedMail(c.data, c.locale, c.signature),
      );
    });
    this.notifier.kick();
  }

  // ------------------------------------------------------------------ reassigning

  async reassignPreview(actor: Actor, caseId: number): Promise<ReassignPreview> {
    requireRole(actor, "secretariat");
    const c = await findCase(this.db.client, caseId);
    if (!c) throw err("not_found", `案件 #${caseId} が見つかりません。`, `Case #${caseId} not found.`);
    if (c.status !== "active") throw caseNotActive(c);
    return {
      caseId,
      application: c.application,
      current: c.expert,
      heldVisits: await countHeldVisits(this.db.client, caseId),
    };
  }

  /**
   * Hands an active case to another expert. Visits already held stay with the case; the
   * assignment history gets a new row; both experts are told.
   */
  async reassign(
    actor: Actor,
    caseId: number,
    input: { expertId: number | null; reason: string; overrideCapacity: boolean },
  ): Promise<{ from: Expert; to: Expert }> {
    requireRole(actor, "secretariat");
    const reason = input.reason.trim();
    if (!input.expertId)
      throw err("invalid_input", "新しい担当専門家を選んでください。", "Choose the new expert.", B.expert);
    if (reason === "") throw err("invalid_input", "変更の理由を入力してください。", "Enter the reason.", B.reason);
    const toId = input.expertId;
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const c = await findCase(tx, caseId);
      if (!c) throw err("not_found", `案件 #${caseId} が見つかりません。`, `Case #${caseId} not found.`, B.expert);
      if (c.status !== "active") throw caseNotActive(c, B.expert);
      if (c.expertId === toId)
        throw err(
          "invalid_input",
          "現在の担当と同じ専門家です。別の専門家を選んでください。",
          "That is the current expert; choose another.",
          B.expert,
        );
      const to = await findExpert(tx, toId);
      if (to?.status !== "active")
        throw err("rule_violation", "活動中の専門家を選んでください。", "Choose an active expert.", B.expert);
      const open = await countOpenCasesOf(tx, toId);
      const overCapacity = open >= to.capacity;
      if (overCapacity && !input.overrideCapacity) throw capacityError(to, open);
      const now = this.clock.now();
      const moved = await moveCase(tx, caseId, c.expertId, toId, { at: now, by: actor.userId, reason });
      if (!moved)
        throw err(
          "conflict",
          "この案件の担当は直前に変更されました。最新の状態を確認してください。",
          "This case was reassigned a moment ago; check its current state.",
          B.expert,
        );
      if (!input.overrideCapacity && (await countOpenCasesOf(tx, toId)) > to.capacity) throw capacityError(to, open);
      await writeAudit(
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
      if (overCapacity) await auditCapacityOverride(tx, actor, caseId, open, to.capacity, now);
      const round = await countAssignments(tx, caseId);
      const heldVisits = await countHeldVisits(tx, caseId);
      const from = c.expert;
      const key = `case:${caseId}:assignment:${round}`;
      if (from.slackUserId) {
        const locale = await localeOf(tx, actor, from.slackUserId);
        await this.notifier.dm(
          tx,
          `${key}:released`,
          from.slackUserId,
          expertReleasedDm(c.application, from, caseId, reason, locale),
        );
      }
      if (to.slackUserId) {
        const locale = await localeOf(tx, actor, to.slackUserId);
        await this.notifier.dm(
          tx,
          `${key}:expert`,
          to.slackUserId,
          expertCaseDm(c.application, to, c, locale, { heldVisits, reason }),
        );
      }
      for (const userId of applicantUsers(c.application)) {
        const locale = await localeOf(tx, actor, userId);
        await this.notifier.dm(tx, `${key}:sme:${userId}`, userId, smeReassignedDm(c.application, to, locale));
      }
      await this.notifier.post(
        tx,
        `${key}:secretariat`,
        channel,
        reassignedSecretariatMessage(c.application, caseId, from, to, reason, actor.userId, overCapacity),
      );
      return { from, to };
    });
    this.notifier.kick();
    return result;
  }

  // ------------------------------------------------------------------ lookups

  /** `/desk match <id>`: the next step for this application. */
  async matchEntry(actor: Actor, applicationId: number): Promise<MatchEntry> {
    requireRole(actor, "secretariat");
    const app = await this.requireApplication(this.db.client, applicationId);
    switch (app.status) {
      case "valid":
        return { kind: "propose", preview: await this.previewProposal(actor, applicationId) };
      case "chosen":
        return { kind: "approve", preview: await this.approvalPreview(actor, applicationId) };
      case "proposed": {
        const open = await findLatestProposal(this.db.client, applicationId, "open");
        if (open) return { kind: "waiting", proposalId: open.id, application: app };
        return { kind: "info", message: notProposable(app).userMessage };
      }
      default:
        return { kind: "info", message: notProposable(app).userMessage };
    }
  }

  /** Active experts whose kanji or kana name contains what was typed, with their load (≤ 100). */
  async searchExperts(actor: Actor, query: string): Promise<ExpertSuggestion[]> {
    requireRole(actor, "secretariat");
    return searchActiveExperts(this.db.read, query, SEARCH_LIMIT);
  }

  /** The secretariat's App Home: what waits for matching steps. */
  async home(actor: Actor, take: number): Promise<MatchingHome | null> {
    if (!actor.isSecretariat) return null;
    const program = await this.program.currentOrNull();
    if (!program) return null;
    const [counts, valid, chosen] = await Promise.all([
      countApplicationsInStatus(this.db.read, program.id, ["valid", "proposed", "chosen"]),
      listApplicationsInStatus(this.db.client, program.id, "valid", take),
      listApplicationsInStatus(this.db.client, program.id, "chosen", take),
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

  // ------------------------------------------------------------------ helpers

  private async requireApplication(tx: DbClient, id: number): Promise<MatchingApplication> {
    const app = Number.isInteger(id) && id > 0 ? await findMatchingApplication(tx, id) : null;
    if (!app) throw err("not_found", `申込み #${id} が見つかりません。`, `Application #${id} not found.`);
    return app;
  }

  /** Replaces the proposal's secretariat message with its new stage (one update per stage). */
  private async updateProposalMessage(
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
    await this.notifier.update(
      tx,
      `${key}:${stageKey}`,
      key,
      proposalSecretariatMessage(app, proposal.id, shown, stage, this.smeReach(app)),
    );
  }
}

function smeOf(app: MatchingApplication): RankedSme {
  return {
    prefecture: app.company.prefecture,
    industry: app.company.industry,
    recruiterExpertId: app.recruiterExpertId,
  };
}

/**
 * Who hears about an application on Slack: its contact's Slack user, and whoever filled the form
 * in themselves (not the secretariat entering a paper application).
 */

async function localeOf(tx: DbClient, actor: Actor, userId: string): Promise<Locale> {
  return userId === actor.userId ? actor.locale : toLocale(await findUserLocale(tx, userId));
}

async function orderedExperts(tx: DbClient, ids: number[]): Promise<Expert[]> {
  const rows = new Map((await findExpertsByIds(tx, ids)).map((e) => [e.id, e]));
  return ids.flatMap((id) => {
    const e = rows.get(id);
    return e ? [e] : [];
  });
}

function capacityChecks(expert: Expert, open: number): CapacityChecks {
  return {
    expertStatus: expert.status,
    expertActive: expert.status === "active",
    open,
    capacity: expert.capacity,
    full: open >= expert.capacity,
  };
}

/** The explicit decision to give an expert more cases than their capacity: its own audit row. */
function auditCapacityOverride(tx: DbClient, actor: Actor, caseId: number, open: number, capacity: number, at: Date) {
  return writeAudit(
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

function capacityError(expert: Expert, open: number): AppError {
  return err(
    "rule_violation",
    `${expert.nameKanji} さんは担当件数の上限に達しています（担当中 ${open}件／上限 ${expert.capacity}件）。それでも担当させる場合は「上限を超えても担当させる」にチェックしてください。`,
    `${expert.nameKanji} is at capacity (${open} of ${expert.capacity} cases). Tick “Assign even over capacity” to go ahead anyway.`,
    B.override,
  );
}

function alreadyDecided(proposal: ProposalWithCandidates, field?: string): AppError {
  const chosen = proposal.candidates.find((c) => c.expertId === proposal.chosenExpertId)?.expert;
  if (proposal.status === "decided" && chosen)
    return err(
      "already_done",
      `この候補の案内はすでに選択済みです（${esc(chosen.nameKanji)} さん）。変更はありません。`,
      `A choice was already made for these candidates (${esc(chosen.nameKanji)}); nothing was changed.`,
      field,
    );
  return err(
    "already_done",
    "この候補の案内はすでに締め切られています。変更はありません。",
    "These candidates are closed already; nothing was changed.",
    field,
  );
}

function alreadyApproved(caseId: number, by: string | null): AppError {
  return err(
    "already_done",
    `このマッチングはすでに承認されています（案件 #${caseId}${by ? `、承認 <@${by}>` : ""}）。変更はありません。`,
    `This matching was already approved (case #${caseId}${by ? `, by <@${by}>` : ""}); nothing was changed.`,
    B.firstVisitTarget,
  );
}

const STATUS_WORDS: Record<string, Localized> = {
  received: { ja: "まだ審査されていません", en: "has not been screened yet" },
  invalid: { ja: "無効と判定されています", en: "was found invalid" },
  withdrawn: { ja: "取り下げられています", en: "was withdrawn" },
  proposed: {
    ja: "すでに候補を案内し、企業の選択を待っています",
    en: "already has candidates waiting for the SME's choice",
  },
  chosen: { ja: "すでに専門家が選ばれ、承認を待っています", en: "already has a chosen expert waiting for approval" },
  matched: { ja: "すでにマッチングが承認されています", en: "is already matched" },
  valid: { ja: "候補の提示を待っています", en: "is waiting for candidates" },
};

function statusWords(status: string): Localized {
  return STATUS_WORDS[status] ?? { ja: `状態が ${status} です`, en: `is ${status}` };
}

function notProposable(app: Pick<MatchingApplication, "id" | "status">, field?: string): AppError {
  const w = statusWords(app.status);
  return err(
    "invalid_state",
    `申込み #${app.id} は${w.ja}。候補は有効な申込みにだけ提示できます。`,
    `Application #${app.id} ${w.en}; candidates can only be proposed for a valid application.`,
    field,
  );
}

function notChoosable(app: Pick<MatchingApplication, "id" | "status">, field?: string): AppError {
  const w = statusWords(app.status);
  return err("invalid_state", `申込み #${app.id} は${w.ja}。`, `Application #${app.id} ${w.en}.`, field);
}

function notApprovable(app: Pick<MatchingApplication, "id" | "status">, field?: string): AppError {
  const w = statusWords(app.status);
  return err(
    "invalid_state",
    `申込み #${app.id} は${w.ja}。承認できるのは専門家が選ばれた申込みだけです。変更はありません。`,
    `Application #${app.id} ${w.en}; only an application with a chosen expert can be approved. Nothing was changed.`,
    field,
  );
}

function caseNotActive(c: { id: number; status: string }, field?: string): AppError {
  return err(
    "invalid_state",
    `案件 #${c.id} は進行中ではありません（${c.status}）。担当を変更できるのは進行中の案件だけです。`,
    `Case #${c.id} is not in progress (${c.status}); only cases in progress can be reassigned.`,
    field,
  );
}
