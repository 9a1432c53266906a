/**
 * Industries: the Japan Standard Industrial Classification (JSIC, rev. 14) major groups A–T, with
 * I, K and M split where the SME Basic Act draws different lines inside one group
 * (wholesale/retail, real estate/goods rental, accommodation/eating places).
 */
export type SmeCategory = "manufacturing_other" | "wholesale" | "retail" | "services" | "not_eligible";

export const INDUSTRIES: { code: string; ja: string; en: string; sme: SmeCategory }[] = [
  { code: "A", ja: "農業，林業", en: "Agriculture, forestry", sme: "manufacturing_other" },
  { code: "B", ja: "漁業", en: "Fisheries", sme: "manufacturing_other" },
  { code: "C", ja: "鉱業，採石業，砂利採取業", en: "Mining, quarrying", sme: "manufacturing_other" },
  { code: "D", ja: "建設業", en: "Construction", sme: "manufacturing_other" },
  { code: "E", ja: "製造業", en: "Manufacturing", sme: "manufacturing_other" },
  { code: "F", ja: "電気・ガス・熱供給・水道業", en: "Electricity, gas, heat, water", sme: "manufacturing_other" },
  { code: "G", ja: "情報通信業", en: "Information and communications", sme: "services" },
  { code: "H", ja: "運輸業，郵便業", en: "Transport and postal activities", sme: "manufacturing_other" },
  { code: "IW", ja: "卸売業", en: "Wholesale trade", sme: "wholesale" },
  { code: "IR", ja: "小売業", en: "Retail trade", sme: "retail" },
  { code: "J", ja: "金融業，保険業", en: "Finance and insurance", sme: "manufacturing_other" },
  { code: "KE", ja: "不動産業", en: "Real estate", sme: "manufacturing_other" },
  { code: "KR", ja: "物品賃貸業", en: "Goods rental and leasing", sme: "services" },
  {
    code: "L",
    ja: "学術研究，専門・技術サービス業",
    en: "Scientific research, professional and technical services",
    sme: "services",
  },
  { code: "MA", ja: "宿泊業", en: "Accommodations", sme: "services" },
  { code: "MF", ja: "飲食サービス業（飲食店）", en: "Eating and drinking places", sme: "retail" },
  {
    code: "N",
    ja: "生活関連サービス業，娯楽業",
    en: "Living-related and personal services, amusement",
    sme: "services",
  },
  { code: "O", ja: "教育，学習支援業", en: "Education, learning support", sme: "services" },
  { code: "P", ja: "医療，福祉", en: "Medical, health care and welfare", sme: "services" },
  { code: "Q", ja: "複合サービス事業", en: "Compound services", sme: "services" },
  { code: "R", ja: "サービス業（他に分類されないもの）", en: "Services, n.e.c.", sme: "services" },
  {
    code: "S",
    ja: "公務（他に分類されるものを除く）",
    en: "Government (not elsewhere classified)",
    sme: "not_eligible",
  },
  { code: "T", ja: "分類不能の産業", en: "Industries unable to classify", sme: "manufacturing_other" },
];

export const INDUSTRY_CODES = INDUSTRIES.map((i) => i.code);

export function industryByCode(code: string) {
  return INDUSTRIES.find((i) => i.code === code);
}

export function industryName(code: string, locale: "ja" | "en" = "ja"): string {
  const found = industryByCode(code);
  return found ? found[locale] : code;
}

/** Accepts a code (E), or a Japanese/English name (製造業). */
export function parseIndustry(text: string): string | null {
  const t = text.trim();
  if (t === "") return null;
  const byCode = INDUSTRIES.find((i) => i.code === t.toUpperCase());
  if (byCode) return byCode.code;
  const byName = INDUSTRIES.find(
    (i) => i.ja === t || i.en.toLowerCase() === t.toLowerCase() || i.ja.split(/[，（]/)[0] === t,
  );
  if (byName) return byName.code;
  if (t === "I" || t === "卸売業，小売業") return null;
  return null;
}
