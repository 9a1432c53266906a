import type { App } from "@slack/bolt";
import { announceTexts } from "../../features/announcements/announcements.texts.js";
import { ANNOUNCE_IDS, ANNOUNCE_TEXT_LIMITS } from "../../features/announcements/announcements-ids.js";
import { both } from "../../lib/i18n.js";
import type { CommandRouter } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import { onAction, onViewSubmit } from "../../slack/interactions.js";
import { IdValue, NoMetadata } from "../../slack/payload.js";
import { announceCommand } from "./announce-command.js";
import { editDraft, submitCompose } from "./compose.js";
import { PreviewMetadata, submitSend } from "./send.js";

const B = ANNOUNCE_IDS.blocks;

export function registerAnnouncements(app: App, ctx: AppContext, router: CommandRouter): void {
  router.add({
    command: "/desk",
    name: "announce",
    role: "secretariat",
    usage: "announce",
    summary: both(announceTexts, (t) => t.commandSummary),
    handler: announceCommand,
  });
  onViewSubmit(
    app,
    ctx,
    ANNOUNCE_IDS.composeModal,
    "secretariat",
    { generalBlockId: B.segment, metadata: NoMetadata, textLimits: ANNOUNCE_TEXT_LIMITS.compose },
    submitCompose,
  );
  onAction(app, ctx, ANNOUNCE_IDS.editButton, "secretariat", IdValue, editDraft);
  onViewSubmit(
    app,
    ctx,
    ANNOUNCE_IDS.previewModal,
    "secretariat",
    { generalBlockId: B.confirm, metadata: PreviewMetadata },
    submitSend,
  );
}
