import type { DbClient } from "../../db/client.js";
import { checkCanReport, checkCanSchedule, checkHeldDate } from "../../domain/visit-rules.js";
import { todayJst } from "../../lib/clock.js";
import { AppError, isAppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { checkOwn, dateContext, requireActive, ruleError } from "../cases/case-access.js";
import type { CaseRecord } from "../cases/cases-repository.js";
import type { Actor } from "../roles/actor.js";
import { dateOfInstant } from "../visits/visit-dates.js";
import { VISIT_IDS } from "../visits/visits-ids.js";
import { toVisitStates, type Visit } from "../visits/visits-repository.js";
import { reportDueOn } from "../visits/visits-service.js";
import { checklistFor, type ReportData, type ReportDeps, reportNotFound, reviewKey } from "./report-context.js";
import { emptyReportForm, parseReportForm } from "./report-form.js";
import { reportReceivedDm, reportReviewMessage } from "./views/report-messages.js";
import { parseStoredReport, type ReportContent, type ReportForm, type StoredReport } from "./visit-reports.schemas.js";
import { visitReportErrors } from "./visit-reports.texts.js";
import type { VisitReport } from "./visit-reports-repository.js";
import type { ReportModalContext, ReportTarget } from "./visit-reports-service.js";

/** Opens a report: the draft if there is one, a returned report's text to revise, or a new form. */
export async function openReport(deps: ReportDeps, actor: Actor, target: ReportTarget): Promise<ReportModalContext> {
  const { data } = deps;
  const db = deps.db.client;
  const { c, visit, round, program } = await resolveTarget(data, db, actor, target);
  const states = toVisitStates(await data.listVisitsOfCase(db, c.id));
  const order = checkCanReport(states, round);
  if (order) throw ruleError(order);
  const latest = visit ? await data.findLatestReport(db, visit.id) : null;
  if (latest) assertWritable(latest, round);
  const today = todayJst(deps.clock);
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
    checklist: await checklistFor(deps, round, program),
    form,
    returnComment: latest?.status === "returned" ? latest.reviewComment : null,
    draftSavedAt: latest?.status === "draft" ? latest.updatedAt : null,
    target: visit ? { visitId: visit.id } : target,
  };
}

/** The report modal for revising a returned report. */
export async function openRevision(deps: ReportDeps, actor: Actor, reportId: number): Promise<ReportModalContext> {
  const report = await deps.data.findReport(deps.db.client, reportId);
  if (!report) throw reportNotFound();
  return openReport(deps, actor, { visitId: report.visitId });
}

