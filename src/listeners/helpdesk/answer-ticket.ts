import { helpdeskTexts } from "../../features/helpdesk/helpdesk.texts.js";
import { HELPDESK_IDS } from "../../features/helpdesk/helpdesk-ids.js";
import { answerModal } from "../../features/helpdesk/views/helpdesk-views.js";
import { readMulti, readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";

const B = HELPDESK_IDS.blocks;
const V = HELPDESK_IDS.value;

/** "回答する" on the ticket message (or App Home). */
export async function openAnswer({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const ticket = await ctx.services.helpdesk.getTicket(actor, value);
  await client.views.open({ trigger_id: body.trigger_id, view: answerModal(actor.locale, ticket) });
  return undefined;
}

export async function submitAnswer({ actor, values, ctx, client, metadata }: ViewArgs<{ ticketId: number }>) {
  const { ticketId } = metadata;
  const v = values as StateValues;
  const { ticket, faqEntryId } = await ctx.services.helpdesk.answer(actor, ticketId, readText(v, B.answer, V), {
    addToFaq: readMulti(v, B.addToFaq, V).includes(HELPDESK_IDS.addToFaqValue),
    faqQuestion: readText(v, B.faqQuestion, V),
  });
  const t = helpdeskTexts(actor.locale);
  const text = `${t.ticketAnswered(ticket.id)}${faqEntryId ? t.addedToFaq(faqEntryId) : ""}`;
  return {
    after: async () => {
      await client.chat.postMessage({ channel: actor.userId, text });
    },
  };
}
