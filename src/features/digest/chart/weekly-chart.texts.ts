import { defineMessages } from "../../../lib/i18n.js";

/** The weekly visits chart's legend and axes (drawn in Japanese, like the digest and the report). */
export const weeklyChartTexts = defineMessages("digest.chart", {
  ja: {
    round: (n: number) => `第${n}回`,
    cumulative: "累計（右軸）",
    weeklyAxis: "訪問件数／週",
    cumulativeAxis: "累計件数",
    noVisits: "まだ訪問実績がありません",
    /** The week axis's title: weeks are labelled by their last day. */
    weekAxis: "週（月曜〜日曜、日本時間）　ラベルは週の最終日",
    /** A week's label under its bar: "～11/17". */
    weekEnding: (day: string) => `～${day}`,
    /** The second line under the first week of each year: "2019年". */
    year: (year: number) => `${year}年`,
  },
  en: {
    round: (n) => `Visit ${n}`,
    cumulative: "Total (right axis)",
    weeklyAxis: "Visits / week",
    cumulativeAxis: "Total visits",
    noVisits: "No visits yet",
    weekAxis: "Weeks (Monday to Sunday, Japan time), labelled by their last day",
    weekEnding: (day) => `to ${day}`,
    year: (year) => String(year),
  },
});
