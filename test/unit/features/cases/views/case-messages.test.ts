import { describe, expect, it } from "vitest";
import { caseClosedDm, closeCaseModal } from "../../../../../src/features/cases/views/case-messages.js";
import { aCase } from "../../visit-reports/views/fixtures.js";

describe("caseClosedDm", () => {
  it("completed by the last report, completed early with a reason, terminated", () => {
    expect(caseClosedDm(aCase, "completed", null, "ja").text).toBe(
      "案件 #3 Sample &lt;Co&gt; の指導が完了しました。最終回の報告書が受理されました。ご協力ありがとうございました。",
    );
    expect(caseClosedDm(aCase, "completed", "<3 visits>", "en").text).toBe(
      "Case #3 Sample &lt;Co&gt; is completed. Reason: &lt;3 visits&gt; Thank you.",
    );
    expect(caseClosedDm(aCase, "terminated", "SME closed", "ja").text).toBe(
      "案件 #3 Sample &lt;Co&gt; は事務局により途中終了となりました。理由: SME closed　予定していた訪問は取り消されました。",
    );
  });
});

describe("closeCaseModal", () => {
  it("terminating, in English: the reason and the category the SME is told, 'other' preselected", () => {
    const view = closeCaseModal("en", aCase, "terminate");
    expect(view.title).toEqual({ type: "plain_text", text: "Terminate a case", emoji: true });
    expect(view.submit).toEqual({ type: "plain_text", text: "Terminate", emoji: true });
    expect(view.blocks[0]).toEqual({
      type: "section",
      text: {
        type: "mrkdwn",
        text: "Terminate *Case #3 Sample &lt;Co&gt;*. Planned visits are cancelled.\nThe expert is told the reason.",
      },
    });
    const category = view.blocks[2];
    expect(category).toMatchObject({
      type: "input",
      block_id: "category",
      label: { text: "Reason category told to the SME" },
      hint: { text: "An SME reached by e-mail is told this category only (not the reason above)." },
      element: { initial_option: { value: "other", text: { text: "Other reasons (please ask the secretariat)" } } },
    });
  });
});
