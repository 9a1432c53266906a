import type { App } from "@slack/bolt";
import { honorariaServiceTexts } from "../../features/honoraria/honoraria.texts.js";
import { HONORARIA_IDS, HONORARIA_TEXT_LIMITS } from "../../features/honoraria/honoraria-ids.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, NoMetadata } from "../../slack/payload.js";
import { registerBank } from "./bank.js";
import { honorariaCommand, openPay, ownHonoraria, submitPay } from "./desk-honoraria.js";
import { registerExpertOptions } from "./expert-options.js";
import { honorariaHomeSection } from "./honoraria-home.js";

/** Honoraria: the secretariat pays lines in batches; experts see their own lines and totals. */
export function registerHonoraria(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/desk",
    name: "honoraria",
    role: "secretariat",
    usage: "honoraria",
    summary: both(honorariaServiceTexts, (t) => t.deskSummary),
    handler: honorariaCommand,
  });
  router.add({
    command: "/visit",
    name: "honoraria",
    role: "expert",
    usage: "honoraria",
    summary: both(honorariaServiceTexts, (t) => t.visitSummary),
    handler: ownHonoraria,
  });
  // Paying is the secretariat's: the service refuses anyone else with the rule's name.
  onAction(app, ctx, HONORARIA_IDS.openPayButton, "anyone", fixedValue("pay"), openPay);
  onViewSubmit(
    app,
    ctx,
    HONORARIA_IDS.payModal,
    "anyone",
    { generalBlockId: HONORARIA_IDS.blocks.paidOn, metadata: NoMetadata, textLimits: HONORARIA_TEXT_LIMITS.pay },
    submitPay,
  );
  onAction(app, ctx, HONORARIA_IDS.showOwnButton, "expert", fixedValue("own"), ownHonoraria);
  registerExpertOptions(app, ctx);
  home.add({ order: 45, build: honorariaHomeSection });
  registerBank(app, ctx, router, home);
}
