import { HELPDESK_IDS } from "../../features/helpdesk/helpdesk-ids.js";
import { askModal, ticketReceivedReply } from "../../features/helpdesk/views/helpdesk-views.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";

/** One click after a miss: the question travels in the button. */
export async function askFromButton({ actor, value, ctx }: ActionArgs) {
  const { ticket, repeated } = await ctx.services.helpdesk.ask(actor, value);
  return ticketReceivedReply(ticket, actor.locale, repeated);
}

export async function openAsk({ actor, body, client }: ActionArgs) {
  await client.views.open({ trigger_id: body.trigger_id, view: askModal(actor.locale) });
  return undefined;
}

export async function submitAsk({ actor, view, values, ctx, client }: ViewArgs) {
  const question = readText(values as StateValues, HELPDESK_IDS.blocks.question, HELPDESK_IDS.value);
  const { ticket, repeated } = await ctx.services.helpdesk.ask(actor, question, `ask-view:${view.id}`);
  return {
    after: async () => {
      await client.chat.postMessage({ channel: actor.userId, ...ticketReceivedReply(ticket, actor.locale, repeated) });
    },
  };
}
