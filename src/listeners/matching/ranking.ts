import { MAX_RANKING_WEIGHT, type RankingWeights } from "../../domain/ranking.js";
import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { rankingModal, WEIGHT_KEYS, weightBlockId } from "../../features/matching/views/ranking-modal.js";
import { rankingTexts } from "../../features/matching/views/ranking-modal.texts.js";
import { AppError, type Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
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
  for (const key of WEIGHT_KEYS) {
    const raw = readText(values as StateValues, weightBlockId(key), MATCHING_IDS.value).normalize("NFKC");
    const n = Number(raw);
    if (raw === "") fields[weightBlockId(key)] = both(rankingTexts, (t) => t.enterNumber);
    else if (!Number.isInteger(n) || n < 0 || n > MAX_RANKING_WEIGHT)
      fields[weightBlockId(key)] = both(rankingTexts, (t) => t.wholeNumber(MAX_RANKING_WEIGHT));
    else patch[key] = n;
  }
  const [first] = Object.values(fields);
  if (first) throw new AppError("invalid_input", first, { fields });
  await ctx.services.ranking.update(actor.userId, patch as Record<string, number>);
  return { result: undefined };
}
