import { MAX_RANKING_WEIGHT, type RankingWeights } from "../../domain/ranking.js";
import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { rankingModal, WEIGHT_LABELS, weightBlockId } from "../../features/matching/views/ranking-modal.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { ViewArgs } from "../../slack/interactions.js";

/** `/desk ranking`: the candidate ranking weights in a modal, pre-filled with those in force. */
export async function openRanking({ actor, ctx, client, command }: SubcommandArgs) {
  const { weights } = await ctx.services.ranking.current();
  await client.views.open({ trigger_id: command.trigger_id, view: rankingModal(actor.locale, weights) });
  return undefined;
}

export async function submitRanking({ actor, values, ctx }: ViewArgs) {
  const patch: Partial<RankingWeights> = {};
  const fields: Record<string, Localized> = {};
  for (const key of Object.keys(WEIGHT_LABELS) as (keyof RankingWeights)[]) {
    const raw = readText(values as StateValues, weightBlockId(key), MATCHING_IDS.value).normalize("NFKC");
    const n = Number(raw);
    if (raw === "") fields[weightBlockId(key)] = { ja: "点数を入力してください。", en: "Enter a number." };
    else if (!Number.isInteger(n) || n < 0 || n > MAX_RANKING_WEIGHT)
      fields[weightBlockId(key)] = {
        ja: `0〜${MAX_RANKING_WEIGHT} の整数で入力してください。`,
        en: `Enter a whole number from 0 to ${MAX_RANKING_WEIGHT}.`,
      };
    else patch[key] = n;
  }
  const [first] = Object.values(fields);
  if (first) throw new AppError("invalid_input", first, { fields });
  await ctx.services.ranking.update(actor.userId, patch as Record<string, number>);
  return { result: undefined };
}
