import { ProposalDraftSchema } from "../../features/matching/matching.schemas.js";
import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { proposeModal } from "../../features/matching/views/matching-modals.js";
import { AppError } from "../../lib/errors.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import { type ActionArgs, readMetadata, type ViewArgs } from "../../slack/interactions.js";

const B = MATCHING_IDS.blocks;

/** "Propose candidates" on a valid application: the ranked candidates in a modal. */
export async function openPropose({ actor, value, body, client, ctx }: ActionArgs) {
  const preview = await ctx.services.matching.previewProposal(actor, Number(value));
  await client.views.open({ trigger_id: body.trigger_id, view: proposeModal(actor.locale, preview) as never });
  return undefined;
}

export async function submitProposal({ actor, view, values, ctx }: ViewArgs) {
  const draft = ProposalDraftSchema.safeParse(readMetadata(view));
  if (!draft.success)
    throw new AppError(
      "invalid_input",
      { ja: "画面の情報が読み取れません。開き直してください。", en: "This form could not be read; open it again." },
      { field: B.count },
    );
  await ctx.services.matching.propose(
    actor,
    draft.data,
    readText(values as StateValues, B.count, MATCHING_IDS.value),
    view.id,
  );
  return { result: undefined };
}
