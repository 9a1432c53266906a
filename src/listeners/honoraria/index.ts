import type { App } from "@slack/bolt";
import { HONORARIA_IDS, HONORARIA_TEXT_LIMITS } from "../../features/honoraria/honoraria-ids.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, NoMetadata } from "../../slack/payload.js";
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
    summary: {
      ja: "支払待ちの謝金を確認し、まとめて支払済みにする",
      en: "See payable honoraria and mark a batch paid",
    },
    handler: honorariaCommand,
  });
  router.add({
    command: "/visit",
    name: "honoraria",
    role: "expert",
    usage: "honoraria",
    summary: { ja: "自分の謝金（支払待ち・支払済み）と合計を見る", en: "See my honoraria and totals" },
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
}
