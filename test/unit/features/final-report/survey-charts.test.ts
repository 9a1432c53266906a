import { describe, expect, it } from "vitest";
import { surveyStats } from "../../../../src/domain/survey-stats.js";
import { surveyChartsHtml, surveyFigureGroup } from "../../../../src/features/final-report/survey-charts.js";
import { defaultQuestions } from "../../../../src/features/surveys/default-questions.js";

describe("survey charts", () => {
  const questions = defaultQuestions("expert");

  it("draws one chart per choice question, titled as the report's figures, with each share", async () => {
    const answers = [
      { mgmt_motivation: "rose", difficulty_reasons: ["consulting", "schedule"] },
      { mgmt_motivation: "rose", difficulty_reasons: ["consulting"] },
      { mgmt_motivation: "unknown" },
    ];
    const group = surveyFigureGroup("expert", questions, surveyStats(questions, answers, 4));
    expect(group.title).toBe("専門家へのアンケート");
    expect(group.responses).toBe("回答数3/4件（回収率75.0%）");
    expect(group.figures).toHaveLength(8);
    const mgmt = group.figures[0];
    expect(mgmt.chart).toMatchObject({ kind: "pie", title: "指導先企業（経営層）の意欲の向上度" });
    expect(mgmt.chart.items.map((i) => [i.label, i.percent])).toEqual([
      ["向上した", 66.7],
      ["向上しなかった", 0],
      ["わからない", 33.3],
    ]);
    const reasons = group.figures.find((f) => f.questionId === "difficulty_reasons")!;
    expect(reasons.chart.kind).toBe("bar");
    expect(reasons.n).toBe(2);
    expect(reasons.chart.subtitle?.at(-1)).toContain("合計は100%を超える");

    const html = await surveyChartsHtml([group]);
    expect(html).toContain("図7 指導先企業（経営層）の意欲の向上度");
    expect(html).toContain("参考図1 中小企業へのセキュリティマネジメント指導の難易度");
    expect(html).toContain(">66.7%<");
    expect(html).toContain(">100.0%<"); // both who named a reason named consulting
    expect(html).not.toMatch(/<script|rotate\(/);
  });

  it("says there are no answers yet on a survey nobody answered", async () => {
    const group = surveyFigureGroup("expert", questions, surveyStats(questions, [], 0));
    expect(group.responses).toBe("回答数0/0件（回収率—）");
    expect(await surveyChartsHtml([group])).toContain("まだ回答がありません");
  });
});
