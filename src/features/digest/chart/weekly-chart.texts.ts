import { defineMessages } from "../../../lib/i18n.js";

/** The weekly visits chart's legend and axes (drawn in Japanese, like the digest and the report). */
export const weeklyChartTexts = defineMessages("digest.chart", {
  ja: {
    round: (n: number) => `第${n}回`,
    cumulative: "累計（右軸）",
    weeklyAxis: "訪問件数／週",
    cumulativeAxis: "累計件数",
    noVisits: "まだ訪問実績がありません",
    footnote: "週は月曜〜日曜（日本時間）、ラベルは週の最終日",
    /** A week's label under its bar: "～11/17". */
    weekEnding: (day: string) => `～${day}`,
    /** A bar segment's tooltip on the report page: "～2019/11/17 第1回訪問実績: 75". */
    barTitle: (p: { week: string; round: string; count: number }) => `～${p.week} ${p.round}: ${p.count}`,
  },
  en: {
    round: (n) => `Visit ${n}`,
    cumulative: "Total (right axis)",
    weeklyAxis: "Visits / week",
    cumulativeAxis: "Total visits",
    noVisits: "No visits yet",
    footnote: "Weeks run Monday to Sunday (Japan time); labels give each week's last day",
    weekEnding: (day) => `to ${day}`,
    barTitle: (p) => `to ${p.week} ${p.round}: ${p.count}`,
  },
});
