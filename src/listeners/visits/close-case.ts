import { z } from "zod";
import { closeCaseModal } from "../../features/cases/views/case-messages.js";
import { VISIT_IDS } from "../../features/visits/visits-ids.js";
import { readSelected, readText } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { IdNumber, metadataSchema } from "../../slack/payload.js";
import { openFromAction } from "./open-modal.js";

export async function openCompleteCase({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const c = await ctx.services.visits.cases.closable(actor, value);
  await openFromAction(client, body, closeCaseModal(actor.locale, c, "complete"));
  return undefined;
}

export async function openTerminateCase({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const c = await ctx.services.visits.cases.closable(actor, value);
  await openFromAction(client, body, closeCaseModal(actor.locale, c, "terminate"));
  return undefined;
}

export const CloseCaseMetadata = metadataSchema(
  z.object({ caseId: IdNumber, kind: z.enum(["complete", "terminate"]) }),
);

export async function submitCloseCase({ actor, metadata, values, ctx }: ViewArgs<z.infer<typeof CloseCaseMetadata>>) {
  const { caseId, kind } = metadata;
  const reason = readText(values, VISIT_IDS.blocks.reason, VISIT_IDS.value);
  if (kind === "complete") await ctx.services.visits.cases.completeEarly(actor, caseId, reason);
  else
    await ctx.services.visits.cases.terminate(
      actor,
      caseId,
      reason,
      readSelected(values, VISIT_IDS.blocks.category, VISIT_IDS.value),
    );
  // The case page underneath is stale now: close the whole stack.
  return { result: { response_action: "clear" as const } };
}
