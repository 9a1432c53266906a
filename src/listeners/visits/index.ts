import type { App } from "@slack/bolt";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../features/visits/visits-ids.js";
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
import {
  logCommand,
  openLogFromButton,
  openRevisionFromButton,
  openUnplannedLog,
  ReportMetadata,
  saveDraftFromModal,
  submitReport,
} from "./write-report.js";

const B = VISIT_IDS.blocks;

/**
 * Visits, reports, deliverables and case closing. Decisions reserved to the secretariat and report
 * writing reserved to the case's expert are registered for "anyone": the services refuse with the
 * rule's name, which tells the person more than a generic role refusal.
 */
export function registerVisits(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  const list = {
    command: "/visit" as const,
    role: "expert_or_secretariat" as const,
    summary: { ja: "担当案件と次の対応を一覧する", en: "List my cases and what to do next" },
    handler: listMyCases,
  };
  router.add({ ...list, name: "", usage: "" });
  router.add({ ...list, name: "list", usage: "list" });
  router.add({
    command: "/visit",
    name: "schedule",
    role: "expert_or_secretariat",
    usage: "schedule [案件番号]",
    summary: { ja: "訪問の予定を登録する", en: "Schedule a visit" },
    handler: scheduleCommand,
  });
  router.add({
    command: "/visit",
    name: "log",
    role: "expert",
    usage: "log [案件番号]",
    summary: { ja: "訪問の報告書（支援実施報告書）を書く・続きを書く", en: "Write or finish a visit report" },
    handler: logCommand,
  });
  router.add({
    command: "/visit",
    name: "case",
    role: "expert_or_secretariat",
    usage: "case 案件番号",
    summary: { ja: "案件ページ（訪問・報告書・成果物・謝金の経過）を開く", en: "Open a case page (timeline)" },
    handler: caseCommand,
  });
  router.add({
    command: "/desk",
    name: "case",
    role: "secretariat",
    usage: "case 案件番号",
    summary: {
      ja: "案件ページを開く（完了・途中終了もここから）",
      en: "Open a case page (complete or terminate there)",
    },
    handler: caseCommand,
  });
  router.add({
    command: "/visit",
    name: "deliverable",
    role: "expert_or_secretariat",
    usage: "deliverable [案件番号]",
    summary: { ja: "成果物（基本方針・関連規定など）を提出する", en: "Hand in a deliverable" },
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

  onAction(app, ctx, VISIT_IDS.openLogButton, "anyone", IdValue, openLogFromButton);
  onAction(app, ctx, VISIT_IDS.logUnplannedButton, "anyone", IdPairValue, openUnplannedLog);
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
