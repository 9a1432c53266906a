/** The 47 prefectures in JIS X 0401 code order (code = index + 1). */
export const PREFECTURES = [
  "北海道",
  "青森県",
  "岩手県",
  "宮城県",
  "秋田県",
  "山形県",
  "福島県",
  "茨城県",
  "栃木県",
  "群馬県",
  "埼玉県",
  "千葉県",
  "東京都",
  "神奈川県",
  "新潟県",
  "富山県",
  "石川県",
  "福井県",
  "山梨県",
  "長野県",
  "岐阜県",
  "静岡県",
  "愛知県",
  "三重県",
  "滋賀県",
  "京都府",
  "大阪府",
  "兵庫県",
  "奈良県",
  "和歌山県",
  "鳥取県",
  "島根県",
  "岡山県",
  "広島県",
  "山口県",
  "徳島県",
  "香川県",
  "愛媛県",
  "高知県",
  "福岡県",
  "佐賀県",
  "長崎県",
  "熊本県",
  "大分県",
  "宮崎県",
  "鹿児島県",
  "沖縄県",
] as const;

const PREFECTURES_EN = [
  "Hokkaido",
  "Aomori",
  "Iwate",
  "Miyagi",
  "Akita",
  "Yamagata",
  "Fukushima",
  "Ibaraki",
  "Tochigi",
  "Gunma",
  "Saitama",
  "Chiba",
  "Tokyo",
  "Kanagawa",
  "Niigata",
  "Toyama",
  "Ishikawa",
  "Fukui",
  "Yamanashi",
  "Nagano",
  "Gifu",
  "Shizuoka",
  "Aichi",
  "Mie",
  "Shiga",
  "Kyoto",
  "Osaka",
  "Hyogo",
  "Nara",
  "Wakayama",
  "Tottori",
  "Shimane",
  "Okayama",
  "Hiroshima",
  "Yamaguchi",
  "Tokushima",
  "Kagawa",
  "Ehime",
  "Kochi",
  "Fukuoka",
  "Saga",
  "Nagasaki",
  "Kumamoto",
  "Oita",
  "Miyazaki",
  "Kagoshima",
  "Okinawa",
] as const;

export type PrefectureCode = number;

export function isPrefectureCode(code: number): boolean {
  return Number.isInteger(code) && code >= 1 && code <= 47;
}

export function prefectureName(code: number, locale: "ja" | "en" = "ja"): string {
  if (!isPrefectureCode(code)) throw new RangeError(`not a prefecture code: ${code}`);
  return locale === "en" ? PREFECTURES_EN[code - 1] : PREFECTURES[code - 1];
}

/**
 * Parses a prefecture written as 東京都, 東京, Tokyo, or its JIS code ("13"). Returns the code, or
 * null when the text names no prefecture.
 */
export function parsePrefecture(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return isPrefectureCode(n) ? n : null;
  }
  const i = PREFECTURES.findIndex((name) => name === t || stripSuffix(name) === t);
  if (i >= 0) return i + 1;
  const e = PREFECTURES_EN.findIndex((name) => name.toLowerCase() === t.toLowerCase().replace(/[- ](ken|to|fu)$/, ""));
  return e >= 0 ? e + 1 : null;
}

function stripSuffix(name: string): string {
  return name === "北海道" ? "北海道" : name.replace(/[都府県]$/, "");
}

/** Regions of Japan (8-region division) for "same region" in matching. */
export const REGIONS: { ja: string; en: string; codes: number[] }[] = [
  { ja: "北海道", en: "Hokkaido", codes: [1] },
  { ja: "東北", en: "Tohoku", codes: [2, 3, 4, 5, 6, 7] },
  { ja: "関東", en: "Kanto", codes: [8, 9, 10, 11, 12, 13, 14] },
  { ja: "中部", en: "Chubu", codes: [15, 16, 17, 18, 19, 20, 21, 22, 23] },
  { ja: "近畿", en: "Kinki", codes: [24, 25, 26, 27, 28, 29, 30] },
  { ja: "中国", en: "Chugoku", codes: [31, 32, 33, 34, 35] },
  { ja: "四国", en: "Shikoku", codes: [36, 37, 38, 39] },
  { ja: "九州・沖縄", en: "Kyushu-Okinawa", codes: [40, 41, 42, 43, 44, 45, 46, 47] },
];

export function regionOf(code: number): number {
  return REGIONS.findIndex((r) => r.codes.includes(code));
}
