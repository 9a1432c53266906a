import { ProposalDraftSchema } from "../../features/matching/matching.schemas.js";
import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { proposeModal } from "../../features/matching/views/matching-modals.js";
import { AppError } from "../../lib/errors.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import { type ActionArgs, readMetadata } from "../../slack/interactions.js";

type ModalBody = { view?: { id: string; hash?: string; private_metadata?: string; state?: { values: StateValues } } };

/** Re-renders the propose modal after a removal or an addition; the count typed so far is kept. */
async function redraw(args: ActionArgs, change: (draft: { removed: number[]; added: number[] }, id: number) => void) {
  const { actor, value, body, client, ctx } = args;
  const view = (body as ModalBody).view;
  const draft = ProposalDraftSchema.safeParse(view ? readMetadata(view) : {});
  if (!view || !draft.success)
    throw new AppError("invalid_input", {
      ja: "画面の情報が読み取れません。開き直してください。",
      en: "This form could not be read; open it again.",
    });
  const id = Number(value);
  const next = { removed: [...draft.data.removed], added: [...draft.data.added] };
  change(next, id);
  const typed = Number(readText(view.state?.values ?? {}, MATCHING_IDS.blocks.count, MATCHING_IDS.value));
  const preview = await ctx.services.matching.previewProposal(
    actor,
    draft.data.applicationId,
    next,
    Number.isInteger(typed) && typed > 0 ? typed : undefined,
  );
  await client.views.update({
    view_id: view.id,
    ...(view.hash ? { hash: view.hash } : {}),
    view: proposeModal(actor.locale, preview) as never,
  });
  return undefined;
}

/** "Remove" next to a candidate. */
export function removeCandidate(args: ActionArgs) {
  return redraw(args, (d, id) => {
    d.removed.push(id);
    d.added = d.added.filter((x) => x !== id);
  });
}

/** An expert picked in the search: added to the top of the list. */
export function addCandidate(args: ActionArgs) {
  return redraw(args, (d, id) => {
    d.removed = d.removed.filter((x) => x !== id);
    d.added = [...d.added.filter((x) => x !== id), id];
  });
}
