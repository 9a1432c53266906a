import { closeCaseModal } from "../../features/visits/views/case-messages.js";
import { VISIT_IDS } from "../../features/visits/visits-ids.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import { type ActionArgs, readMetadata, type ViewArgs } from "../../slack/interactions.js";
import { openFromAction } from "./open-modal.js";

export async function openCompleteCase({ actor, value, body, client, ctx }: ActionArgs) {
  const c = await ctx.services.visits.cases.closable(actor, Number(value));
  await openFromAction(client, body, closeCaseModal(actor.locale, c, "complete"));
  return undefined;
}

export async function openTerminateCase({ actor, value, body, client, ctx }: ActionArgs) {
  const c = await ctx.services.visits.cases.closable(actor, Number(value));
  await openFromAction(client, body, closeCaseModal(actor.locale, c, "terminate"));
  return undefined;
}

export async function submitCloseCase({ actor, view, values, ctx }: ViewArgs) {
  const { caseId, kind } = readMetadata<{ caseId: number; kind: "complete" | "terminate" }>(view);
  const reason = readText(values as StateValues, VISIT_IDS.blocks.reason, VISIT_IDS.value);
  if (kind === "complete") await ctx.services.visits.cases.completeEarly(actor, Number(caseId), reason);
  else await ctx.services.visits.cases.terminate(actor, Number(caseId), reason);
  // The case page underneath is stale now: close the whole stack.
  return { result: { response_action: "clear" as const } };
}
