import { describe, expect, it } from "vitest";
import { reportQueuedModal, reportRequestModal } from "../../../../../src/features/final-report/views/report-modal.js";

const text = (t: string) => ({ type: "plain_text", text: t, emoji: true });

describe("/desk report's modal", () => {
  it("offers the file formats in order, Excel chosen, labelled in the reader's language", () => {
    const format = reportRequestModal("en", "2019-12-02").blocks[2];
    expect(format).toEqual({
      type: "input",
      block_id: "report_format",
      label: text("File format"),
      element: {
        type: "radio_buttons",
        action_id: "value",
        options: [
          { text: text("CSV"), value: "csv" },
          { text: text("Excel (xlsx, one sheet per table)"), value: "xlsx" },
          { text: text("HTML (with the chart, printable)"), value: "html" },
          { text: text("JSON (for other systems)"), value: "json" },
        ],
        initial_option: { text: text("Excel (xlsx, one sheet per table)"), value: "xlsx" },
      },
      optional: false,
    });
  });

  it("the as-of day is optional, today by default, with the Japanese hint", () => {
    const at = reportRequestModal("ja", "2019-12-02").blocks[3];
    expect(at).toMatchObject({
      block_id: "report_at",
      optional: true,
      label: text("集計の基準日（この日までの実績）"),
      hint: text("空欄なら今日までの実績で作成します。"),
      element: { type: "datepicker", initial_date: "2019-12-02" },
    });
  });

  it("Table 4's experts: RISS first and chosen (as the program report counts), then ITC and everyone", () => {
    const block = reportRequestModal("ja", "2019-12-02").blocks[4];
    expect(block).toMatchObject({
      block_id: "report_qualification",
      label: text("表4で数える専門家"),
      element: {
        type: "static_select",
        options: [
          { text: text("情報処理安全確保支援士（RISS・両方の保有者を含む）"), value: "RISS" },
          { text: text("ITコーディネータ（ITC・両方の保有者を含む）"), value: "ITC" },
          { text: text("すべての専門家"), value: "all" },
        ],
        initial_option: { value: "RISS" },
      },
    });
  });

  it("after the request, says the file follows in a DM", () => {
    expect(reportQueuedModal("en", "Table 3: visits held per week")).toEqual({
      type: "modal",
      callback_id: "report_request_done",
      title: text("Make a report"),
      close: text("Close"),
      blocks: [
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: 'Making "Table 3: visits held per week". The file will arrive in this app\'s messages (DM).',
          },
        },
      ],
    });
  });
});
