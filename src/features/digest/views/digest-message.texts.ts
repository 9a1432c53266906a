import { defineMessages } from "../../../lib/i18n.js";

/** The weekly digest (posted in Japanese to the digest channel) and its chart upload. */
export const digestMessageTexts = defineMessages("digest.message", {
  ja: {
    period: "実施期間",
    round: (n: number) => `第${n}回`,
    weekTotal: "週計",
    runningTotal: "累計",
    olderWeeks: (p: { weeks: number; total: string }) => `（それ以前の${p.weeks}週 計${p.total}件は省略）`,
    total: "計",
    title: (p: { from: string; until: string }) => `週次進捗ダイジェスト（${p.from}〜${p.until}）`,
    roundCount: (p: { round: number; count: number }) => `第${p.round}回 ${p.count}`,
    roundCumulative: (p: { round: number; count: string; pct: string }) => `第${p.round}回 ${p.count}（${p.pct}）`,
    listSeparator: "・",
    thisWeek: (p: { total: string; byRound: string }) => `*今週の訪問* 計 ${p.total}件（${p.byRound}）`,
    tableHead: "*週別の訪問実績（表3の形式）*",
    tableLegend: "* = 10件/週以上（報告書の赤枠）　** = 50件/週以上（黄色網掛）　週は月曜〜日曜（日本時間）",
    cases: (p: {
      total: string;
      active: string;
      completed: string;
      terminated: string;
      visits: string;
      cumulative: string;
    }) =>
      `*累計と案件数* マッチング済み ${p.total}件（実施中 ${p.active}・完了 ${p.completed}・途中終了 ${p.terminated}）\n累計訪問 ${p.visits}件: ${p.cumulative}`,
    applications: (p: { received: string; valid: string; matched: string }) =>
      `*今週の申込み*\n受付 ${p.received}件・有効 ${p.valid}件・マッチング ${p.matched}件`,
    weekCases: (p: { completed: string; terminated: string }) =>
      `*今週の案件*\n完了 ${p.completed}件・途中終了 ${p.terminated}件`,
    forecast: (p: {
      pace: string;
      end: string;
      expected: string;
      total: string;
      remaining: string;
      weeks: string;
      atRisk: string;
      anyAtRisk: boolean;
    }) =>
      `*完了見込み* 現在のペース（直近4週の平均 ${p.pace}件/週）が続くと、事業終了日 ${p.end} までに *${p.expected}件 / ${p.total}件* が完了する見込みです（残り訪問 ${p.remaining}件、残り ${p.weeks}週）。\n終了日に間に合わないおそれのある案件: *${p.atRisk}件*${p.anyAtRisk ? "（案件ごとの内容は事務局チャンネルでお知らせします）" : ""}`,
    utilization: (p: {
      busy: string;
      active: string;
      busyPct: string;
      cases: string;
      capacity: string;
      casesPct: string;
    }) =>
      `*専門家の稼働* 担当中 ${p.busy}名 / 承認済み ${p.active}名（${p.busyPct}）・担当件数 ${p.cases} / 受入上限 ${p.capacity}（${p.casesPct}）`,
    regional: (p: {
      metro: string;
      metroCount: string;
      metroPct: string;
      other: string;
      otherCount: string;
      otherPct: string;
      metroShare: string;
      otherShare: string;
      total: string;
    }) =>
      `*地域バランス（マッチング）* ${p.metro} ${p.metroCount}件（${p.metroPct}%）・${p.other} ${p.otherCount}件（${p.otherPct}%）— 企業数の比率 ${p.metroShare}% : ${p.otherShare}%（計 ${p.total}件）`,
    aggregatesOnly: "このチャンネルには集計値だけを載せています。グラフ画像を続けて共有します。",
    text: (p: { title: string; week: number; total: number; expected: number; cases: number; atRisk: number }) =>
      `${p.title}: 今週の訪問 ${p.week}件、累計 ${p.total}件、完了見込み ${p.expected}/${p.cases}件、間に合わないおそれ ${p.atRisk}件`,
    chartTitle: (weekEnd: string) => `週別訪問実績 ～${weekEnd}`,
    chartComment: (title: string) => `${title} — 週別訪問実績（回別の積み上げ）と累計`,
    chartAlt: (weekEnd: string) => `週別訪問実績（回別・積み上げ）と累計 ～${weekEnd}`,
  },
  en: {
    period: "Week",
    round: (n) => `Visit ${n}`,
    weekTotal: "Week",
    runningTotal: "Total",
    olderWeeks: (p) => `(${p.weeks} earlier weeks, ${p.total} visits, not shown)`,
    total: "Total",
    title: (p) => `Weekly progress digest (${p.from}–${p.until})`,
    roundCount: (p) => `visit ${p.round} ${p.count}`,
    roundCumulative: (p) => `visit ${p.round} ${p.count} (${p.pct})`,
    listSeparator: " · ",
    thisWeek: (p) => `*Visits this week* ${p.total} (${p.byRound})`,
    tableHead: "*Visits by week (Table 3)*",
    tableLegend:
      "* = 10 or more a week (red frame)   ** = 50 or more a week (yellow)   weeks run Monday to Sunday (Japan time)",
    cases: (p) =>
      `*Totals and cases* ${p.total} matched (${p.active} active · ${p.completed} completed · ${p.terminated} ended early)\n${p.visits} visits in all: ${p.cumulative}`,
    applications: (p) => `*Applications this week*\n${p.received} received · ${p.valid} valid · ${p.matched} matched`,
    weekCases: (p) => `*Cases this week*\n${p.completed} completed · ${p.terminated} ended early`,
    forecast: (p) =>
      `*Forecast* At the current pace (${p.pace} a week over the last 4 weeks), *${p.expected} of ${p.total}* cases will be complete by the program's end on ${p.end} (${p.remaining} visits and ${p.weeks} weeks left).\nCases at risk of missing the end date: *${p.atRisk}*${p.anyAtRisk ? " (the secretariat channel lists them)" : ""}`,
    utilization: (p) =>
      `*Experts at work* ${p.busy} busy of ${p.active} approved (${p.busyPct}) · ${p.cases} cases of a capacity of ${p.capacity} (${p.casesPct})`,
    regional: (p) =>
      `*Regional balance (matches)* ${p.metro} ${p.metroCount} (${p.metroPct}%) · ${p.other} ${p.otherCount} (${p.otherPct}%) — share of enterprises ${p.metroShare}% : ${p.otherShare}% (${p.total} in all)`,
    aggregatesOnly: "This channel gets aggregates only. The chart follows.",
    text: (p) =>
      `${p.title}: ${p.week} visits this week, ${p.total} in all, ${p.expected}/${p.cases} expected to complete, ${p.atRisk} at risk`,
    chartTitle: (weekEnd) => `Visits by week to ${weekEnd}`,
    chartComment: (title) => `${title} — visits by week (stacked by visit) and running total`,
    chartAlt: (weekEnd) => `Visits by week (stacked by visit) and running total to ${weekEnd}`,
  },
});
