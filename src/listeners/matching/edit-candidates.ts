import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { proposeModal } from "../../features/matching/views/matching-modals.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import { type ActionArgs, actionViewMetadata } from "../../slack/interactions.js";
import { MalformedPayload, parsePayload } from "../../slack/payload.js";
import { StateValuesSchema } from "../../slack/view-state.js";
import { ProposalMetadata } from "./propose.js";

/** Re-renders the propose modal after a removal or an addition; the count typed so far is kept. */
async function redraw(
  args: ActionArgs<number>,
  change: (draft: { removed: number[]; added: number[] }, id: number) => void,
) {
  const { actor, value: id, body, client, ctx } = args;
  const draft = { data: actionViewMetadata(body, ProposalMetadata) };
  const view = body.view;
  if (!view) throw new MalformedPayload("view", "the action did not come from a modal");
  const values = parsePayload(StateValuesSchema, view.state?.values ?? {}, "state") as StateValues;
  const next = { removed: [...draft.data.removed], added: [...draft.data.added] };
  change(next, id);
  const typed = Number(readText(values, MATCHING_IDS.blocks.count, MATCHING_IDS.value));
  const preview = await ctx.services.matching.previewProposal(
    actor,
    draft.data.applicationId,
    next,
    Number.isInteger(typed) && typed > 0 ? typed : undefined,
  );
  await client.views.update({
    view_id: view.id,
    ...(view.hash ? { hash: view.hash } : {}),
    view: proposeModal(actor.locale, preview),
  });
  return undefined;
}

/** "Remove" next to a candidate. */
export function removeCandidate(args: ActionArgs<number>) {
  return redraw(args, (d, id) => {
    d.removed.push(id);
    d.added = d.added.filter((x) => x !== id);
  });
}

/** An expert picked in the search: added to the top of the list. */
export function addCandidate(args: ActionArgs<number>) {
  return redraw(args, (d, id) => {
    d.removed = d.removed.filter((x) => x !== id);
    d.added = [...d.added.filter((x) => x !== id), id];
  });
}
