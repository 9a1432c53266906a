import type { App } from "@slack/bolt";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../features/visits/visits-ids.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, IdPairValue, IdValue, idMetadata } from "../../slack/payload.js";
import { caseCommand, openCaseFromButton } from "./case-page.js";
import { openCancel, openHeld, openReschedule, submitCancel, submitHeld, submitReschedule } from "./change-visit.js";
import { CloseCaseMetadata, openCompleteCase, openTerminateCase, submitCloseCase } from "./close-case.js";
import {
  acceptDeliverable,
  deliverableCommand,
  openDeliverable,
  openReturnDeliverable,
  submitDeliverable,
  submitReturnDeliverable,
} from "./deliverables.js";
import { listMyCases } from "./list-cases.js";
import { acceptReport, openReturnReport, submitReturnReport, viewReport } from "./review-report.js";
import { scheduleCommand, scheduleFromButton, submitSchedule } from "./schedule-visit.js";
import { expertCasesHomeSection, reviewQueueHomeSection } from "./visits-home.js";
import { visitCommandTexts } from "./visits-listeners.texts.js";
import {
  openReportFromButton,
  openRevisionFromButton,
  openUnplannedReport,
  ReportMetadata,
  saveDraftFromModal,
  submitReport,
  writeReportCommand,
} from "./write-report.js";

const B = VISIT_IDS.blocks;
/** The help shows one usage line for every language: the Japanese one, as before. */
const C = visitCommandTexts;

/**
 * Visits, reports, deliverables and case closing. Decisions reserved to the secretariat and report
 * writing reserved to the case's expert are registered for "anyone": the services refuse with the
 * rule's name, which tells the person more than a generic role refusal.
 */
export function registerVisits(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  const list = {
    command: "/visit" as const,
    role: "expert_or_secretariat" as const,
    summary: both(C, (t) => t.listSummary),
    handler: listMyCases,
  };
  router.add({ ...list, name: "", usage: "" });
  router.add({ ...list, name: "list", usage: "list" });
  router.add({
    command: "/visit",
    name: "schedule",
    role: "expert_or_secretariat",
    usage: C.ja.scheduleUsage,
    summary: both(C, (t) => t.scheduleSummary),
    handler: scheduleCommand,
  });
  router.add({
    command: "/visit",
    name: "log",
    role: "expert",
    usage: C.ja.logUsage,
    summary: both(C, (t) => t.logSummary),
    handler: writeReportCommand,
  });
  router.add({
    command: "/visit",
    name: "case",
    role: "expert_or_secretariat",
    usage: C.ja.caseUsage,
    summary: both(C, (t) => t.caseSummary),
    handler: caseCommand,
  });
  router.add({
    command: "/desk",
    name: "case",
    role: "secretariat",
    usage: C.ja.caseUsage,
    summary: both(C, (t) => t.deskCaseSummary),
    handler: caseCommand,
  });
  router.add({
    command: "/visit",
    name: "deliverable",
    role: "expert_or_secretariat",
    usage: C.ja.deliverableUsage,
    summary: both(C, (t) => t.deliverableSummary),
    handler: deliverableCommand,
  });

  const L = VISIT_TEXT_LIMITS;
  const caseMeta = idMetadata("caseId");
  const visitMeta = idMetadata("visitId");
  onAction(app, ctx, VISIT_IDS.scheduleNextButton, "expert_or_secretariat", IdValue, scheduleFromButton);
  onViewSubmit(
    app,
    ctx,
    VISIT_IDS.scheduleModal,
    "expert_or_secretariat",
    { generalBlockId: B.date, metadata: caseMeta, textLimits: L.schedule },
    submitSchedule,
  );
  onAction(app, ctx, VISIT_IDS.rescheduleButton, "expert_or_secretariat", IdValue, openReschedule);
  onViewSubmit(
    app,
    ctx,
    VISIT_IDS.rescheduleModal,
    "expert_or_secretariat",
    { generalBlockId: B.reason, metadata: visitMeta, textLimits: L.reschedule },
    submitReschedule,
  );
  onAction(app, ctx, VISIT_IDS.cancelButton, "expert_or_secretariat", IdValue, openCancel);
  onViewSubmit(
    app,
    ctx,
    VISIT_IDS.cancelModal,
    "expert_or_secretariat",
    { generalBlockId: B.reason, metadata: visitMeta, textLimits: L.cancel },
    submitCancel,
  );
  onAction(app, ctx, VISIT_IDS.heldButton, "anyone", IdValue, openHeld);
  onViewSubmit(app, ctx, VISIT_IDS.heldModal, "anyone", { generalBlockId: B.heldOn, metadata: visitMeta }, submitHeld);

  onAction(app, ctx, VISIT_IDS.openLogButton, "anyone", IdValue, openReportFromButton);
  onAction(app, ctx, VISIT_IDS.logUnplannedButton, "anyone", IdPairValue, openUnplannedReport);
  onAction(app, ctx, VISIT_IDS.reviseReportButton, "anyone", IdValue, openRevisionFromButton);
  onAction(app, ctx, VISIT_IDS.saveDraftButton, "anyone", fixedValue("draft"), saveDraftFromModal);
  onViewSubmit(
    app,
    ctx,
    VISIT_IDS.reportModal,
    "anyone",
    { generalBlockId: B.heldOn, metadata: ReportMetadata, textLimits: L.report },
    submitReport,
  );

  onAction(app, ctx, VISIT_IDS.acceptReportButton, "anyone", IdValue, acceptReport);
  onAction(app, ctx, VISIT_IDS.returnReportButton, "anyone", IdValue, openReturnReport);
  onViewSubmit(
    app,
    ctx,
    VISIT_IDS.returnModal,
    "anyone",
    { generalBlockId: B.comment, metadata: idMetadata("reportId"), textLimits: L.returnReport },
    submitReturnReport,
  );
  onAction(app, ctx, VISIT_IDS.viewReportButton, "expert_or_secretariat", IdValue, viewReport);

  onAction(app, ctx, VISIT_IDS.openCaseButton, "expert_or_secretariat", IdValue, openCaseFromButton);
  onAction(app, ctx, VISIT_IDS.completeCaseButton, "anyone", IdValue, openCompleteCase);
  onAction(app, ctx, VISIT_IDS.terminateCaseButton, "anyone", IdValue, openTerminateCase);
  onViewSubmit(
    app,
    ctx,
    VISIT_IDS.closeCaseModal,
    "anyone",
    { generalBlockId: B.reason, metadata: CloseCaseMetadata, textLimits: L.closeCase },
    submitCloseCase,
  );

  onAction(app, ctx, VISIT_IDS.addDeliverableButton, "expert_or_secretariat", IdValue, openDeliverable);
  onViewSubmit(
    app,
    ctx,
    VISIT_IDS.deliverableModal,
    "expert_or_secretariat",
    { generalBlockId: B.kind, metadata: caseMeta, textLimits: L.deliverable },
    submitDeliverable,
  );
  onAction(app, ctx, VISIT_IDS.acceptDeliverableButton, "anyone", IdValue, acceptDeliverable);
  onAction(app, ctx, VISIT_IDS.returnDeliverableButton, "anyone", IdValue, openReturnDeliverable);
  onViewSubmit(
    app,
    ctx,
    VISIT_IDS.deliverableReturnModal,
    "anyone",
    { generalBlockId: B.comment, metadata: idMetadata("deliverableId"), textLimits: L.returnDeliverable },
    submitReturnDeliverable,
  );

  home.add({ order: 25, build: expertCasesHomeSection });
  home.add({ order: 40, build: reviewQueueHomeSection });
}
