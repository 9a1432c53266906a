import type { TopLevelSpec } from "vega-lite";
import type { DbClient } from "../../db/client.js";
import { formatPercent, type SurveyStats } from "../../domain/survey-stats.js";
import { chartPng, chartSvg } from "../../lib/charts/render.js";
import { type ShareChart, shareChartSpec } from "../../lib/charts/share-chart.js";
import { escapeHtml as esc } from "../../lib/html.js";
import { loadQuestions } from "../surveys/survey-questions.js";
import { AUDIENCES, surveySummary } from "../surveys/survey-report.js";
import type { Audience, Question } from "../surveys/surveys.schemas.js";
import { surveyChartTexts } from "./survey-charts.texts.js";

/**
 * The survey results as the 2019 report drew them (figures 7–17): one chart per choice question,
 * a pie when each person gave one answer, bars when they could give several or the choices are
 * many (industries), the share in every slice or bar. Drawn in Japanese, the report's language.
 */

const T = surveyChartTexts("ja");
/** A pie stays readable up to this many slices; beyond it (industries) bars. */
const PIE_MAX_OPTIONS = 6;
/** Characters per line of the question under a chart's title. */
const LINE_CHARS = 34;

/** One question's chart and where it belongs. */
export type SurveyFigure = {
  audience: Audience;
  questionId: string;
  /** People who answered the question (the shares' denominator). */
  n: number;
  /** The option value of each of the chart's items, in their order. */
  values: string[];
  chart: ShareChart;
};

/** One audience's charts with its response line (回答数283/378件（回収率74.9%）). */
export type SurveyFigureGroup = { audience: Audience; title: string; responses: string; figures: SurveyFigure[] };

function wrap(text: string): string[] {
  const chars = [...text];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += LINE_CHARS) lines.push(chars.slice(i, i + LINE_CHARS).join(""));
  return lines;
}

/** The charts of one audience's survey, from its questions and its figures (pure). */
export function surveyFigureGroup(audience: Audience, questions: Question[], stats: SurveyStats): SurveyFigureGroup {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const figures: SurveyFigure[] = [];
  for (const q of stats.questions) {
    if (q.kind === "text") continue;
    const question = byId.get(q.id);
    const many = q.kind === "multi" || q.options.length > PIE_MAX_OPTIONS;
    // Many single choices (industries): the chosen ones, most chosen first, as the report lists them.
    const options =
      q.kind === "single" && many ? q.options.filter((o) => o.count > 0).sort((a, b) => b.count - a.count) : q.options;
    figures.push({
      audience,
      questionId: q.id,
      n: q.n,
      values: options.map((o) => o.value),
      chart: {
        kind: many ? "bar" : "pie",
        title: (question?.chart ?? q.label).ja,
        subtitle: [
          ...wrap(q.kind === "multi" ? T.questionMulti(q.label.ja) : T.questionSingle(q.label.ja)),
          q.kind === "multi" ? T.answeredMulti(q.n) : T.answered(q.n),
        ],
        items: options.map((o) => ({ label: o.label.ja, count: o.count, percent: o.percent })),
        axisTitle: T.axis,
        emptyText: T.empty,
      },
    });
  }
  return {
    audience,
    title: audience === "expert" ? T.audienceExpert : T.audienceSme,
    responses: T.responses({
      responses: stats.responses,
      invited: stats.invited,
      rate: formatPercent(stats.responseRate),
    }),
    figures,
  };
}

/** Both surveys' charts as of `at` (answers given and invitations sent by then). */
export async function loadSurveyFigures(db: DbClient, at?: Date, programId?: number): Promise<SurveyFigureGroup[]> {
  const groups: SurveyFigureGroup[] = [];
  for (const audience of AUDIENCES) {
    const [questions, stats] = await Promise.all([
      loadQuestions(db, audience),
      surveySummary(db, audience, at, programId),
    ]);
    groups.push(surveyFigureGroup(audience, questions, stats));
  }
  return groups;
}

/** One chart as SVG for a page: it shrinks with a narrow screen or the printed page. */
export async function surveyFigureSvg(figure: SurveyFigure): Promise<string> {
  const svg = await chartSvg(shareChartSpec(figure.chart));
  return svg.replace("<svg ", '<svg style="max-width:100%;height:auto" ');
}

/** One chart as PNG (the workbook), drawn at twice its size so that it stays sharp when zoomed. */
export function surveyFigurePng(figure: SurveyFigure): Promise<Buffer> {
  return chartPng(shareChartSpec(figure.chart), { scale: 2 });
}

/** All of one audience's charts in one picture, two per row (one upload to Slack per survey). */
export function surveyGroupPng(group: SurveyFigureGroup): Promise<Buffer> {
  const spec: TopLevelSpec = {
    title: { text: group.title, subtitle: group.responses, fontSize: 22, subtitleFontSize: 15 },
    columns: 2,
    spacing: 48,
    concat: group.figures.map((f) => shareChartSpec(f.chart)),
    resolve: { scale: { color: "independent", x: "independent", y: "independent" } },
  };
  return chartPng(spec);
}

/**
 * The 2019 report's figure numbers of the questions it charts (図7–図17), so that a chart here is
 * captioned as the funder knows it; the other questions' charts are numbered 参考図1, 2, ….
 */
const REPORT_FIGURES: Record<Audience, Record<string, number>> = {
  expert: { mgmt_motivation: 7, staff_motivation: 8, continuation: 9, further_support: 10 },
  sme: {
    industry: 11,
    size: 12,
    outcome: 13,
    expert_knowledge: 14,
    communication: 15,
    fair_price: 16,
    further_support: 17,
  },
};

/** Each figure's label: the report's figure number where it has one, else a reference number. */
export function numberFigures(groups: readonly SurveyFigureGroup[]): { group: SurveyFigureGroup; labels: string[] }[] {
  let reference = 0;
  return groups.map((group) => ({
    group,
    labels: group.figures.map((f) => {
      const n = REPORT_FIGURES[f.audience][f.questionId];
      return n === undefined ? T.referenceFigure(++reference) : T.reportFigure(n);
    }),
  }));
}

/** The charts' section of the HTML report: per survey a heading, its response line and its figures. */
export async function surveyChartsHtml(groups: readonly SurveyFigureGroup[]): Promise<string> {
  const parts: string[] = [`<section id="survey-charts"><h2>${esc(T.section)}</h2>`];
  for (const { group, labels } of numberFigures(groups)) {
    parts.push(`<h3>${esc(group.title)}</h3><p>${esc(group.responses)}</p>`);
    const svgs = await Promise.all(group.figures.map(surveyFigureSvg));
    group.figures.forEach((f, i) => {
      parts.push(`<figure>${svgs[i]}<figcaption>${esc(T.caption(labels[i], f.chart.title))}</figcaption></figure>`);
    });
  }
  parts.push("</section>");
  return parts.join("\n");
}
