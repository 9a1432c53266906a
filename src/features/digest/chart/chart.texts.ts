import { defineMessages } from "../../../lib/i18n.js";

/** The weekly chart's words (the chart is drawn in Japanese, like the report it belongs to). */
export const chartTexts = defineMessages("digest.chart", {
  ja: {
    round: (round: number) => `第${round}回`,
    cumulativeLegend: "累計（右軸）",
    perWeekAxis: "訪問件数／週",
    cumulativeAxis: "累計件数",
    noVisits: "まだ訪問実績がありません",
    weekNote: "週は月曜〜日曜（日本時間）、ラベルは週の最終日",
    /** A week's label under its bar: "～11/17". */
    weekEnding: (day: string) => `～${day}`,
    /** A bar segment's tooltip: "～2019/11/17 第1回訪問実績: 75". */
    barTitle: (p: { week: string; round: string; count: number }) => `～${p.week} ${p.round}: ${p.count}`,
  },
  en: {
    round: (round) => `Visit ${round}`,
    cumulativeLegend: "Cumulative (right axis)",
    perWeekAxis: "Visits per week",
    cumulativeAxis: "Cumulative visits",
    noVisits: "No visits held yet",
    weekNote: "Weeks run Monday to Sunday (Japan time); each label is the week's last day",
    weekEnding: (day) => `to ${day}`,
    barTitle: (p) => `to ${p.week} ${p.round}: ${p.count}`,
  },
});
