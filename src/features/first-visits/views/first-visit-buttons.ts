import type { Locale } from "../../../lib/i18n.js";
import { type Button, button } from "../../../slack/blocks.js";
import { FIRST_VISIT_IDS } from "../first-visits-ids.js";

/** 「初回訪問の候補日を提案する」 for case `caseId` (its expert or the secretariat). */
export function proposeFirstVisitButton(caseId: number, locale: Locale, again = false): Button {
  const text =
    locale === "ja"
      ? again
        ? "別の候補日を提案する"
        : "初回訪問の候補日を提案する"
      : again
        ? "Propose other dates"
        : "Propose first-visit dates";
  return button(text, FIRST_VISIT_IDS.proposeButton, String(caseId), "primary");
}

/** 「SMEの回答を記録する」 for proposal `proposalId` (secretariat). */
export function recordAnswerButton(proposalId: number, locale: Locale): Button {
  return button(
    locale === "ja" ? "SMEの回答を記録する" : "Record the SME's answer",
    FIRST_VISIT_IDS.recordAnswerButton,
    String(proposalId),
  );
}
