import { defineMessages } from "../../lib/i18n.js";

/** `desk report withholding`: the yearly totals per expert, for the 支払調書. */
export const withholdingReportTexts = defineMessages("honoraria.withholding-report", {
  ja: {
    title: (year: number) => `${year}年 謝金等の支払集計（支払調書用）`,
    number: "番号",
    expert: "専門家",
    kana: "フリガナ",
    fees: "謝金（支払金額）",
    travel: "交通費（実費・非課税）",
    withheld: "源泉徴収税額",
    net: "差引支払額",
    payments: "支払回数",
    total: "合計",
    none: (year: number) => `${year}年に支払った謝金はありません。`,
  },
  en: {
    title: (year) => `Honoraria paid in ${year} (for the annual statements)`,
    number: "No.",
    expert: "Expert",
    kana: "Kana",
    fees: "Fees",
    travel: "Travel (at cost)",
    withheld: "Tax withheld",
    net: "Net paid",
    payments: "Payments",
    total: "Total",
    none: (year) => `No honoraria were paid in ${year}.`,
  },
});
