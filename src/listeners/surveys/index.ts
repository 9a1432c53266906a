import type { App } from "@slack/bolt";
import { SURVEY_IDS, surveyTextLimit } from "../../features/surveys/surveys-ids.js";
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
    summary: {
      ja: "自分へのアンケートに回答する（事務局: 回収状況・代理入力・締切）",
      en: "Answer your surveys (secretariat: status, entry on behalf, closing)",
    },
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