/** Saves what is typed, as typed, without checking it. */
export async function saveDraft(
  deps: ReportDeps,
  actor: Actor,
  target: ReportTarget,
  form: ReportForm,
): Promise<{ target: ReportTarget; savedAt: Date }> {
  const { data } = deps;
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const { c, visit: found, round } = await resolveTarget(data, tx, actor, target);
    let visit = found;
    if (!visit) {
      visit = await data.createVisit(tx, {
        caseId: c.id,
        round,
        expertId: c.expert.id,
        status: "scheduled",
        scheduledAt: null,
        mode: "onsite",
        place: "",
      });
      if (round === 1) await data.closeMediation(tx, c, visit.id, actor.userId, now);
    }
    const latest = await data.findLatestReport(tx, visit.id);
    if (latest) assertWritable(latest, round);
    const content = JSON.stringify({ form } satisfies StoredReport);
    if (latest?.status === "draft") await data.updateReport(tx, latest.id, "draft", { content });
    else
      await data.createReport(tx, {
        visitId: visit.id,
        version: (latest?.version ?? 0) + 1,
        status: "draft",
        content,
      });
    await data.writeAudit(
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
export async function submitReport(
  deps: ReportDeps,
  actor: Actor,
  target: ReportTarget,
  form: ReportForm,
  submissionKey: string,
): Promise<{ report: VisitReport; duplicate: boolean }> {
  const { db, clock, notifier, data } = deps;
  const done = await data.findReportBySubmissionKey(db.client, submissionKey);
  if (done) return { report: done, duplicate: true };
  const { round, program } = await resolveTarget(data, db.client, actor, target);
  const checklist = await checklistFor(deps, round, program);
  let content: ReportContent;
  try {
    content = parseReportForm(form, { round, visitsPerCase: program.visitsPerCase, checklist });
  } catch (error) {
    if (isAppError(error) && error.code === "invalid_input") await saveDraft(deps, actor, target, form);
    throw error;
  }
  const channel = await deps.channels.secretariat();
  const result = await db.transaction(async (tx) => {
    const again = await data.findReportBySubmissionKey(tx, submissionKey);
    if (again) return { report: again, duplicate: true };
    const { c, visit: found } = await resolveTarget(data, tx, actor, target);
    const states = toVisitStates(await data.listVisitsOfCase(tx, c.id));
    const order = checkCanReport(states, round);
    if (order) throw ruleError(order);
    const today = todayJst(clock);
    const dateRule = checkHeldDate(dateContext(states, c, program, round, content.heldOn, today));
    if (dateRule) throw ruleError(dateRule, VISIT_IDS.blocks.heldOn);
    const due = reportDueOn(content.heldOn, program);
    const held = { heldOn: content.heldOn, durationMinutes: content.durationMinutes, reportDueOn: due };
    let visit: Visit;
    if (!found) {
      const v = checkCanSchedule(states, round, program.visitsPerCase);
      if (v) throw ruleError(v);
      visit = await data.createVisit(tx, {
        caseId: c.id,
        round,
        expertId: c.expert.id,
        status: "held",
        scheduledAt: null,
        mode: "onsite",
        place: "",
        ...held,
      });
      if (round === 1) await data.closeMediation(tx, c, visit.id, actor.userId, clock.now());
    } else {
      if (found.status === "cancelled") throw cancelledVisit(found);
      await data.transitionVisit(tx, found.id, ["scheduled", "held"], {
        status: "held",
        ...held,
        ...(found.status === "scheduled" ? { expertId: c.expert.id } : {}),
      });
      visit = { ...found, status: "held", ...held };
    }
    const latest = await data.findLatestReport(tx, visit.id);
    if (latest) assertWritable(latest, round);
    const now = clock.now();
    const body = JSON.stringify({ form, content } satisfies StoredReport);
    const submitted = { status: "submitted" as const, content: body, submittedAt: now, submittedBy: actor.userId };
    let report: VisitReport;
    if (latest?.status === "draft") {
      await data.updateReport(tx, latest.id, "draft", { ...submitted, submissionKey });
      report = { ...latest, ...submitted, submissionKey };
    } else {
      report = await data.createReport(tx, {
        visitId: visit.id,
        version: (latest?.version ?? 0) + 1,
        ...submitted,
        submissionKey,
      });
    }
    await data.writeAudit(
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
    await notifier.post(tx, reviewKey(report.id), channel, reportReviewMessage({ case: c, visit, report, content }));
    if (c.expert.slackUserId) {
      const locale = await data.localeOf(tx, c.expert.slackUserId);
      await notifier.dm(
        tx,
        `report:${report.id}:received`,
        c.expert.slackUserId,
        reportReceivedDm(c, visit, report, locale),
      );
    }
    return { report, duplicate: false };
  });
  notifier.kick();
  return result;
}

/** The case (own, active), the visit (if any) and the round a target points at. */
async function resolveTarget(data: ReportData, db: DbClient, actor: Actor, target: ReportTarget) {
  let visit: Visit | null = null;
  let caseId: number;
  let round: number;
  if ("visitId" in target) {
    visit = await data.findVisit(db, target.visitId);
    if (!visit)
      throw new AppError(
        "not_found",
        both(visitReportErrors, (t) => t.visitNotFound),
      );
    caseId = visit.caseId;
    round = visit.round;
  } else {
    caseId = target.caseId;
    round = target.round;
  }
  // Whose case it is comes first: someone else learns nothing about its visits.
  const c: CaseRecord = checkOwn(actor, caseId, await data.findCase(db, caseId));
  if (visit?.status === "cancelled") throw cancelledVisit(visit);
  requireActive(c);
  const program = await data.programOf(db, c.programId);
  if (!visit) {
    const existing = (await data.listVisitsOfCase(db, c.id)).find((v) => v.round === round && v.status !== "cancelled");
    if (existing) visit = existing;
    else {
      const v = checkCanSchedule(toVisitStates(await data.listVisitsOfCase(db, c.id)), round, program.visitsPerCase);
      if (v) throw ruleError(v);
    }
  }
  return { c, visit, round, program };
}

function assertWritable(latest: VisitReport, round: number): void {
  if (latest.status === "submitted")
    throw new AppError(
      "already_done",
      both(visitReportErrors, (t) => t.submittedWaiting(round)),
    );
  if (latest.status === "accepted")
    throw new AppError(
      "already_done",
      both(visitReportErrors, (t) => t.alreadyAccepted(round)),
    );
}

function cancelledVisit(visit: Visit): AppError {
  return new AppError(
    "invalid_state",
    both(visitReportErrors, (t) => t.visitCancelled(visit.round)),
  );
}
