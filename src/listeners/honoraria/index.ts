import type { App } from "@slack/bolt";
import { honorariaServiceTexts } from "../../features/honoraria/honoraria.texts.js";
import { HONORARIA_IDS, HONORARIA_TEXT_LIMITS } from "../../features/honoraria/honoraria-ids.js";
import { TRAVEL_IDS, TRAVEL_TEXT_LIMITS } from "../../features/honoraria/travel/travel-ids.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, IdValue, idMetadata, NoMetadata } from "../../slack/payload.js";
import { registerBank } from "./bank.js";
import { honorariaCommand, openPay, ownHonoraria, submitPay } from "./desk-honoraria.js";
import { registerExpertOptions } from "./expert-options.js";
import { honorariaHomeSection } from "./honoraria-home.js";
import { acceptTravel, openReturnTravel, openTravel, submitReturnTravel, submitTravel } from "./travel.js";

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
  // Travel: the visit's expert claims, the secretariat decides; the service checks both.
  onAction(app, ctx, TRAVEL_IDS.openButton, "anyone", IdValue, openTravel);
  onViewSubmit(
    app,
    ctx,
    TRAVEL_IDS.modal,
    "anyone",
    {
      generalBlockId: TRAVEL_IDS.blocks.amount,
      metadata: idMetadata("visitId"),
      textLimits: TRAVEL_TEXT_LIMITS.travel,
    },
    submitTravel,
  );
  onAction(app, ctx, TRAVEL_IDS.acceptButton, "anyone", IdValue, acceptTravel);
  onAction(app, ctx, TRAVEL_IDS.returnButton, "anyone", IdValue, openReturnTravel);
  onViewSubmit(
    app,
    ctx,
    TRAVEL_IDS.returnModal,
    "anyone",
    {
      generalBlockId: TRAVEL_IDS.blocks.reason,
      metadata: idMetadata("travelId"),
      textLimits: TRAVEL_TEXT_LIMITS.returnTravel,
    },
    submitReturnTravel,
  );
  home.add({ order: 45, build: honorariaHomeSection });
  registerBank(app, ctx, router, home);
}
