import type { App } from "@slack/bolt";
import { SME_IDS } from "../../features/sme/sme-ids.js";
import { linkMessagesTexts } from "../../features/sme/views/link-messages.texts.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import { onAction } from "../../slack/interactions.js";
import { IdValue } from "../../slack/payload.js";
import { linkCommand, resendFromButton } from "./link-command.js";

export function registerSme(app: App, ctx: AppContext, router: CommandRouter): void {
  router.add({
    command: "/desk",
    name: "link",
    role: "secretariat",
    // The command router shows one usage line to everyone, in Japanese.
    usage: linkMessagesTexts.ja.commandUsage,
    summary: both(linkMessagesTexts, (t) => t.commandSummary),
    handler: linkCommand,
  });
  onAction(app, ctx, SME_IDS.resendButton, "secretariat", IdValue, resendFromButton);
}
