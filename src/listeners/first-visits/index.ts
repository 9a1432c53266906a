import type { App } from "@slack/bolt";
import { FIRST_VISIT_IDS, FIRST_VISIT_TEXT_LIMITS } from "../../features/first-visits/first-visits-ids.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { IdValue, idMetadata } from "../../slack/payload.js";
import { unfixedFirstVisitsHomeSection } from "./first-visit-home.js";
import { openPropose, submitPropose } from "./propose.js";
import { openRecordAnswer, submitRecordAnswer } from "./record-answer.js";

/**
 * First-visit mediation: the case's expert or the secretariat proposes dates (the service refuses
 * other experts with the rule's name); only the secretariat records the SME's answer.
 */
export function registerFirstVisits(app: App, ctx: AppContext, _router: CommandRouter, home: HomeRegistry): void {
  const L = FIRST_VISIT_TEXT_LIMITS;
  onAction(app, ctx, FIRST_VISIT_IDS.proposeButton, "expert_or_secretariat", IdValue, openPropose);
  onViewSubmit(
    app,
    ctx,
    FIRST_VISIT_IDS.proposeModal,
    "expert_or_secretariat",
    { generalBlockId: FIRST_VISIT_IDS.dateBlock(1), metadata: idMetadata("caseId"), textLimits: L.propose },
    submitPropose,
  );
  onAction(app, ctx, FIRST_VISIT_IDS.recordAnswerButton, "secretariat", IdValue, openRecordAnswer);
  onViewSubmit(
    app,
    ctx,
    FIRST_VISIT_IDS.recordAnswerModal,
    "secretariat",
    {
      generalBlockId: FIRST_VISIT_IDS.blocks.answer,
      metadata: idMetadata("proposalId"),
      textLimits: L.recordAnswer,
    },
    submitRecordAnswer,
  );
  home.add({ order: 36, build: unfixedFirstVisitsHomeSection });
}
