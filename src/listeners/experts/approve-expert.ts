import { expertMessagesTexts } from "../../features/experts/views/expert-messages.texts.js";
import type { ActionArgs } from "../../slack/interactions.js";
import { esc } from "../../slack/mrkdwn.js";

export async function approveExpert({ actor, value, ctx }: ActionArgs<number>) {
  const expert = await ctx.services.experts.approve(actor, value);
  return { text: expertMessagesTexts(actor.locale).approvedReply(esc(expert.nameKanji)) };
}
