import type { ActionArgs } from "../../slack/interactions.js";

export async function approveExpert({ actor, value, ctx }: ActionArgs<number>) {
  const expert = await ctx.services.experts.approve(actor, value);
  return {
    text:
      actor.locale === "ja"
        ? `${expert.nameKanji} さんの専門家登録を承認しました。本人に通知します。`
        : `Approved ${expert.nameKanji}; they are being notified.`,
  };
}
