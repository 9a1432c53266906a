import { DEFAULT_RANKING_WEIGHTS, MAX_RANKING_WEIGHT, type RankingWeights } from "../../../domain/ranking.js";
import type { Locale } from "../../../lib/i18n.js";
import { input, type ModalView, modal, numberInput, section } from "../../../slack/blocks.js";
import { MATCHING_IDS } from "../matching-ids.js";
import { rankingTexts } from "./ranking-modal.texts.js";

/** The weights in the order the modal shows them (each one's label is its catalog entry). */
export const WEIGHT_KEYS: readonly (keyof RankingWeights)[] = [
  "samePrefecture",
  "coversPrefecture",
  "neighbouringPrefecture",
  "sameRegion",
  "freeCapacity",
  "industry",
  "riss",
  "itc",
];

export const weightBlockId = (key: keyof RankingWeights) => `${MATCHING_IDS.blocks.weightPrefix}${key}`;

/** `/desk ranking`: the points each trait adds when candidates are ranked for an SME. */
export function rankingModal(locale: Locale, weights: RankingWeights): ModalView {
  const t = rankingTexts(locale);
  return modal({
    callbackId: MATCHING_IDS.rankingModal,
    title: t.title,
    submit: t.save,
    close: t.cancel,
    blocks: [
      section(t.intro),
      ...WEIGHT_KEYS.map((key) =>
        input(
          weightBlockId(key),
          t[key],
          numberInput(MATCHING_IDS.value, { initial: weights[key], min: 0, max: MAX_RANKING_WEIGHT }),
          { hint: t.defaultHint(DEFAULT_RANKING_WEIGHTS[key]) },
        ),
      ),
    ],
  });
}
