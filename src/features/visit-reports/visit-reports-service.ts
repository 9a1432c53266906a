import type { CaseRecord } from "../cases/cases-repository.js";
import type { ChecklistItem } from "../cases/checklist-repository.js";
import type { Actor } from "../roles/actor.js";
import type { Visit } from "../visits/visits-repository.js";
import type { ReportDeps } from "./report-context.js";
import { acceptReport, reportDetail, reportsAwaitingReview, returnReport, reviewableReport } from "./review-report.js";
import type { ReportForm, StoredReport } from "./visit-reports.schemas.js";
import type { VisitReport } from "./visit-reports-repository.js";
import { openReport, openRevision, saveDraft, submitReport } from "./write-report.js";

/** Which visit a report is for: an existing visit, or the next round of a case not yet planned. */
export type ReportTarget = { visitId: number } | { caseId: number; round: number };

/** Everything the report modal needs. */
export type ReportModalContext = {
  case: CaseRecord;
  visit: Visit | null;
  round: number;
  visitsPerCase: number;
  checklist: ChecklistItem[];
  form: ReportForm;
  /** A returned report being revised: the reviewer's comment. */
  returnComment: string | null;
  draftSavedAt: Date | null;
  target: ReportTarget;
};

export type ReportDetail = {
  case: CaseRecord;
  visit: Visit;
  report: VisitReport;
  stored: StoredReport;
  checklist: ChecklistItem[];
};

/**
 * Visit reports: drafts, submission (once per modal), the secretariat's review. Writing
 * (write-report.ts) and reviewing (review-report.ts) are use cases of their own sharing ReportDeps.
 */
export class VisitReportsService {
  constructor(private readonly deps: ReportDeps) {}

  /** Opens a report: the draft if there is one, a returned report's text to revise, or a new form. */
  openReport(actor: Actor, target: ReportTarget): Promise<ReportModalContext> {
    return openReport(this.deps, actor, target);
  }

  /** The report modal for revising a returned report. */
  openRevision(actor: Actor, reportId: number): Promise<ReportModalContext> {
    return openRevision(this.deps, actor, reportId);
  }

  /** Saves what is typed, as typed, without checking it. */
  saveDraft(actor: Actor, target: ReportTarget, form: ReportForm) {
    return saveDraft(this.deps, actor, target, form);
  }

  /** Submits a report; `submissionKey` (the modal's view id) makes a repeated submission a no-op. */
  submit(actor: Actor, target: ReportTarget, form: ReportForm, submissionKey: string) {
    return submitReport(this.deps, actor, target, form, submissionKey);
  }

  /** Accepts a submitted report: a payable honorarium line; the last round completes the case. */
  accept(actor: Actor, reportId: number) {
    return acceptReport(this.deps, actor, reportId);
  }

  /** Returns a submitted report with a comment; the expert gets it with a button to revise. */
  returnForRevision(actor: Actor, reportId: number, comment: string) {
    return returnReport(this.deps, actor, reportId, comment);
  }

  /** Reports waiting for review, oldest first (secretariat). */
  awaitingReview(actor: Actor, take = 10) {
    return reportsAwaitingReview(this.deps, actor, take);
  }

  /** A report to read (the secretariat, or the case's expert). */
  detail(actor: Actor, reportId: number): Promise<ReportDetail> {
    return reportDetail(this.deps, actor, reportId);
  }

  /** A report that may still be reviewed (its status is checked again by the guarded update). */
  reviewable(actor: Actor, reportId: number) {
    return reviewableReport(this.deps, actor, reportId);
  }
}
