import { expertFormModal } from "../../features/experts/views/expert-form.js";
import { expertMessagesTexts } from "../../features/experts/views/expert-messages.texts.js";
import { statusLabel } from "../../features/experts/views/expert-text.js";
import type { StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { ViewArgs } from "../../slack/interactions.js";
import { readExpertForm } from "./read-expert-form.js";

/** `/expert register`: the registration modal (or where one stands if already registered). */
export async function openRegistration({ actor, command, client, ctx }: SubcommandArgs) {
  const own = await ctx.services.experts.findOwn(actor.userId);
  if (own && (own.status === "pending" || own.status === "active" || own.status === "suspended")) {
    return { text: expertMessagesTexts(actor.locale).alreadyRegistered(statusLabel(own.status, actor.locale)) };
  }
  await client.views.open({
    trigger_id: command.trigger_id,
    view: expertFormModal(actor.locale, "register", own),
  });
  return undefined;
}

export async function submitRegistration({ actor, values, ctx }: ViewArgs) {
  const input = ctx.services.experts.parseForm(readExpertForm(values as StateValues));
  await ctx.services.experts.register(actor, input);
  return { result: undefined };
}
