import { expertMessagesTexts } from "../../features/experts/views/expert-messages.texts.js";
import type { StateValues } from "../../slack/blocks.js";
import type { ViewArgs } from "../../slack/interactions.js";
import { readExpertForm } from "./read-expert-form.js";

export async function submitProfile({ actor, values, ctx, client }: ViewArgs) {
  const input = ctx.services.experts.parseForm(readExpertForm(values as StateValues));
  await ctx.services.experts.updateProfile(actor, input);
  // Saving one's profile in a new program year is the "変更して継続" confirmation.
  await ctx.services.carryOver.confirmAfterProfileEdit(actor);
  return {
    after: async () => {
      await client.chat.postMessage({
        channel: actor.userId,
        text: expertMessagesTexts(actor.locale).updatedReply,
      });
    },
  };
}
