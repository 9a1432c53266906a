import { defineMessages } from "../../lib/i18n.js";

/** The survey charts of the final report (figures 7–17 of the 2019 report), in the report's language. */
export const surveyChartTexts = defineMessages("finalReport.surveyCharts", {
  ja: {
    section: "アンケート結果の図",
    /** The workbook sheet of the charts (Excel allows 31 characters). */
    sheet: "アンケート結果の図",
    audienceExpert: "専門家へのアンケート",
    audienceSme: "指導先企業へのアンケート",
    /** Under an audience's heading: "回答数283/378件（回収率74.9%）". */
    responses: (p: { responses: number; invited: number; rate: string }) =>
      `回答数${p.responses}/${p.invited}件（回収率${p.rate}）`,
    /** The question as asked, under a chart's title. */
    questionSingle: (label: string) => `【質問】${label}（択一選択回答）`,
    questionMulti: (label: string) => `【質問】${label}`,
    /** How many answered this question: "回答者379人". */
    answered: (n: number) => `回答者${n}人`,
    answeredMulti: (n: number) => `回答者${n}人（割合は回答者に占める選択した人の割合、合計は100%を超える）`,
    axis: "回答者に占める割合（%）",
    empty: "まだ回答がありません",
    /** A figure's caption: "図7 指導先企業（経営層）の意欲の向上度". */
    caption: (label: string, title: string) => `${label} ${title}`,
    /** The 2019 report's number of a figure it has (図7–図17). */
    reportFigure: (n: number) => `図${n}`,
    /** A chart the 2019 report does not have. */
    referenceFigure: (n: number) => `参考図${n}`,
    /** The Slack comment above the pictures of one audience's charts. */
    slackTitle: (audience: string) => `${audience}の結果`,
  },
  en: {
    section: "Survey charts",
    sheet: "Survey charts",
    audienceExpert: "Expert survey",
    audienceSme: "SME survey",
    responses: (p) => `${p.responses} of ${p.invited} answered (${p.rate})`,
    questionSingle: (label) => `Q: ${label} (one answer)`,
    questionMulti: (label) => `Q: ${label}`,
    answered: (n) => `${n} answered`,
    answeredMulti: (n) => `${n} answered (shares of those who answered; they add up to more than 100%)`,
    axis: "Share of those who answered (%)",
    empty: "No answers yet",
    caption: (label, title) => `${label} ${title}`,
    reportFigure: (n) => `Figure ${n}`,
    referenceFigure: (n) => `Reference figure ${n}`,
    slackTitle: (audience) => `${audience}: results`,
  },
});
