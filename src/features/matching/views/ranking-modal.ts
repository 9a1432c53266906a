import { DEFAULT_RANKING_WEIGHTS, MAX_RANKING_WEIGHT, type RankingWeights } from "../../../domain/ranking.js";
import type { Locale } from "../../../lib/i18n.js";
import { input, type ModalView, modal, numberInput, section } from "../../../slack/blocks.js";
import { MATCHING_IDS } from "../matching-ids.js";

/** The weights in the order the modal shows them, with their labels. */
export const WEIGHT_LABELS: Record<keyof RankingWeights, { ja: string; en: string }> = {
  samePrefecture: { ja: "企業と同じ都道府県に住んでいる", en: "Lives in the SME's prefecture" },
  coversPrefecture: {
    ja: "企業の都道府県を訪問可能地域に挙げている",
    en: "Lists the SME's prefecture as one they visit",
  },
  neighbouringPrefecture: { ja: "隣の都道府県に住んでいる", en: "Lives in a neighbouring prefecture" },
  sameRegion: { ja: "同じ地方に住んでいる", en: "Lives in the same region" },
  freeCapacity: {
    ja: "担当枠の空き（空きの割合 × この点数）",
    en: "Free capacity (share of capacity free × this weight)",
  },
  industry: { ja: "企業の業種の経験がある", en: "Knows the SME's industry" },
  riss: { ja: "情報処理安全確保支援士（RISS）", en: "Holds RISS" },
  itc: { ja: "ITコーディネータ（ITC）のみ", en: "Holds ITC only" },
};

export const weightBlockId = (key: keyof RankingWeights) => `${MATCHING_IDS.blocks.weightPrefix}${key}`;

/** `/desk ranking`: the points each trait adds when candidates are ranked for an SME. */
export function rankingModal(locale: Locale, weights: RankingWeights): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: MATCHING_IDS.rankingModal,
    title: ja ? "候補の並び順（重み）" : "Candidate ranking",
    submit: ja ? "保存" : "Save",
    close: ja ? "キャンセル" : "Cancel",
    blocks: [
      section(
        ja
          ? "候補を提示するとき、専門家ごとに当てはまる項目の点数を合計し、高い順に並べます。企業を紹介した専門家は常に先頭です。0〜1000 の整数で入力してください。変更は次の提示から反映され、監査ログに記録されます。"
          : "When candidates are proposed, each expert scores the points of every item that applies, highest first. The expert who recruited the SME always comes first. Enter whole numbers from 0 to 1000. Changes apply from the next proposal and are recorded in the audit log.",
      ),
      ...(Object.keys(WEIGHT_LABELS) as (keyof RankingWeights)[]).map((key) =>
        input(
          weightBlockId(key),
          WEIGHT_LABELS[key][locale],
          numberInput(MATCHING_IDS.value, { initial: weights[key], min: 0, max: MAX_RANKING_WEIGHT }),
          {
            hint: ja ? `初期値 ${DEFAULT_RANKING_WEIGHTS[key]}` : `Default ${DEFAULT_RANKING_WEIGHTS[key]}`,
          },
        ),
      ),
    ],
  });
}
