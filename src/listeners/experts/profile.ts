import { expertFormModal } from "../../features/experts/views/expert-form.js";
import { profileMessage } from "../../features/experts/views/expert-messages.js";
import { expertMessagesTexts } from "../../features/experts/views/expert-messages.texts.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { ActionArgs } from "../../slack/interactions.js";

/** `/expert profile`: one's own record with an edit button. */
export async function showProfile({ actor, ctx }: SubcommandArgs) {
  const own = await ctx.services.experts.findOwn(actor.userId);
  if (!own) return { text: expertMessagesTexts(actor.locale).notRegistered };
  return profileMessage(own, actor.locale, await ctx.services.experts.openCases(own.id));
}

/** The edit button: only one's own record can be opened. */
export async function openProfile({ actor, body, client, ctx }: ActionArgs<number>) {
  const own = await ctx.services.experts.findOwn(actor.userId);
  if (!own) return { text: expertMessagesTexts(actor.locale).notRegistered };
  await client.views.open({ trigger_id: body.trigger_id, view: expertFormModal(actor.locale, "edit", own) });
  return undefined;
}
