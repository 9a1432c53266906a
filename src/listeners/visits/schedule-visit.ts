import type { Actor } from "../../features/roles/actor.js";
import { scheduleModal } from "../../features/visits/views/schedule-modals.js";
import { scheduleNextButton } from "../../features/visits/views/visit-buttons.js";
import { caseTitle, pickMessage } from "../../features/visits/views/visit-messages.js";
import { VISIT_IDS } from "../../features/visits/visits-ids.js";
import { readDate, readSelected, readText, readTime, type StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { openFromAction, parseId } from "./open-modal.js";
import { visitReplyTexts } from "./visits-listeners.texts.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

async function modalFor(actor: Actor, ctx: AppContext, caseId: number) {
  const s = await ctx.services.visits.schedule.scheduleContext(actor, caseId);
  return scheduleModal(actor.locale, s);
}

/** `/visit schedule [case]`: the modal for one case, or a choice when the expert has several. */
export async function scheduleCommand({ actor, rest, command, client, ctx }: SubcommandArgs) {
  let caseId = parseId(rest);
  if (caseId === null) {
    const mine = await ctx.services.visits.cases.listMine(actor);
    const open = mine.filter((m) => m.steps.some((s) => s.kind === "schedule"));
    if (open.length !== 1) {
      const t = visitReplyTexts(actor.locale);
      return pickMessage(
        open.length === 0 ? t.nothingToSchedule : t.whichCaseToSchedule,
        open.map((m) => ({
          text: caseTitle(m.case, actor.locale),
          button: scheduleNextButton(m.case.id, actor.locale, m.steps.find((s) => s.kind === "schedule")?.round),
        })),
        actor.locale,
      );
    }
    caseId = open[0].case.id;
  }
  await client.views.open({ trigger_id: command.trigger_id, view: await modalFor(actor, ctx, caseId) });
  return undefined;
}

/** The "schedule next visit" button (lists, case page, reminders): value = case id. */
export async function scheduleFromButton({ actor, value, body, client, ctx }: ActionArgs<number>) {
  await openFromAction(client, body, await modalFor(actor, ctx, value));
  return undefined;
}

export function readPlan(values: StateValues) {
  return {
    date: readDate(values, B.date, V),
    time: readTime(values, B.time, V),
    mode: readSelected(values, B.mode, V),
    place: readText(values, B.place, V),
  };
}

export async function submitSchedule({ actor, values, ctx, metadata }: ViewArgs<{ caseId: number }>) {
  const { caseId } = metadata;
  const v = values as StateValues;
  await ctx.services.visits.schedule.schedule(actor, {
    caseId: caseId,
    round: Number(readSelected(v, B.round, V)),
    ...readPlan(v),
  });
  return { result: undefined };
}
