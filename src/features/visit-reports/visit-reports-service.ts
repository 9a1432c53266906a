import type { Database, DbClient } from "../../db/client.js";
import { isFinalRound, takesSelfDiagnosis } from "../../domain/curriculum.js";
import { checkCanReport, checkCanSchedule, checkHeldDate } from "../../domain/visit-rules.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { AppError, isAppError } from "../../lib/errors.js";
import { writeAudit } from "../audit/audit-repository.js";
import {
  dateContext,
  localeOf,
  ownCase,
  readableCase,
  requireActive,
  requireProgram,
  requireSecretariat,
  ruleError,
} from "../cases/case-access.js";
import type { ChecklistItem } from "../cases/checklist-repository.js";
import type { ChecklistService } from "../cases/checklist-service.js";
import { caseClosedDm } from "../cases/views/case-messages.js";
import { closeMediationByVisit } from "../first-visits/close-mediation.js";
import type { HonorariaService } from "../honoraria/honoraria-service.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Program } from "../program/program-service.js";
import type { Actor } from "../roles/actor.js";
import { dateOfInstant } from "../visits/visit-dates.js";
import { parseStoredReport, type ReportContent, type ReportForm, type StoredReport } from "../visits/visits.schemas.js";
import { VISIT_IDS } from "../visits/visits-ids.js";
import {
  type CaseRecord,
  closeCase,
  createReport,
  createVisit,
  findCase,
  findLatestReport,
  findReport,
  findReportBySubmissionKey,
  findVisit,
  listReportsAwaitingReview,
  listVisitsOfCase,
  toVisitStates,
  transitionVisit,
  updateReport,
  type Visit,
  type VisitReport,
} from "../visits/visits-repository.js";
import { reportDueOn } from "../visits/visits-service.js";
import type { SurveyInviter } from "../visits/visits-services.js";
import { emptyReportForm, parseReportForm } from "./report-form.js";
import { reportAcceptedDm, reportReceivedDm, reportReturnedDm, reportReviewMessage } from "./views/report-messages.js";

/** Which visit a report is for: an existing visit, or the next round of a case not yet planned. */
export type LogTarget = { visitId: number } | { caseId: number; round: number };

/** Everything the report modal needs. */
export type LogContext = {
  case: CaseRecord;
  visit: Visit | null;
  round: number;
  visitsPerCase: number;
  checklist: ChecklistItem[];
  form: ReportForm;
  /** A returned report being revised: the reviewer's comment. */
  returnComment: string | null;
  draftSavedAt: Date | null;
  target: LogTarget;
};

export type ReportDetail = {
  case: CaseRecord;
  visit: Visit;
  report: VisitReport;
  stored: StoredReport;
  checklist: ChecklistItem[];
};

const reviewKey = (reportId: number) => `report:${reportId}:review`;

