import { expertFormModal } from "../../features/experts/views/expert-form.js";
import { expertMessagesTexts } from "../../features/experts/views/expert-messages.texts.js";
import { carryOverTexts } from "../../features/program/views/carry-over.texts.js";
import { carryOverConfirmedMessage, carryOverHomeBlocks } from "../../features/program/views/carry-over-message.js";
import type { Actor } from "../../features/roles/actor.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs } from "../../slack/interactions.js";

/** "このまま継続する": confirms with the current capacity and areas; the DM then says so (twice = once). */
export async function confirmCarryOver({ actor, value, ctx, respond }: ActionArgs<number>) {
  const confirmation = await ctx.services.carryOver.confirm(actor, value, "as_is");
  const message = carryOverConfirmedMessage(confirmation, { name: confirmation.programName }, actor.locale);
  if (respond) {
    await respond({ replace_original: true, ...message });
    return undefined;
  }
  return confirmation.created
    ? message
    : { text: carryOverTexts(actor.locale).alreadyConfirmed(confirmation.programName) };
}

/** "変更して継続": the profile modal; saving it confirms for the current program with the new values. */
export async function openCarryOverProfile({ actor, body, client, ctx }: ActionArgs<number>) {
  const own = await ctx.services.experts.findOwn(actor.userId);
  if (!own) return { text: expertMessagesTexts(actor.locale).notRegistered };
  await client.views.open({ trigger_id: body.trigger_id, view: expertFormModal(actor.locale, "edit", own) });
  return undefined;
}

/** The secretariat's App Home: experts who have not confirmed for the current program (from the second on). */
export async function carryOverHomeSection(actor: Actor, ctx: AppContext) {
  const pending = await ctx.services.carryOver.pending(actor);
  if (!pending || pending.total === 0) return [];
  return carryOverHomeBlocks(pending, actor.locale);
}
