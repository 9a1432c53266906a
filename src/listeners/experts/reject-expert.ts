import { EXPERT_IDS } from "../../features/experts/experts-ids.js";
import { expertErrorsTexts } from "../../features/experts/views/expert-errors.texts.js";
import { rejectReasonModal } from "../../features/experts/views/expert-form.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { esc } from "../../slack/mrkdwn.js";

/** The Reject button opens a modal for the reason (only while the expert is still pending). */
export async function openRejectExpert({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const expert = await ctx.services.experts.get(actor, value);
  if (expert.status !== "pending") {
    throw new AppError(
      "already_done",
      both(expertErrorsTexts, (t) => t.alreadyReviewed(esc(expert.nameKanji))),
    );
  }
  await client.views.open({ trigger_id: body.trigger_id, view: rejectReasonModal(actor.locale, expert) });
  return undefined;
}

export async function submitRejectExpert({ actor, values, ctx, metadata }: ViewArgs<{ expertId: number }>) {
  const { expertId } = metadata;
  await ctx.services.experts.reject(
    actor,
    expertId,
    readText(values as StateValues, EXPERT_IDS.blocks.reason, EXPERT_IDS.value),
  );
  return { result: undefined };
}
