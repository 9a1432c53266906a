import { QUEUE_MESSAGE_ITEMS, queueMessage } from "../../features/applications/views/application-messages.js";
import type { HomeRegistry } from "../../slack/home.js";
import type { ActionArgs } from "../../slack/interactions.js";

/**
 * Redraws where a screening button was clicked, so that its buttons do not go stale: the App
 * Home, or the `/desk queue` reply (ephemeral). Channel messages are updated by the outbox.
 * Returns whether the person sees the change there (then no confirmation is needed).
 */
export async function refreshAfterScreening(
  { actor, body, client, respond, ctx }: ActionArgs<unknown>,
  home: HomeRegistry,
) {
  const container = body.container as { type?: string; is_ephemeral?: boolean };
  if (container.type === "view" && body.view?.type === "home") {
    await home.publish(client, actor, ctx);
    return true;
  }
  if (container.is_ephemeral && respond) {
    const { items, total } = await ctx.services.applications.queue(actor, QUEUE_MESSAGE_ITEMS);
    await respond({ replace_original: true, ...queueMessage(items, total, actor.locale) });
  }
  return false;
}
