import type { ActionArgs } from "../../slack/interactions.js";
import { esc } from "../../slack/mrkdwn.js";

export async function approveExpert({ actor, value, ctx }: ActionArgs<number>) {
  const expert = await ctx.services.experts.approve(actor, value);
  return {
    text:
      actor.locale === "ja"
        ? `${esc(expert.nameKanji)} さんの専門家登録を承認しました。本人に通知します。`
        : `Approved ${esc(expert.nameKanji)}; they are being notified.`,
  };
}
