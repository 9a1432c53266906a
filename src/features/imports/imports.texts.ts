import { defineMessages } from "../../lib/i18n.js";

/**
 * What imports tell people. Row problems ("line N, column X: …") are for the operator and in
 * English; what an application imported as invalid stores is read by the secretariat in Slack.
 */
export const importsTexts = defineMessages("imports", {
  ja: {
    /** An open application in the database that a row duplicates. */
    application: (p: { id: number; externalId: string | null }) => `申込 #${p.id}`,
    /** A row earlier in the same file that a row duplicates. */
    fileLine: (p: { line: number; externalId: string }) => `取込ファイルの${p.line}行目（${p.externalId}）`,
    /** What a column's cells may hold (`desk import <kind> --help`, in English: the en side). */
    formatPrefecture: "都道府県: 東京都、東京、Tokyo または JIS コード 13（空欄可）",
    formatRequiredPrefecture: "都道府県: 東京都、東京、Tokyo または JIS コード 13",
    formatPrefectureList: "都道府県を ; または 、 で区切って（東京都;神奈川県）（空欄可）",
    formatIndustryList: "業種（日本標準産業分類の大分類 E または名称 製造業）を ; または 、 で区切って（空欄可）",
    formatIndustry: "業種: 日本標準産業分類の大分類（E）またはその名称（製造業）",
    formatDate: (within: string) => `日付: 2019/11/17、2019-11-17、R1.11.17 または 令和元年11月17日${within}`,
    formatYen: "金額（円）: 10000000、10,000,000、1000万、1億5000万円（空欄可）",
    formatCorporateNumber: "法人番号: チェックデジットの正しい13桁（ハイフン・全角数字も可）（空欄可）",
    formatRissNumber: "情報処理安全確保支援士の登録番号6桁（第012345号も可）（空欄可）",
    formatRound: "訪問回: 1から事業の訪問回数まで（第2回・2回目も可）",
    /** The reason an application imported as invalid stores (read by the secretariat in Slack). */
    screenedOnImport: (detail: string) => `${detail}（取込時の確認）`,
    industryNotCovered: (industry: string) => `${industry}は事業の対象外`,
    smeLimits: (p: { capital: string; employees: number }) => `資本金${p.capital}以下または従業員${p.employees}人以下`,
    sizeUnknown: (limits: string) => `資本金・従業員数の記載がなく、中小企業の要件（${limits}）を確認できない`,
    notSme: (p: { industry: string; limits: string }) => `中小企業の要件（${p.industry}: ${p.limits}）を満たさない`,
    sameCorporateNumber: (other: string) => `${other}と同じ法人番号`,
    sameNameAndPrefecture: (other: string) => `${other}と同じ企業名・都道府県`,
    /** An Excel workbook given where a CSV file was expected (`ext`: ".xlsx" or ".xls"). */
    spreadsheetFile: (ext: string) =>
      `Excel ファイル (${ext}) は読み込めません。Excel で「CSV UTF-8」形式で保存してから取り込んでください。`,
  },
  en: {
    application: (p) => `application #${p.id}${p.externalId ? ` (external_id ${p.externalId})` : ""}`,
    fileLine: (p) => `line ${p.line} (external_id ${p.externalId})`,
    formatPrefecture: "prefecture: 東京都, 東京, Tokyo or its JIS code 13; may be blank",
    formatRequiredPrefecture: "prefecture: 東京都, 東京, Tokyo or its JIS code 13",
    formatPrefectureList: "prefectures separated by ; or 、 (東京都;神奈川県); may be blank",
    formatIndustryList: "industries (JSIC letter E or name 製造業) separated by ; or 、; may be blank",
    formatIndustry: "industry: JSIC major group letter (E) or its name (製造業)",
    formatDate: (within) => `date: 2019/11/17, 2019-11-17, R1.11.17 or 令和元年11月17日${within}`,
    formatYen: "yen: 10000000, 10,000,000, 1000万, 1億5000万円; may be blank",
    formatCorporateNumber:
      "法人番号: 13 digits with a valid check digit (hyphens and full-width digits are read); may be blank",
    formatRissNumber: "6-digit RISS registration number (第012345号 is read too); may be blank",
    formatRound: "visit round, 1 to the program's visits per case (第2回 and 2回目 are read too)",
    screenedOnImport: (detail) => `${detail} (checked on import)`,
    industryNotCovered: (industry) => `${industry} is not covered by this program`,
    smeLimits: (p) => `capital of ${p.capital} or less, or ${p.employees} regular employees or fewer`,
    sizeUnknown: (limits) =>
      `neither capital nor employees is given, so the SME criteria (${limits}) cannot be checked`,
    notSme: (p) => `does not meet the SME criteria for ${p.industry}: ${p.limits}`,
    sameCorporateNumber: (other) => `same corporate number as ${other}`,
    sameNameAndPrefecture: (other) => `same company name and prefecture as ${other}`,
    spreadsheetFile: (ext) =>
      `This is an Excel file (${ext}), which cannot be read. In Excel, save it as “CSV UTF-8” and import that file.`,
  },
});
