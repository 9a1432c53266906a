/**
 * Japanese font names as Office and browsers know them (reference data, like the prefecture
 * names): 游ゴシック is the Japanese Office default; Meiryo the Windows gothic that stands in
 * where it is missing.
 */
export const YU_GOTHIC = "游ゴシック";
/** A CSS font stack for Japanese pages: Yu Gothic by both its names, then the usual fallbacks. */
export const JAPANESE_FONT_STACK = `"${YU_GOTHIC}","Yu Gothic","YuGothic","Hiragino Sans","Meiryo",sans-serif`;
