import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { approvalModal, rejectModal } from "../../features/matching/views/matching-modals.js";
import { readDate, readMulti, readText, type StateValues } from "../../slack/blocks.js";
import { type ActionArgs, readMetadata, type ViewArgs } from "../../slack/interactions.js";

const B = MATCHING_IDS.blocks;
const V = MATCHING_IDS.value;

type PairMetadata = { applicationId: number; expertId: number };

/** Opens a modal about the chosen pair of the application in the button's value. */
function openPairModal(build: typeof approvalModal) {
  return async ({ actor, value, body, client, ctx }: ActionArgs) => {
    const preview = await ctx.services.matching.approvalPreview(actor, Number(value));
    await client.views.open({ trigger_id: body.trigger_id, view: build(actor.locale, preview) as never });
    return undefined;
  };
}

/** "Approve" on a chosen pair: the modal with the conflict checks. */
export const openApprove = openPairModal(approvalModal);

/** "Reject" on a chosen pair: a modal for the reason. */
export const openReject = openPairModal(rejectModal);

export async function submitApprove({ actor, view, values, ctx }: ViewArgs) {
  const { applicationId, expertId } = readMetadata<PairMetadata>(view);
  const v = values as StateValues;
  await ctx.services.matching.approve(actor, Number(applicationId), {
    expertId: Number(expertId),
    firstVisitTarget: readDate(v, B.firstVisitTarget, V),
    overrideCapacity: readMulti(v, B.override, V).includes(MATCHING_IDS.overrideValue),
  });
  return { result: undefined };
}

export async function submitReject({ actor, view, values, ctx }: ViewArgs) {
  const { applicationId, expertId } = readMetadata<PairMetadata>(view);
  await ctx.services.matching.reject(
    actor,
    Number(applicationId),
    Number(expertId),
    readText(values as StateValues, B.reason, V),
  );
  return { result: undefined };
}
