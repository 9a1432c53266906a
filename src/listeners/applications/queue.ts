import { QUEUE_MESSAGE_ITEMS, queueMessage } from "../../features/applications/views/application-messages.js";
import type { SubcommandArgs } from "../../slack/command-router.js";

/** `/desk queue`: applications waiting for screening, oldest first, with their buttons. */
export async function showQueue({ actor, ctx }: SubcommandArgs) {
  const { items, total } = await ctx.services.applications.queue(actor, QUEUE_MESSAGE_ITEMS);
  return queueMessage(items, total, actor.locale);
}
