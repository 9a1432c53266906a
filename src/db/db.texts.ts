import { defineMessages } from "../lib/i18n.js";

/** What a person reads when the database could not take their change. */
export const dbTexts = defineMessages("db", {
  ja: {
    busy: "ただいま処理が混み合っているため、保存できませんでした（何も変更されていません）。少し待ってから、もう一度送信してください。",
  },
  en: {
    busy: "The desk is busy and could not save this (nothing was changed). Please wait a moment and submit again.",
  },
});
