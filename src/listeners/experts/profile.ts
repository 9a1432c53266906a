import { expertFormModal } from "../../features/experts/views/expert-form.js";
import { profileMessage } from "../../features/experts/views/expert-messages.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { ActionArgs } from "../../slack/interactions.js";

const NOT_REGISTERED = {
  ja: "専門家としての登録がまだありません。`/expert register` から登録を申請できます。",
  en: "You are not registered as an expert yet. Apply with `/expert register`.",
};

/** `/expert profile`: one's own record with an edit button. */
export async function showProfile({ actor, ctx }: SubcommandArgs) {
  const own = await ctx.services.experts.findOwn(actor.userId);
  if (!own) return { text: NOT_REGISTERED[actor.locale] };
  return profileMessage(own, actor.locale, await ctx.services.experts.openCases(own.id));
}

/** The edit button: only one's own record can be opened. */
export async function openProfile({ actor, body, client, ctx }: ActionArgs<number>) {
  const own = await ctx.services.experts.findOwn(actor.userId);
  if (!own) return { text: NOT_REGISTERED[actor.locale] };
  await client.views.open({ trigger_id: body.trigger_id, view: expertFormModal(actor.locale, "edit", own) });
  return undefined;
}
