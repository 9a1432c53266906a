/**
 * Slack IDs of the visits feature, defined once for builders and listeners. The buttons marked
 * "reminder" carry the value shown and may be put on any message (the reminders DM uses them).
 */
export const VISIT_IDS = {
  scheduleModal: "visit_schedule",
  rescheduleModal: "visit_reschedule",
  cancelModal: "visit_cancel",
  heldModal: "visit_held",
  reportModal: "visit_report",
  returnModal: "visit_report_return",
  reportViewModal: "visit_report_view",
  caseModal: "visit_case",
  closeCaseModal: "visit_case_close",
  deliverableModal: "visit_deliverable",
  deliverableReturnModal: "visit_deliverable_return",

  /** reminder: value = case id → the schedule modal with the next round preselected. */
  scheduleNextButton: "visit_schedule_next",
  /** value = visit id */
  rescheduleButton: "visit_reschedule_open",
  /** value = visit id */
  cancelButton: "visit_cancel_open",
  /** value = visit id → record that a planned visit took place (date, duration). */
  heldButton: "visit_held_open",
  /** reminder: value = visit id → the report (log) modal for that visit, with its draft if any. */
  openLogButton: "visit_log_open",
  /** value = "caseId:round" → the report modal for a visit that took place without being planned here. */
  logUnplannedButton: "visit_log_unplanned",
  /** reminder: value = report id → the report modal pre-filled from a returned report. */
  reviseReportButton: "visit_report_revise",
  /** In the report modal: saves what is typed as a draft. */
  saveDraftButton: "visit_report_save_draft",
  /** value = report id (secretariat) */
  acceptReportButton: "visit_report_accept",
  /** value = report id (secretariat) → comment modal */
  returnReportButton: "visit_report_return_open",
  /** value = report id → read-only report */
  viewReportButton: "visit_report_view_open",
  /** value = case id → the case page (timeline modal) */
  openCaseButton: "visit_case_open",
  /** value = case id (secretariat) → reason modal */
  completeCaseButton: "visit_case_complete_open",
  /** value = case id (secretariat) → reason modal */
  terminateCaseButton: "visit_case_terminate_open",
  /** value = case id → deliverable modal for that case */
  addDeliverableButton: "visit_deliverable_open",
  /** value = deliverable id (secretariat) */
  acceptDeliverableButton: "visit_deliverable_accept",
  /** value = deliverable id (secretariat) → comment modal */
  returnDeliverableButton: "visit_deliverable_return_open",

  blocks: {
    case: "case",
    round: "round",
    date: "date",
    time: "time",
    mode: "mode",
    place: "place",
    reason: "reason",
    /** Termination: the reason category the SME is told (the text reason is internal). */
    category: "category",
    heldOn: "held_on",
    duration: "duration",
    attendees: "attendees",
    covered: "covered",
    findings: "findings",
    agreedActions: "agreed_actions",
    deliverablesHanded: "deliverables_handed",
    nextVisitOn: "next_visit_on",
    checkTotal: "check_total",
    wrapUp: "wrap_up",
    finalScore: "final_score",
    securityAction: "security_action",
    comment: "comment",
    kind: "kind",
    title: "title",
    url: "url",
    file: "file",
    draftActions: "report_draft_actions",
  },
  /** Block id of checklist item n in the report modal. */
  checkBlock: (n: number) => `check_${n}`,
  /** Every input has one element; its action_id is "value". */
  value: "value",
} as const;

const B = VISIT_IDS.blocks;

/**
 * Text limits by block id, one record per modal: the views give them to the inputs as max_length
 * and the listener boundary refuses anything longer, so the two cannot drift apart. The report's
 * long fields stay at 3000 each so that a returned report still fits the revision modal.
 */
export const VISIT_TEXT_LIMITS = {
  report: { [B.attendees]: 500, [B.findings]: 3000, [B.agreedActions]: 3000, [B.wrapUp]: 3000 },
  schedule: { [B.place]: 200 },
  reschedule: { [B.place]: 200, [B.reason]: 500 },
  cancel: { [B.reason]: 500 },
  closeCase: { [B.reason]: 1000 },
  returnReport: { [B.comment]: 2000 },
  deliverable: { [B.title]: 200 },
  returnDeliverable: { [B.comment]: 2000 },
} as const;
