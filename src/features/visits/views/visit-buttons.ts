import { roundLabel } from "../../../domain/curriculum.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Button, button } from "../../../slack/blocks.js";
import { VISIT_IDS } from "../visits-ids.js";
import { visitButtonTexts } from "./visit-buttons.texts.js";

/**
 * Buttons that open the visits feature's modals from any message (the daily reminders use them).
 * Each carries a plain id as its value; the listeners check the clicker's rights on the server.
 */

/** "Schedule visit n" for case `caseId`: opens the schedule modal with the next round preselected. */
export function scheduleNextButton(caseId: number, locale: Locale, round?: number): Button {
  const text = visitButtonTexts(locale).scheduleNext(round ? roundLabel(round, locale) : null);
  return button(text, VISIT_IDS.scheduleNextButton, String(caseId), "primary");
}

/** "Write the report" for visit `visitId`: opens the report modal, resuming its draft. */
export function writeReportButton(
  visitId: number,
  locale: Locale,
  opts: { round?: number; draft?: boolean } = {},
): Button {
  const round = opts.round ? roundLabel(opts.round, locale) : "";
  const text = visitButtonTexts(locale).writeReport({ round, draft: opts.draft === true });
  return button(text, VISIT_IDS.openLogButton, String(visitId), "primary");
}

/** Writes the report of round `round` of a case that took place without being planned in the app. */
export function writeUnplannedReportButton(caseId: number, round: number, locale: Locale): Button {
  return button(
    visitButtonTexts(locale).writeUnplanned(roundLabel(round, locale)),
    VISIT_IDS.logUnplannedButton,
    `${caseId}:${round}`,
  );
}

/** "Revise the report" for returned report `reportId`: opens the report modal pre-filled. */
export function reviseReportButton(reportId: number, locale: Locale): Button {
  return button(visitButtonTexts(locale).revise, VISIT_IDS.reviseReportButton, String(reportId), "primary");
}

/** Opens the case page (timeline of visits, reports, deliverables and honoraria). */
export function openCaseButton(caseId: number, locale: Locale): Button {
  return button(visitButtonTexts(locale).openCase, VISIT_IDS.openCaseButton, String(caseId));
}

export function heldButton(visitId: number, locale: Locale): Button {
  return button(visitButtonTexts(locale).held, VISIT_IDS.heldButton, String(visitId));
}

export function rescheduleButton(visitId: number, locale: Locale): Button {
  return button(visitButtonTexts(locale).reschedule, VISIT_IDS.rescheduleButton, String(visitId));
}

export function cancelVisitButton(visitId: number, locale: Locale): Button {
  return button(visitButtonTexts(locale).cancel, VISIT_IDS.cancelButton, String(visitId), "danger");
}

export function addDeliverableButton(caseId: number, locale: Locale): Button {
  return button(visitButtonTexts(locale).addDeliverable, VISIT_IDS.addDeliverableButton, String(caseId));
}
