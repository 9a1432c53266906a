import { z } from "zod";
import { HONORARIA_IDS } from "../../features/honoraria/honoraria-ids.js";
import {
  batchResultText,
  honorariaSummaryMessage,
  ownHonorariaMessage,
  payModal,
} from "../../features/honoraria/views/honoraria-messages.js";
import { readDate, readMulti, readText, type StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { IdValue, parsePayload } from "../../slack/payload.js";

const B = HONORARIA_IDS.blocks;
const V = HONORARIA_IDS.value;

/** `/desk honoraria`: what is payable, with the button that pays a batch. */
export async function honorariaCommand({ actor, ctx }: SubcommandArgs) {
  return honorariaSummaryMessage(await ctx.services.honoraria.payableSummary(actor), actor.locale);
}

export async function openPay({ actor, body, client, ctx }: ActionArgs) {
  const { totals } = await ctx.services.honoraria.payableSummary(actor);
  await client.views.open({
    trigger_id: body.trigger_id,
    view: payModal(actor.locale, ctx.services.honoraria.today(), totals),
  });
  return undefined;
}

export async function submitPay({ actor, view, values, ctx, client }: ViewArgs) {
  const v = values as StateValues;
  const experts = readMulti(v, B.experts, HONORARIA_IDS.expertOptions);
  const result = await ctx.services.honoraria.pay(
    actor,
    {
      paidOn: readDate(v, B.paidOn, V) ?? "",
      expertIds: parsePayload(z.array(IdValue), experts, "experts"),
      acceptedUntil: readDate(v, B.acceptedUntil, V),
      note: readText(v, B.note, V),
    },
    view.id,
  );
  return {
    result: undefined,
    after: async () => {
      await client.chat.postMessage({ channel: actor.userId, text: batchResultText(result, actor.locale) });
    },
  };
}

/** `/visit honoraria` and the App Home button: the expert's own lines and totals. */
export async function ownHonoraria({ actor, ctx }: SubcommandArgs | ActionArgs) {
  return ownHonorariaMessage(await ctx.services.honoraria.mine(actor), actor.locale);
}
