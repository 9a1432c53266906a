import { describe, expect, it } from "vitest";
import {
  reportReturnedDm,
  reportReviewMessage,
} from "../../../../../src/features/visit-reports/views/report-messages.js";
import type { ReportContent } from "../../../../../src/features/visit-reports/visit-reports.schemas.js";
import { aCase, heldVisit, submittedReport } from "./fixtures.js";

const content: ReportContent = {
  heldOn: "2019-10-08",
  durationMinutes: 90,
  attendees: "CEO",
  coveredItems: ["r2_policy"],
  findings: `${"課".repeat(699)}<>`,
  agreedActions: "策".repeat(501),
  deliverablesHanded: [],
  nextVisitOn: null,
  selfDiagnosis: null,
  wrapUp: null,
  finalScore: null,
  securityAction: null,
};

describe("reportReviewMessage", () => {
  it("is in Japanese and clips long findings and actions before escaping them", () => {
    const m = reportReviewMessage({ case: aCase, visit: heldVisit, report: submittedReport, content });
    expect(m.text).toBe("支援実施報告書（確認待ち）: #3 Sample &lt;Co&gt; 第2回 第2版");
    expect(m.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "支援実施報告書 — 確認待ち", emoji: true },
    });
    expect(m.blocks.slice(2, 4)).toEqual([
      { type: "section", text: { type: "mrkdwn", text: `*把握した課題・リスク*\n${"課".repeat(699)}…` } },
      { type: "section", text: { type: "mrkdwn", text: `*合意した対策*\n${"策".repeat(499)}…` } },
    ]);
  });

  it("once returned: who returned it and the comment, and only the button to read it", () => {
    const returned = { ...submittedReport, status: "returned", reviewedBy: "USEC", reviewComment: "<b>more</b>" };
    const m = reportReviewMessage({ case: aCase, visit: heldVisit, report: returned, content });
    expect(m.blocks.slice(-2)).toEqual([
      {
        type: "section",
        text: { type: "mrkdwn", text: "*差戻し（修正待ち）* — <@USEC>\nコメント: &lt;b&gt;more&lt;/b&gt;" },
      },
      {
        type: "actions",
        block_id: "report_review_5",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "全文を見る", emoji: true },
            action_id: "visit_report_view_open",
            value: "5",
          },
        ],
      },
    ]);
  });
});

describe("reportReturnedDm", () => {
  it("in English: the reason in the text and a block of its own, with the revise button", () => {
    expect(reportReturnedDm(aCase, heldVisit, 5, "Please add *who* attended", "en")).toEqual({
      text: "The report for visit 2 of Case #3 Sample &lt;Co&gt; was returned for revision. Comment: Please add *who* attended",
      blocks: [
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "The report for visit 2 of Case #3 Sample &lt;Co&gt; was returned for revision.",
          },
        },
        { type: "section", text: { type: "mrkdwn", text: "*The secretariat's comment*\nPlease add *who* attended" } },
        {
          type: "actions",
          block_id: "report_returned_5",
          elements: [
            {
              type: "button",
              text: { type: "plain_text", text: "Revise the report", emoji: true },
              action_id: "visit_report_revise",
              value: "5",
              style: "primary",
            },
          ],
        },
      ],
    });
  });
});
