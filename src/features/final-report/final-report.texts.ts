import { defineMessages } from "../../lib/i18n.js";

/** The final report's words around its tables (the report itself is in Japanese). */
export const finalReportTexts = defineMessages("final-report", {
  ja: {
    asOf: (day: string) => `${day} 時点`,
  },
  en: {
    asOf: (day) => `as of ${day}`,
  },
});
