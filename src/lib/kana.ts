/** Katakana → hiragana (ァ–ヶ), other characters unchanged. */
export function toHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/**
 * The form names are compared in: NFKC (full/half width), lower case, katakana as hiragana, so
 * that 「スズキ」, 「すずき」 and 「ｽｽﾞｷ」 find the same person.
 */
export function searchForm(text: string): string {
  return toHiragana(text.normalize("NFKC").toLowerCase());
}
