import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { reassignModal } from "../../features/matching/views/matching-modals.js";
import { matchingReplyTexts } from "../../features/matching/views/matching-replies.texts.js";
import type { Actor } from "../../features/roles/actor.js";
import { readMulti, readSelected, readText, type StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { IdValue, parsePayload } from "../../slack/payload.js";
import { parseNumberArg } from "./match-command.js";

const B = MATCHING_IDS.blocks;
const V = MATCHING_IDS.value;

async function open(actor: Actor, caseId: number, triggerId: string, ctx: AppContext, client: ActionArgs["client"]) {
  const preview = await ctx.services.matching.reassignPreview(actor, caseId);
  await client.views.open({ trigger_id: triggerId, view: reassignModal(actor.locale, preview) });
}

/** `/desk reassign <case id>` */
export async function reassignCommand({ actor, rest, command, client, ctx }: SubcommandArgs) {
  const caseId = parseNumberArg(rest);
  if (caseId === null) return { text: matchingReplyTexts(actor.locale).reassignNeedsNumber };
  await open(actor, caseId, command.trigger_id, ctx, client);
  return undefined;
}

/** "Reassign" on a case message. */
export async function openReassign({ actor, value, body, client, ctx }: ActionArgs<number>) {
  await open(actor, value, body.trigger_id, ctx, client);
  return undefined;
}

export async function submitReassign({ actor, values, ctx, metadata }: ViewArgs<{ caseId: number }>) {
  const { caseId } = metadata;
  const v = values as StateValues;
  const selected = readSelected(v, B.expert, MATCHING_IDS.reassignExpertSelect);
  await ctx.services.matching.reassign(actor, caseId, {
    expertId: selected ? parsePayload(IdValue, selected, "expert") : null,
    reason: readText(v, B.reason, V),
    overrideCapacity: readMulti(v, B.override, V).includes(MATCHING_IDS.overrideValue),
  });
  return { result: undefined };
}
