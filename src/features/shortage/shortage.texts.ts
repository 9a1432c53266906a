import { defineMessages } from "../../lib/i18n.js";

/** Refusals of the shortage view's actions. */
export const shortageTexts = defineMessages("shortage.errors", {
  ja: {
    noProgram: "事業がまだ設定されていません。`desk program set` で設定してください。",
    noRegion: "その地域は見つかりません。App ホームを開き直してください。",
  },
  en: {
    noProgram: "No program has been set up yet. Set one up with `desk program set`.",
    noRegion: "That region was not found. Open the App Home again.",
  },
});
