import { roundLabel } from "../../../domain/curriculum.js";
import type { Locale } from "../../../lib/i18n.js";
import { type Button, button } from "../../../slack/blocks.js";
import { VISIT_IDS } from "../visits-ids.js";

/**
 * Buttons that open the visits feature's modals from any message (the daily reminders use them).
 * Each carries a plain id as its value; the listeners check the clicker's rights on the server.
 */

/** "Schedule visit n" for case `caseId`: opens the schedule modal with the next round preselected. */
export function scheduleNextButton(caseId: number, locale: Locale, round?: number): Button {
  const text =
    locale === "ja"
      ? `${round ? `${roundLabel(round, "ja")}の` : "次の"}訪問を予定する`
      : `Schedule ${round ? roundLabel(round, "en").toLowerCase() : "the next visit"}`;
  return button(text, VISIT_IDS.scheduleNextButton, String(caseId), "primary");
}

/** "Write the report" for visit `visitId`: opens the report (log) modal, resuming its draft. */
export function logVisitButton(
  visitId: number,
  locale: Locale,
  opts: { round?: number; draft?: boolean } = {},
): Button {
  const r = opts.round ? roundLabel(opts.round, locale) : "";
  const text =
    locale === "ja"
      ? `${r}の報告書を${opts.draft ? "仕上げる（下書きあり）" : "書く"}`
      : `${opts.draft ? "Finish" : "Write"} the report${r ? ` for ${r.toLowerCase()}` : ""}${opts.draft ? " (draft saved)" : ""}`;
  return button(text, VISIT_IDS.openLogButton, String(visitId), "primary");
}

/** Logs round `round` of a case that took place without being planned in the app. */
export function logUnplannedButton(caseId: number, round: number, locale: Locale): Button {
  return button(
    locale === "ja"
      ? `予定なしで実施した${roundLabel(round, "ja")}を記録`
      : `Log ${roundLabel(round, "en").toLowerCase()} held without a plan`,
    VISIT_IDS.logUnplannedButton,
    `${caseId}:${round}`,
  );
}

/** "Revise the report" for returned report `reportId`: opens the report modal pre-filled. */
export function reviseReportButton(reportId: number, locale: Locale): Button {
  return button(
    locale === "ja" ? "報告書を修正する" : "Revise the report",
    VISIT_IDS.reviseReportButton,
    String(reportId),
    "primary",
  );
}

/** Opens the case page (timeline of visits, reports, deliverables and honoraria). */
export function openCaseButton(caseId: number, locale: Locale): Button {
  return button(locale === "ja" ? "案件ページを開く" : "Open the case page", VISIT_IDS.openCaseButton, String(caseId));
}

export function heldButton(visitId: number, locale: Locale): Button {
  return button(locale === "ja" ? "実施済みにする" : "Mark as held", VISIT_IDS.heldButton, String(visitId));
}

export function rescheduleButton(visitId: number, locale: Locale): Button {
  return button(locale === "ja" ? "日程変更" : "Reschedule", VISIT_IDS.rescheduleButton, String(visitId));
}

export function cancelVisitButton(visitId: number, locale: Locale): Button {
  return button(locale === "ja" ? "取り消す" : "Cancel visit", VISIT_IDS.cancelButton, String(visitId), "danger");
}

export function addDeliverableButton(caseId: number, locale: Locale): Button {
  return button(
    locale === "ja" ? "成果物を提出" : "Hand in a deliverable",
    VISIT_IDS.addDeliverableButton,
    String(caseId),
  );
}
