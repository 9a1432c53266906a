import { MAX_FIRST_VISIT_OPTIONS } from "../../domain/first-visit-rules.js";
import { FIRST_VISIT_IDS } from "../../features/first-visits/first-visits-ids.js";
import { proposeModal } from "../../features/first-visits/views/first-visit-modals.js";
import { readDate, readSelected, readText, readTime, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { openFromAction } from "../visits/open-modal.js";

const B = FIRST_VISIT_IDS.blocks;
const V = FIRST_VISIT_IDS.value;

/** 「初回訪問の候補日を提案する」 (case DM, `/visit` list, case page, App Home): value = case id. */
export async function openPropose({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const context = await ctx.services.firstVisits.proposeContext(actor, value);
  await openFromAction(client, body, proposeModal(actor.locale, context));
  return undefined;
}

export function readProposal(values: StateValues) {
  return {
    slots: Array.from({ length: MAX_FIRST_VISIT_OPTIONS }, (_, i) => ({
      date: readDate(values, FIRST_VISIT_IDS.dateBlock(i + 1), V),
      time: readTime(values, FIRST_VISIT_IDS.timeBlock(i + 1), V),
    })),
    mode: readSelected(values, B.mode, V),
    place: readText(values, B.place, V),
    note: readText(values, B.note, V),
  };
}

export async function submitPropose({ actor, values, view, metadata, ctx }: ViewArgs<{ caseId: number }>) {
  await ctx.services.firstVisits.propose(actor, metadata.caseId, readProposal(values), view.id);
  return { result: undefined };
}
