import { composeModal } from "../../features/announcements/views/announcement-modals.js";
import type { SubcommandArgs } from "../../slack/command-router.js";

/** `/desk announce`: the compose modal (the router has checked the secretariat role). */
export async function announceCommand({ client, command, actor }: SubcommandArgs) {
  await client.views.open({ trigger_id: command.trigger_id, view: composeModal(actor.locale) });
  return undefined;
}
