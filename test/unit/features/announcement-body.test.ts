import { describe, expect, it } from "vitest";
import { bodySections } from "../../../src/features/announcements/views/announcement-messages.js";
import type { SectionBlock } from "../../../src/slack/blocks.js";

const texts = (body: string) => bodySections(body).map((b) => (b as SectionBlock).text?.text ?? "");

describe("an announcement's body in Slack sections", () => {
  it("escapes mentions and links but keeps *bold* and line breaks", () => {
    expect(texts("*重要*\n<!channel> <@U1> <https://x.example|x> & 以上")).toEqual([
      "*重要*\n&lt;!channel&gt; &lt;@U1&gt; &lt;https://x.example|x&gt; &amp; 以上",
    ]);
  });

  it("splits at line breaks so that no section passes 3000 characters after escaping", () => {
    const para = "あ".repeat(1200);
    const parts = texts([para, para, para].join("\n"));
    expect(parts).toEqual([`${para}\n${para}`, para]);
  });

  it("cuts a single long line of characters that grow when escaped without splitting an entity", () => {
    const parts = texts("&".repeat(2500));
    expect(parts.every((p) => p.length <= 3000)).toBe(true);
    expect(parts.join("")).toBe("&amp;".repeat(2500));
    expect(parts.every((p) => /^(&amp;)+$/.test(p))).toBe(true);
  });
});
