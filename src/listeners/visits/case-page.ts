import { caseModal } from "../../features/cases/views/case-messages.js";
import type { Actor } from "../../features/roles/actor.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs } from "../../slack/interactions.js";
import { openFromAction, parseId } from "./open-modal.js";
import { visitReplyTexts } from "./visits-listeners.texts.js";

async function caseView(actor: Actor, ctx: AppContext, caseId: number) {
  const t = await ctx.services.visits.cases.timeline(actor, caseId);
  const mediation = await ctx.services.firstVisits.mediation(actor, caseId);
  const isExpert = t.case.expert.slackUserId === actor.userId;
  const travel = await ctx.services.travel.ofVisits(t.visits.map((v) => v.id));
  return caseModal(actor.locale, t, { isSecretariat: actor.isSecretariat, isExpert }, mediation, travel);
}

/** `/visit case N` and `/desk case N`: the case page (its expert and the secretariat). */
export async function caseCommand({ actor, rest, command, client, ctx }: SubcommandArgs) {
  const caseId = parseId(rest);
  if (caseId === null) return { text: visitReplyTexts(actor.locale).caseUsage };
  await client.views.open({ trigger_id: command.trigger_id, view: await caseView(actor, ctx, caseId) });
  return undefined;
}

export async function openCaseFromButton({ actor, value, body, client, ctx }: ActionArgs<number>) {
  await openFromAction(client, body, await caseView(actor, ctx, value));
  return undefined;
}
