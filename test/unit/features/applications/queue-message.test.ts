import { describe, expect, it } from "vitest";
import { queueMessage } from "../../../../src/features/applications/views/application-messages.js";
import { detail } from "./application-fixture.js";

const buttons = (id: number, valid: string, invalid: string) => ({
  type: "actions",
  block_id: `application_queue_${id}`,
  elements: [
    {
      type: "button",
      text: { type: "plain_text", text: valid, emoji: true },
      action_id: "application_valid",
      value: String(id),
      style: "primary",
    },
    {
      type: "button",
      text: { type: "plain_text", text: invalid, emoji: true },
      action_id: "application_invalid_open",
      value: String(id),
      style: "danger",
    },
  ],
});

describe("/desk queue message", () => {
  it("in Japanese: the company escaped, the warnings after the facts", () => {
    const a = detail({ company: { name: "<有限会社> A&B" }, sameNumber: [{ id: 7, status: "valid" }] });
    expect(queueMessage([a], 1, "ja")).toEqual({
      text: "審査待ちの申込み: 1件",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "審査待ちの申込み（1件・古い順）", emoji: true } },
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "*#12 &lt;有限会社&gt; A&amp;B*（東京都・製造業）\n受付 2019/9/2（Slack）・資本金 10,000,000円・従業員 25人\n:warning: 同じ法人番号の申込があります: #7（有効）",
          },
        },
        buttons(12, "有効", "無効（理由を入力）"),
      ],
    });
  });

  it("in English, with a company name too long for a section: the line is clipped and the rest counted", () => {
    const a = detail({ company: { name: `株式会社${"長".repeat(3000)}` }, sameNumber: [{ id: 7, status: "valid" }] });
    const message = queueMessage([a], 21, "en");
    const line = `*#12 株式会社${"長".repeat(3000)}`.slice(0, 2999);
    expect(message).toEqual({
      text: "Applications waiting for screening: 21",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "Waiting for screening (21, oldest first)", emoji: true } },
        { type: "section", text: { type: "mrkdwn", text: `${line}…` } },
        buttons(12, "Valid", "Invalid (give a reason)"),
        {
          type: "context",
          elements: [{ type: "mrkdwn", text: "20 more are waiting; screen these to see the next ones." }],
        },
      ],
    });
  });

  it("an empty queue says so, in the reader's language", () => {
    expect(queueMessage([], 0, "en")).toEqual({
      text: "No applications are waiting for screening.",
      blocks: [{ type: "section", text: { type: "mrkdwn", text: "No applications are waiting for screening." } }],
    });
  });
});
