import type { App } from "@slack/bolt";
import { z } from "zod";
import { helpdeskTexts } from "../../features/helpdesk/helpdesk.texts.js";
import { HELPDESK_IDS, HELPDESK_TEXT_LIMITS, MAX_QUESTION } from "../../features/helpdesk/helpdesk-ids.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, IdValue, idMetadata, NoMetadata } from "../../slack/payload.js";
import { openAnswer, submitAnswer } from "./answer-ticket.js";
import { askFromButton, openAsk, submitAsk } from "./ask-secretariat.js";
import { FaqMetadata, openFaqEditor, submitFaq } from "./edit-faq.js";
import { faqCommand } from "./faq-command.js";
import { openTicketsHomeSection, resourcesHomeSection } from "./helpdesk-home.js";
import { registerThreadAnswers } from "./thread-answer.js";

const B = HELPDESK_IDS.blocks;

export function registerHelpdesk(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "faq",
    role: "anyone",
    usage: `faq [${helpdeskTexts.ja.words} / ${helpdeskTexts.en.words}]`,
    summary: both(helpdeskTexts, (t) => t.commandSummary),
    handler: faqCommand,
  });
  const L = HELPDESK_TEXT_LIMITS;
  // The ask button carries the searched words themselves (see askButton in the views).
  const question = z.string().trim().min(1).max(MAX_QUESTION);
  onAction(app, ctx, HELPDESK_IDS.askButton, "anyone", question, askFromButton);
  onAction(app, ctx, HELPDESK_IDS.askOpenButton, "anyone", fixedValue("open"), openAsk);
  onAction(app, ctx, HELPDESK_IDS.answerButton, "secretariat", IdValue, openAnswer);
  onAction(app, ctx, HELPDESK_IDS.faqEditButton, "secretariat", z.union([fixedValue("new"), IdValue]), openFaqEditor);
  onViewSubmit(
    app,
    ctx,
    HELPDESK_IDS.askModal,
    "anyone",
    { generalBlockId: B.question, metadata: NoMetadata, textLimits: L.ask },
    submitAsk,
  );
  onViewSubmit(
    app,
    ctx,
    HELPDESK_IDS.answerModal,
    "secretariat",
    { generalBlockId: B.answer, metadata: idMetadata("ticketId"), textLimits: L.answer },
    submitAnswer,
  );
  onViewSubmit(
    app,
    ctx,
    HELPDESK_IDS.faqModal,
    "secretariat",
    { generalBlockId: B.questionJa, metadata: FaqMetadata, textLimits: L.faq },
    submitFaq,
  );
  registerThreadAnswers(app, ctx);
  home.add({ order: 46, build: openTicketsHomeSection });
  home.add({ order: 80, build: resourcesHomeSection });
}
