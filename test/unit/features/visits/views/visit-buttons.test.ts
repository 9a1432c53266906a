import { describe, expect, it } from "vitest";
import {
  scheduleNextButton,
  writeReportButton,
  writeUnplannedReportButton,
} from "../../../../../src/features/visits/views/visit-buttons.js";

const text = (b: { text: { text: string } }) => b.text.text;

describe("visit buttons", () => {
  it("write the report: with or without the round, a draft to finish, in both languages; the id is the visit", () => {
    expect(writeReportButton(11, "ja", { round: 2 })).toEqual({
      type: "button",
      text: { type: "plain_text", text: "第2回の報告書を書く", emoji: true },
      action_id: "visit_log_open",
      value: "11",
      style: "primary",
    });
    expect(text(writeReportButton(11, "ja", { round: 2, draft: true }))).toBe("第2回の報告書を仕上げる（下書きあり）");
    expect(text(writeReportButton(11, "en", { round: 2, draft: true }))).toBe(
      "Finish the report for visit 2 (draft saved)",
    );
    expect(text(writeReportButton(11, "en"))).toBe("Write the report");
  });

  it("a round held without a plan carries case and round; scheduling names the round or the next one", () => {
    expect(writeUnplannedReportButton(3, 2, "en")).toEqual({
      type: "button",
      text: { type: "plain_text", text: "Log visit 2 held without a plan", emoji: true },
      action_id: "visit_log_unplanned",
      value: "3:2",
    });
    expect(text(writeUnplannedReportButton(3, 1, "ja"))).toBe("予定なしで実施した第1回を記録");
    expect(text(scheduleNextButton(3, "ja"))).toBe("次の訪問を予定する");
    expect(text(scheduleNextButton(3, "ja", 3))).toBe("第3回の訪問を予定する");
    expect(text(scheduleNextButton(3, "en", 3))).toBe("Schedule visit 3");
    expect(text(scheduleNextButton(3, "en"))).toBe("Schedule the next visit");
  });
});
