import type { App } from "@slack/bolt";
import { SME_IDS } from "../../features/sme/sme-ids.js";
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
    usage: "link <申込番号> [resend]",
    summary: {
      ja: "SME専用ページのリンクの状態を表示する（resend: 新しいリンクをメールで再送し、以前のリンクを無効にする）",
      en: "Show the SME page link (resend: mail a new link and invalidate the old one)",
    },
    handler: linkCommand,
  });
  onAction(app, ctx, SME_IDS.resendButton, "secretariat", IdValue, resendFromButton);
}