/** Visit reports: drafts, submission (once per modal), the secretariat's review. */
export class VisitReportsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly notifier: Notifier,
    private readonly channels: { secretariat: () => Promise<string> },
    private readonly checklist: ChecklistService,
    private readonly honoraria: HonorariaService,
    private readonly surveys: SurveyInviter,
  ) {}

  /** Opens a report: the draft if there is one, a returned report's text to revise, or a new form. */
  async openLog(actor: Actor, target: LogTarget): Promise<LogContext> {
    const db = this.db.client;
    const { c, visit, round, program } = await this.resolve(db, actor, target);
    const states = toVisitStates(await listVisitsOfCase(db, c.id));
    const order = checkCanReport(states, round);
    if (order) throw ruleError(order);
    const latest = visit ? await findLatestReport(db, visit.id) : null;
    if (latest) assertWritable(latest, round);
    const today = todayJst(this.clock);
    const planned = visit?.scheduledAt ? dateOfInstant(visit.scheduledAt) : null;
    const form = latest
      ? parseStoredReport(latest.content).form
      : emptyReportForm({
          heldOn: visit?.heldOn ?? (planned && planned <= today ? planned : null),
          durationMinutes: visit?.durationMinutes,
        });
    return {
      case: c,
      visit,
      round,
      visitsPerCase: program.visitsPerCase,
      checklist: await this.checklistFor(round, program),
      form,
      returnComment: latest?.status === "returned" ? latest.reviewComment : null,
      draftSavedAt: latest?.status === "draft" ? latest.updatedAt : null,
      target: visit ? { visitId: visit.id } : target,
    };
  }

  /** The report modal for revising a returned report. */
  async openRevision(actor: Actor, reportId: number): Promise<LogContext> {
    const report = await findReport(this.db.client, reportId);
    if (!report) throw reportNotFound();
    return this.openLog(actor, { visitId: report.visitId });
  }

  /** Saves what is typed, as typed, without checking it. */
  async saveDraft(actor: Actor, target: LogTarget, form: ReportForm): Promise<{ target: LogTarget; savedAt: Date }> {
    const now = this.clock.now();
    return this.db.transaction(async (tx) => {
      const { c, visit: found, round } = await this.resolve(tx, actor, target);
      let visit = found;
      if (!visit) {
        visit = await createVisit(tx, {
          caseId: c.id,
          round,
          expertId: c.expert.id,
          status: "scheduled",
          scheduledAt: null,
          mode: "onsite",
          place: "",
        });
        if (round === 1) await closeMediationByVisit(tx, this.notifier, c, visit.id, actor.userId, now);
      }
      const latest = await findLatestReport(tx, visit.id);
      if (latest) assertWritable(latest, round);
      const content = JSON.stringify({ form } satisfies StoredReport);
      if (latest?.status === "draft") await updateReport(tx, latest.id, "draft", { content });
      else
        await createReport(tx, {
          visitId: visit.id,
          version: (latest?.version ?? 0) + 1,
          status: "draft",
          content,
        });
      await writeAudit(
        tx,
        { actor: actor.userId, action: "report.save_draft", entityType: "visit", entityId: visit.id },
        now,
      );
      return { target: { visitId: visit.id }, savedAt: now };
    });
  }

  /**
   * Submits a report. `submissionKey` (the modal's view id) makes a repeated submission a no-op.
   * A form with problems is kept as a draft and the problems are thrown per field.
   */
  async submit(
    actor: Actor,
    target: LogTarget,
    form: ReportForm,
    submissionKey: string,
  ): Promise<{ report: VisitReport; duplicate: boolean }> {
    const done = await findReportBySubmissionKey(this.db.client, submissionKey);
    if (done) return { report: done, duplicate: true };
    const { round, program } = await this.resolve(this.db.client, actor, target);
    const checklist = await this.checklistFor(round, program);
    let content: ReportContent;
    try {
      content = parseReportForm(form, { round, visitsPerCase: program.visitsPerCase, checklist });
    } catch (error) {
      if (isAppError(error) && error.code === "invalid_input") await this.saveDraft(actor, target, form);
      throw error;
    }
    const channel = await this.channels.secretariat();
    const result = await this.db.transaction(async (tx) => {
      const again = await findReportBySubmissionKey(tx, submissionKey);
      if (again) return { report: again, duplicate: true };
      const { c, visit: found } = await this.resolve(tx, actor, target);
      const states = toVisitStates(await listVisitsOfCase(tx, c.id));
      const order = checkCanReport(states, round);
      if (order) throw ruleError(order);
      const today = todayJst(this.clock);
      const dateRule = checkHeldDate(dateContext(states, c, program, round, content.heldOn, today));
      if (dateRule) throw ruleError(dateRule, VISIT_IDS.blocks.heldOn);
      const due = reportDueOn(content.heldOn, program);
      const held = { heldOn: content.heldOn, durationMinutes: content.durationMinutes, reportDueOn: due };
      let visit: Visit;
      if (!found) {
        const v = checkCanSchedule(states, round, program.visitsPerCase);
        if (v) throw ruleError(v);
        visit = await createVisit(tx, {
          caseId: c.id,
          round,
          expertId: c.expert.id,
          status: "held",
          scheduledAt: null,
          mode: "onsite",
          place: "",
          ...held,
        });
        if (round === 1) await closeMediationByVisit(tx, this.notifier, c, visit.id, actor.userId, this.clock.now());
      } else {
        if (found.status === "cancelled") throw cancelledVisit(found);
        await transitionVisit(tx, found.id, ["scheduled", "held"], {
          status: "held",
          ...held,
          ...(found.status === "scheduled" ? { expertId: c.expert.id } : {}),
        });
        visit = { ...found, status: "held", ...held };
      }
      const latest = await findLatestReport(tx, visit.id);
      if (latest) assertWritable(latest, round);
      const now = this.clock.now();
      const body = JSON.stringify({ form, content } satisfies StoredReport);
      const submitted = { status: "submitted" as const, content: body, submittedAt: now, submittedBy: actor.userId };
      let report: VisitReport;
      if (latest?.status === "draft") {
        await updateReport(tx, latest.id, "draft", { ...submitted, submissionKey });
        report = { ...latest, ...submitted, submissionKey };
      } else {
        report = await createReport(tx, {
          visitId: visit.id,
          version: (latest?.version ?? 0) + 1,
          ...submitted,
          submissionKey,
        });
      }
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "report.submit",
          entityType: "visit_report",
          entityId: report.id,
          after: { visitId: visit.id, round, version: report.version, heldOn: content.heldOn, reportDueOn: due },
        },
        now,
      );
      await this.notifier.post(
        tx,
        reviewKey(report.id),
        channel,
        reportReviewMessage({ case: c, visit, report, content }),
      );
      if (c.expert.slackUserId) {
        const locale = await localeOf(tx, c.expert.slackUserId);
        await this.notifier.dm(
          tx,
          `report:${report.id}:received`,
          c.expert.slackUserId,
          reportReceivedDm(c, visit, report, locale),
        );
      }
      return { report, duplicate: false };
    });
    this.notifier.kick();
    return result;
  }

  /** Accepts a submitted report: a payable honorarium line; the last round completes the case. */
  async accept(actor: Actor, reportId: number) {
    requireSecretariat(actor, { ja: "報告書の受理", en: "accept reports" });
    const result = await this.db.transaction(async (tx) => {
      const { report, visit, c, content } = await this.loadForReview(tx, reportId);
      const now = this.clock.now();
      if (
        !(await updateReport(tx, report.id, "submitted", {
          status: "accepted",
          reviewedAt: now,
          reviewedBy: actor.userId,
        }))
      )
        throw alreadyReviewed(report);
      const program = await requireProgram(tx, c.programId);
      const expert = await tx.expert.findUniqueOrThrow({
        where: { id: visit.expertId },
        select: { qualification: true },
      });
      const line = await this.honoraria.createLineForVisit(tx, visit, expert.qualification, program, actor.userId);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "report.accept",
          entityType: "visit_report",
          entityId: report.id,
          before: { status: "submitted" },
          after: { status: "accepted", honorariumLineId: line.id },
        },
        now,
      );
      let completed = false;
      if (isFinalRound(visit.round, program.visitsPerCase) && c.status === "active") {
        const today = todayJst(this.clock);
        completed = await closeCase(tx, c.id, {
          status: "completed",
          closedAt: now,
          completedOn: today,
          completionReason: null,
        });
        if (completed)
          await writeAudit(
            tx,
            {
              actor: actor.userId,
              action: "case.complete",
              entityType: "case",
              entityId: c.id,
              before: { status: "active" },
              after: { status: "completed", completedOn: today, by: "final_report_accepted" },
            },
            now,
          );
        // The surveys go out with the completion, in the same transaction (exactly once by key).
        if (completed) await this.surveys.inviteForCase(tx, c.id);
      }
      const decided = { ...report, status: "accepted", reviewedBy: actor.userId };
      await this.notifier.update(
        tx,
        `${reviewKey(report.id)}:decided`,
        reviewKey(report.id),
        reportReviewMessage({ case: c, visit, report: decided, content }),
      );
      const visitExpertUser = await this.expertUser(tx, visit.expertId);
      if (visitExpertUser) {
        const locale = await localeOf(tx, visitExpertUser);
        await this.notifier.dm(
          tx,
          `report:${report.id}:accepted`,
          visitExpertUser,
          reportAcceptedDm(c, visit, line.amountYen, locale),
        );
      }
      if (completed && c.expert.slackUserId) {
        const locale = await localeOf(tx, c.expert.slackUserId);
        await this.notifier.dm(
          tx,
          `case:${c.id}:closed`,
          c.expert.slackUserId,
          caseClosedDm(c, "completed", null, locale),
        );
      }
      return { report: decided, visit, case: c, completed, amountYen: line.amountYen };
    });
    this.notifier.kick();
    return result;
  }

  /** Returns a submitted report with a comment; the expert gets it with a button to revise. */
  async returnForRevision(actor: Actor, reportId: number, comment: string) {
    requireSecretariat(actor, { ja: "報告書の差戻し", en: "return reports" });
    const text = comment.trim();
    if (!text)
      throw new AppError(
        "invalid_input",
        { ja: "差戻しの理由（修正してほしい点）を入力してください。", en: "Enter what should be revised." },
        { field: VISIT_IDS.blocks.comment },
      );
    const result = await this.db.transaction(async (tx) => {
      const { report, visit, c, content } = await this.loadForReview(tx, reportId, VISIT_IDS.blocks.comment);
      const now = this.clock.now();
      const moved = await updateReport(tx, report.id, "submitted", {
        status: "returned",
        reviewedAt: now,
        reviewedBy: actor.userId,
        reviewComment: text,
      });
      if (!moved) throw alreadyReviewed(report, VISIT_IDS.blocks.comment);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "report.return",
          entityType: "visit_report",
          entityId: report.id,
          before: { status: "submitted" },
          after: { status: "returned", comment: text },
        },
        now,
      );
      const decided = { ...report, status: "returned", reviewedBy: actor.userId, reviewComment: text };
      await this.notifier.update(
        tx,
        `${reviewKey(report.id)}:decided`,
        reviewKey(report.id),
        reportReviewMessage({ case: c, visit, report: decided, content }),
      );
      if (c.expert.slackUserId) {
        const locale = await localeOf(tx, c.expert.slackUserId);
        await this.notifier.dm(
          tx,
          `report:${report.id}:returned`,
          c.expert.slackUserId,
          reportReturnedDm(c, visit, report.id, text, locale),
        );
      }
      return { report: decided, visit, case: c };
    });
    this.notifier.kick();
    return result;
  }

  /** Reports waiting for review, oldest first (secretariat). */
  async awaitingReview(actor: Actor, take = 10) {
    requireSecretariat(actor, { ja: "確認待ちの報告書の一覧", en: "list reports waiting for review" });
    return listReportsAwaitingReview(this.db.client, take);
  }

  /** A report to read (the secretariat, or the case's expert). */
  async detail(actor: Actor, reportId: number): Promise<ReportDetail> {
    const db = this.db.client;
    const report = await findReport(db, reportId);
    if (!report) throw reportNotFound();
    const visit = (await findVisit(db, report.visitId)) as Visit;
    const c = await readableCase(db, actor, visit.caseId);
    const program = await requireProgram(db, c.programId);
    return {
      case: c,
      visit,
      report,
      stored: parseStoredReport(report.content),
      checklist: await this.checklistFor(visit.round, program),
    };
  }

  /** A report that may still be reviewed (its status is checked again by the guarded update). */
  async reviewable(actor: Actor, reportId: number) {
    requireSecretariat(actor, { ja: "報告書の差戻し", en: "return reports" });
    const { report, visit, c } = await this.loadForReview(this.db.client, reportId);
    return { report, visit, case: c };
  }

  private async loadForReview(tx: DbClient, reportId: number, field?: string) {
    const report = await findReport(tx, reportId);
    if (!report) throw reportNotFound();
    if (report.status !== "submitted") throw alreadyReviewed(report, field);
    const visit = (await findVisit(tx, report.visitId)) as Visit;
    const c = (await findCase(tx, visit.caseId)) as CaseRecord;
    const content = parseStoredReport(report.content).content as ReportContent;
    return { report, visit, c, content };
  }

  private async expertUser(tx: DbClient, expertId: number): Promise<string | null> {
    const e = await tx.expert.findUnique({ where: { id: expertId }, select: { slackUserId: true } });
    return e?.slackUserId ?? null;
  }

  private async checklistFor(round: number, program: Program): Promise<ChecklistItem[]> {
    return takesSelfDiagnosis(round) || isFinalRound(round, program.visitsPerCase) ? this.checklist.items() : [];
  }

  /** The case (own, active), the visit (if any) and the round a target points at. */
  private async resolve(db: DbClient, actor: Actor, target: LogTarget) {
    let visit: Visit | null = null;
    let caseId: number;
    let round: number;
    if ("visitId" in target) {
      visit = await findVisit(db, target.visitId);
      if (!visit) throw new AppError("not_found", { ja: "訪問が見つかりません。", en: "Visit not found." });
      caseId = visit.caseId;
      round = visit.round;
    } else {
      caseId = target.caseId;
      round = target.round;
    }
    // Whose case it is comes first: someone else learns nothing about its visits.
    const c = await ownCase(db, actor, caseId);
    if (visit?.status === "cancelled") throw cancelledVisit(visit);
    requireActive(c);
    const program = await requireProgram(db, c.programId);
    if (!visit) {
      const existing = (await listVisitsOfCase(db, c.id)).find((v) => v.round === round && v.status !== "cancelled");
      if (existing) visit = existing;
      else {
        const v = checkCanSchedule(toVisitStates(await listVisitsOfCase(db, c.id)), round, program.visitsPerCase);
        if (v) throw ruleError(v);
      }
    }
    return { c, visit, round, program };
  }
}

