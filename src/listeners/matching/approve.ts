import { z } from "zod";
import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { approvalModal, rejectModal } from "../../features/matching/views/matching-modals.js";
import { readDate, readMulti, readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { IdNumber, metadataSchema } from "../../slack/payload.js";

const B = MATCHING_IDS.blocks;
const V = MATCHING_IDS.value;

/** The approve and reject modals' metadata: the application and the chosen expert. */
export const PairMetadata = metadataSchema(z.object({ applicationId: IdNumber, expertId: IdNumber }));
type PairMetadata = z.infer<typeof PairMetadata>;

/** Opens a modal about the chosen pair of the application in the button's value. */
function openPairModal(build: typeof approvalModal) {
  return async ({ actor, value, body, client, ctx }: ActionArgs<number>) => {
    const preview = await ctx.services.matching.approvalPreview(actor, value);
    await client.views.open({ trigger_id: body.trigger_id, view: build(actor.locale, preview) });
    return undefined;
  };
}

/** "Approve" on a chosen pair: the modal with the conflict checks. */
export const openApprove = openPairModal(approvalModal);

/** "Reject" on a chosen pair: a modal for the reason. */
export const openReject = openPairModal(rejectModal);

export async function submitApprove({ actor, metadata, values, ctx }: ViewArgs<PairMetadata>) {
  const { applicationId, expertId } = metadata;
  const v = values as StateValues;
  await ctx.services.matching.approve(actor, applicationId, {
    expertId,
    firstVisitTarget: readDate(v, B.firstVisitTarget, V),
    overrideCapacity: readMulti(v, B.override, V).includes(MATCHING_IDS.overrideValue),
  });
  return { result: undefined };
}

export async function submitReject({ actor, metadata, values, ctx }: ViewArgs<PairMetadata>) {
  const { applicationId, expertId } = metadata;
  await ctx.services.matching.reject(actor, applicationId, expertId, readText(values as StateValues, B.reason, V));
  return { result: undefined };
}
