import { describe, expect, it } from "vitest";
import type { CaseSummary } from "../../../../../src/features/cases/cases-service.js";
import { caseListMessage, visitChangedDm } from "../../../../../src/features/visits/views/visit-messages.js";
import { aCase, heldVisit } from "../../visit-reports/views/fixtures.js";

describe("caseListMessage", () => {
  it("shows at most 12 cases and says how many more there are", () => {
    const cases: CaseSummary[] = Array.from({ length: 14 }, (_, i) => ({
      case: { ...aCase, id: i + 1 },
      steps: [],
      visits: [],
    }));
    const m = caseListMessage(cases, "en");
    expect(m.text).toBe("Your active cases (14)");
    expect(m.blocks.filter((b) => b.type === "section")).toHaveLength(12);
    expect(m.blocks[2]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "*Case #1 Sample &lt;Co&gt;*\n• Nothing to do now" },
    });
    expect(m.blocks.at(-1)).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "2 more" }] });
  });

  it("with no case: a sentence, no list", () => {
    expect(caseListMessage([], "ja")).toEqual({
      text: "担当中の案件はありません。事務局がマッチングを承認すると、ここに表示されます。",
      blocks: [
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "担当中の案件はありません。事務局がマッチングを承認すると、ここに表示されます。",
          },
        },
      ],
    });
  });
});

describe("visitChangedDm", () => {
  it("a cancelled visit with its reason escaped, in both languages", () => {
    const cancelled = { ...heldVisit, status: "cancelled" };
    expect(visitChangedDm(aCase, cancelled, "cancelled", "<SME> asked", "ja").text).toBe(
      "案件 #3 Sample &lt;Co&gt; の第2回訪問を取り消しました。理由: &lt;SME&gt; asked",
    );
    expect(visitChangedDm(aCase, cancelled, "cancelled", "<SME> asked", "en").text).toBe(
      "Case #3 Sample &lt;Co&gt;: visit 2 cancelled. Reason: &lt;SME&gt; asked",
    );
  });
});
