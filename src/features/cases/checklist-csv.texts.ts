import { defineMessages } from "../../lib/i18n.js";

/**
 * The header names `desk checklist import` accepts for each column, comma-separated (a CSV header
 * cannot hold a comma): the English names, the first of which errors name, and the Japanese ones.
 */
export const checklistCsvHeaders = defineMessages("cases.checklistCsv", {
  ja: { number: "番号,項番", category: "分類,カテゴリ", textJa: "項目,質問,内容", textEn: "項目（英語）,項目(英語)" },
  en: { number: "number,no", category: "category", textJa: "text_ja", textEn: "text_en,english" },
});
