import type { App } from "@slack/bolt";
import { HELPDESK_IDS } from "../../features/helpdesk/helpdesk-ids.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { openAnswer, submitAnswer } from "./answer-ticket.js";
import { askFromButton, openAsk, submitAsk } from "./ask-secretariat.js";
import { openFaqEditor, submitFaq } from "./edit-faq.js";
import { faqCommand } from "./faq-command.js";
import { openTicketsHomeSection, resourcesHomeSection } from "./helpdesk-home.js";
import { registerThreadAnswers } from "./thread-answer.js";

const B = HELPDESK_IDS.blocks;

export function registerHelpdesk(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "faq",
    role: "anyone",
    usage: "faq [知りたいこと / words]",
    summary: {
      ja: "よくある質問を調べる（解決しなければ事務局に質問）",
      en: "Search the FAQ (and ask the secretariat if it does not help)",
    },
    handler: faqCommand,
  });
  onAction(app, ctx, HELPDESK_IDS.askButton, "anyone", askFromButton);
  onAction(app, ctx, HELPDESK_IDS.askOpenButton, "anyone", openAsk);
  onAction(app, ctx, HELPDESK_IDS.answerButton, "secretariat", openAnswer);
  onAction(app, ctx, HELPDESK_IDS.faqEditButton, "secretariat", openFaqEditor);
  onViewSubmit(app, ctx, HELPDESK_IDS.askModal, "anyone", { generalBlockId: B.question }, submitAsk);
  onViewSubmit(app, ctx, HELPDESK_IDS.answerModal, "secretariat", { generalBlockId: B.answer }, submitAnswer);
  onViewSubmit(app, ctx, HELPDESK_IDS.faqModal, "secretariat", { generalBlockId: B.questionJa }, submitFaq);
  registerThreadAnswers(app, ctx);
  home.add({ order: 46, build: openTicketsHomeSection });
  home.add({ order: 80, build: resourcesHomeSection });
}
