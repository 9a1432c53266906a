import { type ProposalDraft, ProposalDraftSchema } from "../../features/matching/matching.schemas.js";
import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { proposeModal } from "../../features/matching/views/matching-modals.js";
import { readText } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { metadataSchema } from "../../slack/payload.js";

/** The propose modal's metadata: the application and the candidates shown, removed and added. */
export const ProposalMetadata = metadataSchema(ProposalDraftSchema);

const B = MATCHING_IDS.blocks;

/** "Propose candidates" on a valid application: the ranked candidates in a modal. */
export async function openPropose({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const preview = await ctx.services.matching.previewProposal(actor, value);
  await client.views.open({ trigger_id: body.trigger_id, view: proposeModal(actor.locale, preview) });
  return undefined;
}

export async function submitProposal({ actor, view, values, metadata, ctx }: ViewArgs<ProposalDraft>) {
  await ctx.services.matching.propose(actor, metadata, readText(values, B.count, MATCHING_IDS.value), view.id);
  return { result: undefined };
}
