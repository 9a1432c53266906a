import type { DbClient } from "../../db/client.js";
import { isFinalRound } from "../../domain/curriculum.js";
import { todayJst } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { checkReadable, requireSecretariat, requireWritableCase } from "../cases/case-access.js";
import type { CaseRecord } from "../cases/cases-repository.js";
import { caseClosedDm } from "../cases/views/case-messages.js";
import type { Actor } from "../roles/actor.js";
import { VISIT_IDS } from "../visits/visits-ids.js";
import type { Visit } from "../visits/visits-repository.js";
import { checklistFor, type ReportData, type ReportDeps, reportNotFound, reviewKey } from "./report-context.js";
import { reportAcceptedDm, reportReturnedDm, reportReviewMessage } from "./views/report-messages.js";
import { parseStoredReport, type ReportContent } from "./visit-reports.schemas.js";
import { visitReportErrors } from "./visit-reports.texts.js";
import type { VisitReport } from "./visit-reports-repository.js";
import type { ReportDetail } from "./visit-reports-service.js";

/** Accepts a submitted report: a payable honorarium line; the last round completes the case. */
export async function acceptReport(deps: ReportDeps, actor: Actor, reportId: number) {
  requireSecretariat(
    actor,
    both(visitReportErrors, (t) => t.acceptWhat),
  );
  const { clock, notifier, data } = deps;
  const result = await deps.db.transaction(async (tx) => {
    const { report, visit, c, content } = await loadForReview(data, tx, reportId);
    const now = clock.now();
    if (
      !(await data.updateReport(tx, report.id, "submitted", {
        status: "accepted",
        reviewedAt: now,
        reviewedBy: actor.userId,
      }))
    )
      throw alreadyReviewed(report);
    const program = await data.programOf(tx, c.programId);
    const expert = await data.findExpert(tx, visit.expertId);
    if (!expert) throw new Error(`visit ${visit.id}: expert ${visit.expertId} not found`);
    const line = await deps.honoraria.createLineForVisit(tx, visit, expert.qualification, program, actor.userId);
    await data.writeAudit(
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
      const today = todayJst(clock);
      completed = await data.closeCase(tx, c.id, {
        status: "completed",
        closedAt: now,
        completedOn: today,
        completionReason: null,
      });
      if (completed)
        await data.writeAudit(
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
      if (completed) await deps.surveys.inviteForCase(tx, c.id);
    }
    const decided = { ...report, status: "accepted", reviewedBy: actor.userId };
    await notifier.update(
      tx,
      `${reviewKey(report.id)}:decided`,
      reviewKey(report.id),
      reportReviewMessage({ case: c, visit, report: decided, content }),
    );
    if (expert.slackUserId) {
      const locale = await data.localeOf(tx, expert.slackUserId);
      await notifier.dm(
        tx,
        `report:${report.id}:accepted`,
        expert.slackUserId,
        reportAcceptedDm(c, visit, line.amountYen, locale),
      );
    }
    if (completed && c.expert.slackUserId) {
      const locale = await data.localeOf(tx, c.expert.slackUserId);
      await notifier.dm(tx, `case:${c.id}:closed`, c.expert.slackUserId, caseClosedDm(c, "completed", null, locale));
    }
    return { report: decided, visit, case: c, completed, amountYen: line.amountYen };
  });
  notifier.kick();
  return result;
}

/** Returns a submitted report with a comment; the expert gets it with a button to revise. */
export async function returnReport(deps: ReportDeps, actor: Actor, reportId: number, comment: string) {
  requireSecretariat(
    actor,
    both(visitReportErrors, (t) => t.returnWhat),
  );
  const text = comment.trim();
  if (!text)
    throw new AppError(
      "invalid_input",
      both(visitReportErrors, (t) => t.returnCommentMissing),
      { field: VISIT_IDS.blocks.comment },
    );
  const { clock, notifier, data } = deps;
  const result = await deps.db.transaction(async (tx) => {
    const { report, visit, c, content } = await loadForReview(data, tx, reportId, VISIT_IDS.blocks.comment);
    const now = clock.now();
    const moved = await data.updateReport(tx, report.id, "submitted", {
      status: "returned",
      reviewedAt: now,
      reviewedBy: actor.userId,
      reviewComment: text,
    });
    if (!moved) throw alreadyReviewed(report, VISIT_IDS.blocks.comment);
    await data.writeAudit(
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
    await notifier.update(
      tx,
      `${reviewKey(report.id)}:decided`,
      reviewKey(report.id),
      reportReviewMessage({ case: c, visit, report: decided, content }),
    );
    if (c.expert.slackUserId) {
      const locale = await data.localeOf(tx, c.expert.slackUserId);
      await notifier.dm(
        tx,
        `report:${report.id}:returned`,
        c.expert.slackUserId,
        reportReturnedDm(c, visit, report.id, text, locale),
      );
    }
    return { report: decided, visit, case: c };
  });
  notifier.kick();
  return result;
}

/** Reports waiting for review, oldest first (secretariat). */
export async function reportsAwaitingReview(deps: ReportDeps, actor: Actor, take: number) {
  requireSecretariat(
    actor,
    both(visitReportErrors, (t) => t.listWhat),
  );
  return deps.data.listReportsAwaitingReview(deps.db.client, take);
}

/** A report to read (the secretariat, or the case's expert). */
export async function reportDetail(deps: ReportDeps, actor: Actor, reportId: number): Promise<ReportDetail> {
  const { data } = deps;
  const db = deps.db.client;
  const report = await data.findReport(db, reportId);
  if (!report) throw reportNotFound();
  const visit = (await data.findVisit(db, report.visitId)) as Visit;
  const c = checkReadable(actor, visit.caseId, await data.findCase(db, visit.caseId));
  const program = await data.programOf(db, c.programId);
  return {
    case: c,
    visit,
    report,
    stored: parseStoredReport(report.content),
    checklist: await checklistFor(deps, visit.round, program),
  };
}

/** A report that may still be reviewed (its status is checked again by the guarded update). */
export async function reviewableReport(deps: ReportDeps, actor: Actor, reportId: number) {
  requireSecretariat(
    actor,
    both(visitReportErrors, (t) => t.returnWhat),
  );
  const { report, visit, c } = await loadForReview(deps.data, deps.db.client, reportId);
  return { report, visit, case: c };
}

async function loadForReview(data: ReportData, tx: DbClient, reportId: number, field?: string) {
  const report = await data.findReport(tx, reportId);
  if (!report) throw reportNotFound();
  if (report.status !== "submitted") throw alreadyReviewed(report, field);
  const visit = (await data.findVisit(tx, report.visitId)) as Visit;
  const c = (await data.findCase(tx, visit.caseId)) as CaseRecord;
  requireWritableCase(c);
  const content = parseStoredReport(report.content).content as ReportContent;
  return { report, visit, c, content };
}

function alreadyReviewed(report: VisitReport, field?: string): AppError {
  return new AppError(
    "already_done",
    both(visitReportErrors, (t) => t.alreadyReviewed({ version: report.version, status: report.status })),
    field ? { field } : {},
  );
}
