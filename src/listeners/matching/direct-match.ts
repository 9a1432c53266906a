import { approvalModal } from "../../features/matching/views/matching-modals.js";
import type { ActionArgs } from "../../slack/interactions.js";

/** "Match recruiter directly" in the propose modal: the choice is skipped; the approval modal replaces it. */
export async function directMatch({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const preview = await ctx.services.matching.directMatch(actor, value);
  const view = (body as { view?: { id: string } }).view;
  const modal = approvalModal(actor.locale, preview);
  if (view) await client.views.update({ view_id: view.id, view: modal });
  else await client.views.open({ trigger_id: body.trigger_id, view: modal });
  return undefined;
}
