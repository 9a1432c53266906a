import { REGION_DEFAULTS_SOURCE } from "../../domain/region-defaults.js";
import { defineMessages } from "../../lib/i18n.js";

/** The figures of the self-diagnosis line in the Slack message that delivers a report. */
type SummaryFigures = {
  first: string | null;
  last: string | null;
  compared: number;
  improved: number;
  improvedPct: string | null;
  oneStar: number;
  twoStars: number;
};

/** The final report's words around its tables, and what `/desk report` says. */
export const finalReportTexts = defineMessages("final-report", {
  ja: {
    asOf: (day: string) => `${day} 時点`,
    titleWeeklyVisits: "表3 週別の訪問実績",
    titleExpertsByPrefecture: "表2 専門家の登録状況（都道府県別）",
    titleRegionalMatching: "表4 企業数とマッチング数（3大都市圏とその他）",
    titleBriefings: "表1 事業説明会の開催結果",
    titleSurveys: "アンケート結果",
    titleHonoraria: "謝金（専門家別・支払別）",
    titleCases: "案件一覧（訪問日・状態）",
    titleFinal: "成果報告書の表（一式）",
    titleSelfDiagnosis: "自己診断の変化と SECURITY ACTION の宣言",
    summarySelfDiagnosis: (p: SummaryFigures) =>
      `自己診断: 第1回 平均${p.first ?? "—"}点 → 最終回 平均${p.last ?? "—"}点、改善 ${p.improved}/${p.compared}社（${p.improvedPct ?? "—"}%）。SECURITY ACTION: 一つ星 ${p.oneStar}社・二つ星 ${p.twoStars}社。`,
    regionSourceImported: "企業数: 事務局が読み込んだ地域データ（desk regions import）。",
    regionSourceDefaults:
      "企業数: 既定値（3大都市圏 = 東京都・愛知県・大阪府。合計 114,445・236,849 は成果報告書の表4による。出典: 総務省・経済産業省「経済センサス‐基礎調査」。都道府県別の値は2015年国勢調査の人口で按分したもの。desk regions import で置き換えられます）。",
    regionsRefused: (list: string) => `地域データを読み込めません（何も変更していません）:\n${list}`,
    delivered: (p: { title: string; asOf: string; format: string }) =>
      `ご依頼のレポート「${p.title}」（${p.asOf} 時点、${p.format}）です。`,
    failed: (p: { title: string; failure: string }) => `レポート「${p.title}」を作成できませんでした: ${p.failure}`,
    commandSummary: "成果報告書の表（週別訪問実績など）をファイルで受け取る",
    modalTitle: "レポートを作成",
    submit: "作成してDMで受け取る",
    cancel: "キャンセル",
    close: "閉じる",
    intro: "成果報告書の表を、いまのデータから作成します。できたファイルはこのアプリのメッセージ（DM）に届きます。",
    reportLabel: "レポート",
    reportPlaceholder: "レポートを選ぶ",
    formatLabel: "ファイル形式",
    formatXlsx: "Excel（xlsx・表ごとにシート）",
    formatCsv: "CSV",
    formatHtml: "HTML（グラフ付き・そのまま印刷可）",
    formatJson: "JSON（システム連携用）",
    atLabel: "集計の基準日（この日までの実績）",
    programLabel: "年度",
    programCurrent: (name: string) => `${name}（現在の年度）`,
    chooseProgram: "年度を選んでください。",
    atHint: "空欄なら今日までの実績で作成します。",
    queued: (title: string) =>
      `「${title}」を作成しています。できあがるとこのアプリのメッセージ（DM）にファイルが届きます。`,
    chooseReport: "レポートを選んでください。",
    chooseFormat: "ファイル形式を選んでください。",
    atNotFuture: "基準日は今日以前の日付にしてください。",
    qualificationLabel: "表4で数える専門家",
    qualificationHint: "成果報告書の表4は情報処理安全確保支援士（RISS）のマッチングを数えています。",
    qualificationRiss: "情報処理安全確保支援士（RISS・両方の保有者を含む）",
    qualificationItc: "ITコーディネータ（ITC・両方の保有者を含む）",
    qualificationAll: "すべての専門家",
    chooseQualification: "表4で数える専門家を選んでください。",
  },
  en: {
    asOf: (day) => `as of ${day}`,
    titleWeeklyVisits: "Table 3: visits held per week",
    titleExpertsByPrefecture: "Table 2: registered experts by prefecture",
    titleRegionalMatching: "Table 4: enterprises and matchings, metro vs rest",
    titleBriefings: "Table 1: briefing sessions",
    titleSurveys: "Survey results",
    titleHonoraria: "Honoraria per expert and per payment batch",
    titleCases: "Cases with visit dates and status",
    titleFinal: "Final report tables (all)",
    titleSelfDiagnosis: "Self-diagnosis before and after, and SECURITY ACTION",
    summarySelfDiagnosis: (p) =>
      `Self-diagnosis: visit 1 average ${p.first ?? "—"} → last visit ${p.last ?? "—"}; improved ${p.improved}/${p.compared} (${p.improvedPct ?? "—"}%). SECURITY ACTION: one star ${p.oneStar}, two stars ${p.twoStars}.`,
    regionSourceImported: "Enterprises: region data imported by the secretariat (desk regions import).",
    regionSourceDefaults: `Enterprises: defaults. ${REGION_DEFAULTS_SOURCE}`,
    regionsRefused: (list) => `Region file not imported (nothing changed):\n${list}`,
    delivered: (p) => `Here is the report you asked for: "${p.title}" (as of ${p.asOf}, ${p.format}).`,
    failed: (p) => `The report "${p.title}" could not be made: ${p.failure}`,
    commandSummary: "Get the final report's tables (weekly visits and more) as a file",
    modalTitle: "Make a report",
    submit: "Make and DM me",
    cancel: "Cancel",
    close: "Close",
    intro: "Makes the final report's tables from the current data. The file arrives in this app's messages (DM).",
    reportLabel: "Report",
    reportPlaceholder: "Choose a report",
    formatLabel: "File format",
    formatXlsx: "Excel (xlsx, one sheet per table)",
    formatCsv: "CSV",
    formatHtml: "HTML (with the chart, printable)",
    formatJson: "JSON (for other systems)",
    atLabel: "As of (count what happened by this day)",
    programLabel: "Program year",
    programCurrent: (name) => `${name} (current)`,
    chooseProgram: "Choose a program year.",
    atHint: "Leave empty for everything up to today.",
    queued: (title) => `Making "${title}". The file will arrive in this app's messages (DM).`,
    chooseReport: "Choose a report.",
    chooseFormat: "Choose a file format.",
    atNotFuture: "Choose today or an earlier day.",
    qualificationLabel: "Experts counted in Table 4",
    qualificationHint: "The program report's Table 4 counts the matchings of RISS experts.",
    qualificationRiss: "RISS (holders of both included)",
    qualificationItc: "IT Coordinator (ITC, holders of both included)",
    qualificationAll: "Every expert",
    chooseQualification: "Choose the experts Table 4 counts.",
  },
});
