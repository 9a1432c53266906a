import { describe, expect, it } from "vitest";
import type { Ticket } from "../../../../../src/features/helpdesk/helpdesk-repository.js";
import { ticketMessage, ticketReceivedReply } from "../../../../../src/features/helpdesk/views/helpdesk-views.js";

const ticket: Ticket = {
  id: 3,
  askerSlackId: "U1",
  question: "交通費は <出ます> か",
  channelId: "C1",
  messageTs: null,
  status: "open",
  answer: null,
  answeredBy: null,
  answeredAt: null,
  faqEntryId: null,
  submissionKey: "k",
  createdAt: new Date("2026-01-05T01:00:00Z"),
};

describe("a help-desk ticket in the secretariat channel", () => {
  it("open: the question escaped, how to answer in the thread, and the answer button", () => {
    const m = ticketMessage(ticket);
    expect(m.text).toBe("問い合わせ #3: 交通費は &lt;出ます&gt; か");
    expect(m.blocks.slice(1)).toEqual([
      { type: "section", text: { type: "mrkdwn", text: "*<@U1> さんからの質問*\n交通費は &lt;出ます&gt; か" } },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: expect.stringMatching(
              /^受付 .+・FAQで解決しなかった質問です・このスレッドに「回答:」で始めて返信しても回答できます$/,
            ),
          },
        ],
      },
      {
        type: "actions",
        block_id: "helpdesk_ticket_3",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "回答する", emoji: true },
            action_id: "helpdesk_answer_open",
            value: "3",
            style: "primary",
          },
        ],
      },
    ]);
  });

  it("answered: the answer and its FAQ entry instead of the button", () => {
    const m = ticketMessage({
      ...ticket,
      status: "answered",
      answer: "出ます & 以上",
      answeredBy: "S1",
      faqEntryId: 9,
    });
    expect(m.text).toBe("問い合わせ #3: 回答済み");
    expect(m.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "問い合わせ #3 — 回答済み", emoji: true },
    });
    expect(m.blocks[3]).toEqual({
      type: "section",
      text: { type: "mrkdwn", text: "*回答*（<@S1>）\n出ます &amp; 以上\n_FAQ #9 に追加しました_" },
    });
    expect(m.blocks).toHaveLength(4);
  });

  it("tells the asker in their language, once or again", () => {
    expect(ticketReceivedReply(ticket, "en", false)).toEqual({
      text: "Your question was sent to the secretariat (#3). The answer will arrive in this app's messages.",
    });
    expect(ticketReceivedReply(ticket, "ja", true)).toEqual({
      text: "この質問はすでに事務局に送っています（問い合わせ #3）。回答をお待ちください。",
    });
  });
});
