import { describe, expect, it } from "vitest";
import type { AudienceCounts } from "../../../../../src/features/announcements/announcement-audience.js";
import {
  announcementDm,
  announcementRecord,
  countsText,
  peopleText,
} from "../../../../../src/features/announcements/views/announcement-messages.js";

const counts = (over: Partial<AudienceCounts>): AudienceCounts => ({
  slack: 0,
  email: 0,
  emailPending: 0,
  unreachable: 0,
  experts: 0,
  smes: 0,
  ...over,
});

describe("an announcement as its recipients and the secretariat channel see it", () => {
  it("an English recipient's DM: the program escaped, the title as a header, the secretariat's text in sections", () => {
    expect(
      announcementDm({ id: 4, title: "Holidays <!channel>", body: "Closed *Friday*" }, "en", "Desk <A&B>"),
    ).toEqual({
      text: "From the secretariat: Holidays &lt;!channel&gt;",
      blocks: [
        {
          type: "context",
          elements: [{ type: "mrkdwn", text: ":mega: From the secretariat of Desk &lt;A&amp;B&gt; (announcement #4)" }],
        },
        { type: "header", text: { type: "plain_text", text: "Holidays <!channel>", emoji: true } },
        { type: "section", text: { type: "mrkdwn", text: "Closed *Friday*" } },
        {
          type: "context",
          elements: [{ type: "mrkdwn", text: "Questions about this? Ask the secretariat through `/desk faq`." }],
        },
      ],
    });
  });

  it("counts in words: all e-mail waiting for mail, some of it, and nobody", () => {
    const allPending = counts({ slack: 3, email: 2, emailPending: 2, unreachable: 1, experts: 1, smes: 4 });
    expect(countsText(allPending, "en")).toBe(
      "Slack DM: 3 / e-mail: 2 (not reached: e-mail is not configured; send them later with desk announce send-pending) / no contact: 1 (not sent)",
    );
    expect(countsText(counts({ slack: 1, email: 3, emailPending: 1 }), "ja")).toBe(
      "Slack DM 1件 / メール 3件（うち 1件はメール未設定のため未送信）",
    );
    expect(peopleText(allPending, "en")).toBe("1 experts, 4 SMEs");
    expect(peopleText(allPending, "ja")).toBe("専門家 1人・指導先企業 4件");
    expect(peopleText(counts({}), "en")).toBe("nobody");
    expect(peopleText(counts({}), "ja")).toBe("0人");
  });

  it("the channel's record is Japanese, with who sent it and to which segment", () => {
    const record = announcementRecord(
      { id: 4, title: "休業 <b>", segment: "smes_by_status", segmentParam: "completed" },
      counts({ slack: 2, smes: 2 }),
      "U7",
    );
    expect(record).toEqual({
      text: "お知らせ #4「休業 &lt;b&gt;」を 指導先企業 2件 に送信しました（<@U7>）",
      blocks: [
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: ":mega: お知らせ #4「休業 &lt;b&gt;」を 指導先企業 2件 に送信しました（<@U7>）",
          },
        },
        {
          type: "context",
          elements: [
            { type: "mrkdwn", text: "宛先: 状況別の指導先企業: 完了" },
            { type: "mrkdwn", text: "Slack DM 2件 / メール 0件" },
          ],
        },
      ],
    });
  });
});
