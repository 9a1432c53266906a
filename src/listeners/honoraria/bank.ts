import type { App } from "@slack/bolt";
import { BANK_IDS, BANK_TEXT_LIMITS } from "../../features/honoraria/bank/bank-ids.js";
import { bankTexts } from "../../features/honoraria/bank/views/bank-messages.texts.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { fixedValue, IdValue, idMetadata, NoMetadata } from "../../slack/payload.js";
import { bankCommand, openAccount, submitAccount } from "./bank-account.js";
import { bankHomeSection } from "./bank-home.js";
import { registerBankOptions } from "./bank-options.js";
import { openPayer, submitPayer } from "./bank-payer.js";
import { sendTransferFile } from "./transfer-file.js";

/** Experts' bank accounts, the payer and the batches' Zengin transfer files. */
export function registerBank(app: App, ctx: AppContext, router: CommandRouter, home: HomeRegistry): void {
  router.add({
    command: "/expert",
    name: "bank",
    role: "anyone",
    usage: "bank",
    summary: both(bankTexts, (t) => t.commandBank),
    handler: bankCommand,
  });
  // Who may see or change an account, the payer or a file is decided in the service.
  onAction(app, ctx, BANK_IDS.openAccountButton, "anyone", IdValue, openAccount);
  onViewSubmit(
    app,
    ctx,
    BANK_IDS.accountModal,
    "anyone",
    { generalBlockId: BANK_IDS.blocks.bank, metadata: idMetadata("expertId"), textLimits: BANK_TEXT_LIMITS.account },
    submitAccount,
  );
  onAction(app, ctx, BANK_IDS.openPayerButton, "anyone", fixedValue("payer"), openPayer);
  onViewSubmit(
    app,
    ctx,
    BANK_IDS.payerModal,
    "anyone",
    { generalBlockId: BANK_IDS.blocks.payerCode, metadata: NoMetadata, textLimits: BANK_TEXT_LIMITS.payer },
    submitPayer,
  );
  onAction(app, ctx, BANK_IDS.transferFileButton, "anyone", IdValue, sendTransferFile);
  registerBankOptions(app, ctx);
  home.add({ order: 46, build: bankHomeSection });
}
