import type { Locale } from "../../../lib/i18n.js";
import { type Button, button } from "../../../slack/blocks.js";
import { FIRST_VISIT_IDS } from "../first-visits-ids.js";
import { firstVisitTexts } from "./first-visit.texts.js";

/** 「初回訪問の候補日を提案する」 for case `caseId` (its expert or the secretariat). */
export function proposeFirstVisitButton(caseId: number, locale: Locale, again = false): Button {
  const t = firstVisitTexts(locale);
  return button(
    again ? t.proposeOtherButton : t.proposeDatesButton,
    FIRST_VISIT_IDS.proposeButton,
    String(caseId),
    "primary",
  );
}

/** 「SMEの回答を記録する」 for proposal `proposalId` (secretariat). */
export function recordAnswerButton(proposalId: number, locale: Locale): Button {
  return button(firstVisitTexts(locale).recordAnswerButton, FIRST_VISIT_IDS.recordAnswerButton, String(proposalId));
}
