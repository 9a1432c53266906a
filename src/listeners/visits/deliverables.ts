import { deliverableModal, deliverableReturnModal } from "../../features/cases/views/deliverable-views.js";
import { addDeliverableButton } from "../../features/visits/views/visit-buttons.js";
import { caseTitle, pickMessage } from "../../features/visits/views/visit-messages.js";
import { VISIT_IDS } from "../../features/visits/visits-ids.js";
import { readSelected, readText, type StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { openFromAction, parseId } from "./open-modal.js";
import { visitReplyTexts } from "./visits-listeners.texts.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

/** `/visit deliverable [case]`: the hand-in modal, or a choice of case. */
export async function deliverableCommand({ actor, rest, command, client, ctx }: SubcommandArgs) {
  let caseId = parseId(rest);
  if (caseId === null) {
    const mine = await ctx.services.visits.cases.listMine(actor);
    if (mine.length !== 1)
      return pickMessage(
        visitReplyTexts(actor.locale).whichCaseDeliverable,
        mine.map((m) => ({
          text: caseTitle(m.case, actor.locale),
          button: addDeliverableButton(m.case.id, actor.locale),
        })),
        actor.locale,
      );
    caseId = mine[0].case.id;
  }
  const c = await ctx.services.visits.deliverables.caseFor(actor, caseId);
  await client.views.open({ trigger_id: command.trigger_id, view: deliverableModal(actor.locale, c) });
  return undefined;
}

export async function openDeliverable({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const c = await ctx.services.visits.deliverables.caseFor(actor, value);
  await openFromAction(client, body, deliverableModal(actor.locale, c));
  return undefined;
}

export async function submitDeliverable({ actor, values, ctx, metadata }: ViewArgs<{ caseId: number }>) {
  const { caseId } = metadata;
  const v = values as StateValues;
  const files = (v[B.file]?.[V] as { files?: { id: string }[] } | undefined)?.files ?? [];
  await ctx.services.visits.deliverables.submit(actor, {
    caseId: caseId,
    kind: readSelected(v, B.kind, V),
    title: readText(v, B.title, V),
    url: readText(v, B.url, V),
    fileId: files[0]?.id ?? null,
  });
  return { result: undefined };
}

export async function acceptDeliverable({ actor, value, ctx }: ActionArgs<number>) {
  await ctx.services.visits.deliverables.accept(actor, value);
  return { text: visitReplyTexts(actor.locale).deliverableAccepted };
}

export async function openReturnDeliverable({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const d = await ctx.services.visits.deliverables.reviewable(actor, value);
  await openFromAction(client, body, deliverableReturnModal(actor.locale, d));
  return undefined;
}

export async function submitReturnDeliverable({ actor, values, ctx, metadata }: ViewArgs<{ deliverableId: number }>) {
  const { deliverableId } = metadata;
  await ctx.services.visits.deliverables.returnForRevision(
    actor,
    deliverableId,
    readText(values as StateValues, B.comment, V),
  );
  return { result: undefined };
}
