import { defineMessages } from "../../../lib/i18n.js";

/** `/desk ranking`: the weights' labels and the modal around them. */
export const rankingTexts = defineMessages("matching.ranking", {
  ja: {
    samePrefecture: "企業と同じ都道府県に住んでいる",
    coversPrefecture: "企業の都道府県を訪問可能地域に挙げている",
    neighbouringPrefecture: "隣の都道府県に住んでいる",
    sameRegion: "同じ地方に住んでいる",
    freeCapacity: "担当枠の空き（空きの割合 × この点数）",
    industry: "企業の業種の経験がある",
    riss: "情報処理安全確保支援士（RISS）",
    itc: "ITコーディネータ（ITC）のみ",
    title: "候補の並び順（重み）",
    save: "保存",
    cancel: "キャンセル",
    intro:
      "候補を提示するとき、専門家ごとに当てはまる項目の点数を合計し、高い順に並べます。企業を紹介した専門家は常に先頭です。0〜1000 の整数で入力してください。変更は次の提示から反映され、監査ログに記録されます。",
    defaultHint: (value: number) => `初期値 ${value}`,
    enterNumber: "点数を入力してください。",
    wholeNumber: (max: number) => `0〜${max} の整数で入力してください。`,
  },
  en: {
    samePrefecture: "Lives in the SME's prefecture",
    coversPrefecture: "Lists the SME's prefecture as one they visit",
    neighbouringPrefecture: "Lives in a neighbouring prefecture",
    sameRegion: "Lives in the same region",
    freeCapacity: "Free capacity (share of capacity free × this weight)",
    industry: "Knows the SME's industry",
    riss: "Holds RISS",
    itc: "Holds ITC only",
    title: "Candidate ranking",
    save: "Save",
    cancel: "Cancel",
    intro:
      "When candidates are proposed, each expert scores the points of every item that applies, highest first. The expert who recruited the SME always comes first. Enter whole numbers from 0 to 1000. Changes apply from the next proposal and are recorded in the audit log.",
    defaultHint: (value) => `Default ${value}`,
    enterNumber: "Enter a number.",
    wholeNumber: (max) => `Enter a whole number from 0 to ${max}.`,
  },
});
