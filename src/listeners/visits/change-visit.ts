import { cancelVisitModal, heldModal, rescheduleModal } from "../../features/visits/views/schedule-modals.js";
import { heldRecordedMessage } from "../../features/visits/views/visit-messages.js";
import { VISIT_IDS } from "../../features/visits/visits-ids.js";
import { todayJst } from "../../lib/clock.js";
import { readDate, readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { openFromAction } from "./open-modal.js";
import { readPlan } from "./schedule-visit.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

export async function openReschedule({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { visit, case: c } = await ctx.services.visits.schedule.plannedVisit(actor, value);
  await openFromAction(client, body, rescheduleModal(actor.locale, c, visit));
  return undefined;
}

export async function submitReschedule({ actor, values, ctx, metadata }: ViewArgs<{ visitId: number }>) {
  const { visitId } = metadata;
  const v = values as StateValues;
  const { visit } = await ctx.services.visits.schedule.plannedVisit(actor, visitId);
  await ctx.services.visits.schedule.reschedule(
    actor,
    visit.id,
    { caseId: visit.caseId, round: visit.round, ...readPlan(v) },
    readText(v, B.reason, V),
  );
  return { result: undefined };
}

export async function openCancel({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { visit, case: c } = await ctx.services.visits.schedule.plannedVisit(actor, value);
  await openFromAction(client, body, cancelVisitModal(actor.locale, c, visit));
  return undefined;
}

export async function submitCancel({ actor, values, ctx, metadata }: ViewArgs<{ visitId: number }>) {
  const { visitId } = metadata;
  await ctx.services.visits.schedule.cancel(actor, visitId, readText(values as StateValues, B.reason, V));
  return { result: undefined };
}

export async function openHeld({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { visit, case: c } = await ctx.services.visits.schedule.plannedVisit(actor, value, {
    expertOnly: true,
  });
  await openFromAction(client, body, heldModal(actor.locale, c, visit, todayJst(ctx.clock)));
  return undefined;
}

export async function submitHeld({ actor, values, ctx, client, metadata }: ViewArgs<{ visitId: number }>) {
  const { visitId } = metadata;
  const v = values as StateValues;
  const { visit, case: c } = await ctx.services.visits.schedule.recordHeld(
    actor,
    visitId,
    readDate(v, B.heldOn, V),
    readText(v, B.duration, V),
  );
  return {
    result: undefined,
    after: async () => {
      const msg = heldRecordedMessage(c, visit, actor.locale);
      await client.chat.postMessage({ channel: actor.userId, text: msg.text, blocks: msg.blocks });
    },
  };
}
