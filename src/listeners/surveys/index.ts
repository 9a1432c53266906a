import type { App } from "@slack/bolt";
import { surveyServiceTexts } from "../../features/surveys/surveys.texts.js";
import { SURVEY_IDS, surveyTextLimit } from "../../features/surveys/surveys-ids.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { IdValue } from "../../slack/payload.js";
import { openSurvey } from "./open-survey.js";
import { SurveyMetadata, submitSurvey } from "./submit-survey.js";
import { surveyCommand } from "./survey-command.js";
import { surveyHomeSection } from "./survey-home.js";

export function registerSurveys(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "survey",
    role: "anyone",
    usage: "survey [status|enter CASE|close]",
    summary: both(surveyServiceTexts, (t) => t.commandSummary),
    handler: surveyCommand,
  });
  onAction(app, ctx, SURVEY_IDS.answerButton, "anyone", IdValue, openSurvey);
  // Errors without a field are moved onto the first question by the handler itself.
  onViewSubmit(
    app,
    ctx,
    SURVEY_IDS.answerModal,
    "anyone",
    { generalBlockId: SURVEY_IDS.blocks.source, metadata: SurveyMetadata, textLimits: surveyTextLimit },
    submitSurvey,
  );
  home.add({ order: 15, build: surveyHomeSection });
}
