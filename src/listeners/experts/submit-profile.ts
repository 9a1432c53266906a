import type { StateValues } from "../../slack/blocks.js";
import type { ViewArgs } from "../../slack/interactions.js";
import { readExpertForm } from "./read-expert-form.js";

export async function submitProfile({ actor, values, ctx, client }: ViewArgs) {
  const input = ctx.services.experts.parseForm(readExpertForm(values as StateValues));
  await ctx.services.experts.updateProfile(actor, input);
  return {
    after: async () => {
      await client.chat.postMessage({
        channel: actor.userId,
        text: actor.locale === "ja" ? "専門家の登録内容を更新しました。" : "Your expert record was updated.",
      });
    },
  };
}
