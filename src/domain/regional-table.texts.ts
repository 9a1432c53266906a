import { defineMessages } from "../lib/i18n.js";

/** The row labels of Table 4 (the final report prints the Japanese ones). */
export const regionalTableTexts = defineMessages("domain.regional-table", {
  ja: { metro: "3大都市圏", other: "その他" },
  en: { metro: "Metro areas", other: "Other prefectures" },
});
