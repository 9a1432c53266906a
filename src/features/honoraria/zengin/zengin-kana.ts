/**
 * Text as the Zengin (全銀協) transfer file carries it: half-width katakana, upper-case Latin
 * letters, digits, space and a few symbols. People type names in full-width katakana (or
 * hiragana, or full-width letters); this converts what has a Zengin form and names what has none.
 */

const FULL_KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";
const HALF_KATAKANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ";
const VOICED = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
const VOICED_BASE = "カキクケコサシスセソタチツテトハヒフヘホ";
const SEMI_VOICED = "パピプペポ";
const SEMI_VOICED_BASE = "ハヒフヘホ";
/** Small kana have no Zengin form: banks write the full-size letter (キャノン → ｷﾔﾉﾝ). */
const SMALL = "ァィゥェォッャュョヮヵヶ";
const SMALL_AS = "アイウエオツヤユヨワカケ";
const SYMBOLS: Record<string, string> = {
  "　": " ",
  "（": "(",
  "）": ")",
  "－": "-",
  "‐": "-",
  ー: "-",
  "―": "-",
  ｰ: "-",
  "／": "/",
  "．": ".",
  "，": ",",
  "、": ",",
  "・": ".",
  "「": "｢",
  "」": "｣",
  ヰ: "ｲ",
  ヱ: "ｴ",
  ヴ: "ｳﾞ",
  ゛: "ﾞ",
  ゜: "ﾟ",
};

/** The characters a Zengin name field accepts. */
const ALLOWED = /^[0-9A-Z ()\-./,｢｣ｦｱ-ﾝﾞﾟ]$/;

function toKatakana(c: string): string {
  const code = c.charCodeAt(0);
  // Hiragana ぁ..ゖ map one to one onto katakana ァ..ヶ.
  return code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + 0x60) : c;
}

function convertChar(raw: string): string {
  let c = toKatakana(raw);
  const small = SMALL.indexOf(c);
  if (small >= 0) c = SMALL_AS[small];
  if (SYMBOLS[c] !== undefined) return SYMBOLS[c];
  const code = c.charCodeAt(0);
  // Full-width ASCII (！..～) to ASCII; letters to upper case.
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0);
  if (/^[a-z]$/.test(c)) return c.toUpperCase();
  const plain = FULL_KATAKANA.indexOf(c);
  if (plain >= 0) return HALF_KATAKANA[plain];
  const voiced = VOICED.indexOf(c);
  if (voiced >= 0) return `${HALF_KATAKANA[FULL_KATAKANA.indexOf(VOICED_BASE[voiced])]}ﾞ`;
  const semi = SEMI_VOICED.indexOf(c);
  if (semi >= 0) return `${HALF_KATAKANA[FULL_KATAKANA.indexOf(SEMI_VOICED_BASE[semi])]}ﾟ`;
  const halfSmall = "ｧｨｩｪｫｬｭｮｯ".indexOf(c);
  if (halfSmall >= 0) return "ｱｲｳｴｵﾔﾕﾖﾂ"[halfSmall];
  return c;
}

export type ZenginTextCheck = { ok: true; value: string } | { ok: false; invalid: string[] };

/**
 * Converts a name to its Zengin form (half-width kana, spaces collapsed) or lists the characters
 * that have none (kanji, emoji…), each once, as typed.
 */
export function toZenginKana(input: string): ZenginTextCheck {
  const invalid: string[] = [];
  let out = "";
  for (const raw of Array.from(input.normalize("NFC").trim())) {
    const converted = convertChar(raw);
    if (Array.from(converted).every((c) => ALLOWED.test(c))) out += converted;
    else if (!invalid.includes(raw)) invalid.push(raw);
  }
  if (invalid.length > 0) return { ok: false, invalid };
  return { ok: true, value: out.replace(/ {2,}/g, " ") };
}

/** Converts what it can and drops the rest: for reference names (bank, branch) the file only shows. */
export function zenginKanaLenient(input: string): string {
  return Array.from(input)
    .map(convertChar)
    .filter((c) => Array.from(c).every((x) => ALLOWED.test(x)))
    .join("");
}
