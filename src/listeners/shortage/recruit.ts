import { composeModal } from "../../features/announcements/views/announcement-modals.js";
import { recruitDraft } from "../../features/shortage/views/recruit-draft.js";
import type { ActionArgs } from "../../slack/interactions.js";

/**
 * "Recruit experts for <region>" (App Home or digest): the announcement composer, prefilled with
 * a recruiting text and the region's figures as they are now. The service refuses anyone but
 * the secretariat; the composer's submit is the announcement feature's own.
 */
export async function openRecruitAnnouncement({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const context = await ctx.services.shortage.recruitContext(actor, value);
  await client.views.open({
    trigger_id: body.trigger_id,
    view: composeModal(actor.locale, recruitDraft(context, actor.locale)),
  });
  return undefined;
}
