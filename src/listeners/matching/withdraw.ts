import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { withdrawModal } from "../../features/matching/views/matching-modals.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";

/** "Withdraw" on an open proposal's channel message: a modal for the reason. */
export async function openWithdraw({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { proposal, title } = await ctx.services.matching.getOpenProposal(actor, value);
  await client.views.open({
    trigger_id: body.trigger_id,
    view: withdrawModal(actor.locale, { id: proposal.id, title }),
  });
  return undefined;
}

export async function submitWithdraw({ actor, values, ctx, metadata }: ViewArgs<{ proposalId: number }>) {
  const { proposalId } = metadata;
  await ctx.services.matching.withdraw(
    actor,
    proposalId,
    readText(values as StateValues, MATCHING_IDS.blocks.reason, MATCHING_IDS.value),
  );
  return { result: undefined };
}
