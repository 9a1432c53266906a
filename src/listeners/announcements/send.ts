import type { z } from "zod";
import { announceTexts } from "../../features/announcements/announcements.texts.js";
import { ANNOUNCE_IDS } from "../../features/announcements/announcements-ids.js";
import { sentModal } from "../../features/announcements/views/announcement-modals.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { readMulti } from "../../slack/blocks.js";
import type { ViewArgs } from "../../slack/interactions.js";
import { idMetadata } from "../../slack/payload.js";

export const PreviewMetadata = idMetadata("announcementId");

/**
 * The preview's "Send": once confirmed, the announcement is marked sending and the modal says so
 * at once; the recipients and their copies are built after the ack, in batches (thousands of
 * recipients would not fit in Slack's 3 s).
 */
export async function submitSend({ actor, values, metadata, ctx }: ViewArgs<z.infer<typeof PreviewMetadata>>) {
  const B = ANNOUNCE_IDS.blocks;
  if (!readMulti(values, B.confirm, ANNOUNCE_IDS.value).includes(ANNOUNCE_IDS.confirmValue))
    throw new AppError(
      "invalid_input",
      both(announceTexts, (t) => t.confirm),
      { field: B.confirm, log: "announcement send not confirmed" },
    );
  const sent = await ctx.services.announcements.send(actor, metadata.announcementId);
  return {
    result: {
      response_action: "update" as const,
      view: sentModal(actor.locale, sent.announcement, sent.counts, sent.alreadySent),
    },
    after: sent.alreadySent ? undefined : () => ctx.services.announcements.completeSending(metadata.announcementId),
  };
}