function assertWritable(latest: VisitReport, round: number): void {
  if (latest.status === "submitted")
    throw new AppError("already_done", {
      ja: `第${round}回の報告書は提出済みで、事務局の確認待ちです。`,
      en: `The report for visit ${round} is submitted and waiting for the secretariat's review.`,
    });
  if (latest.status === "accepted")
    throw new AppError("already_done", {
      ja: `第${round}回の報告書はすでに受理されています。`,
      en: `The report for visit ${round} has already been accepted.`,
    });
}

function reportNotFound(): AppError {
  return new AppError("not_found", { ja: "報告書が見つかりません。", en: "Report not found." });
}

function cancelledVisit(visit: Visit): AppError {
  return new AppError("invalid_state", {
    ja: `第${visit.round}回の訪問は取り消されています。`,
    en: `Visit ${visit.round} was cancelled.`,
  });
}

function alreadyReviewed(report: VisitReport, field?: string): AppError {
  const ja =
    report.status === "accepted" ? "受理済み" : report.status === "returned" ? "差戻し済み" : "確認できない状態";
  const en = report.status === "accepted" ? "accepted" : report.status === "returned" ? "returned" : "not reviewable";
  return new AppError(
    "already_done",
    {
      ja: `この報告書（第${report.version}版）はすでに${ja}です。変更はありません。`,
      en: `This report (version ${report.version}) is already ${en}; nothing was changed.`,
    },
    field ? { field } : {},
  );
}
