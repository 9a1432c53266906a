import { describe, expect, it } from "vitest";
import { proposalMail, visitChangedMail } from "../../../src/mail/first-visit-mails.js";
import type { MailSignature } from "../../../src/mail/layout.js";
import { organizerOf, visitCalendarText, visitEventUid } from "../../../src/mail/visit-calendar.js";

const SIG: MailSignature = {
  programName: "中小企業の情報セキュリティマネジメント指導業務",
  secretariat: { name: "指導事業 事務局", phone: "03-0000-0000" },
};
const BASE = {
  applicationId: 12,
  recipient: { company: "株式会社<script>", name: "佐藤 花子" },
  expertName: "山田 <i>太郎</i>",
  pageUrl: "https://desk.example.jp/s/abc",
};

describe("visit calendar entries", () => {
  it("reads both forms of MAIL_FROM as the organizer", () => {
    expect(organizerOf("事務局 <desk@example.jp>")).toEqual({ name: "事務局", email: "desk@example.jp" });
    expect(organizerOf('"Desk" <desk@example.jp>')).toEqual({ name: "Desk", email: "desk@example.jp" });
    expect(organizerOf("desk@example.jp")).toEqual({ email: "desk@example.jp" });
    expect(organizerOf(undefined)).toBeNull();
  });

  it("writes DTSTART in UTC, a stable UID, the sequence and the duration in hours and minutes", () => {
    const text = visitCalendarText({
      uid: visitEventUid(3, 7, "https://desk.example.jp"),
      sequence: 2,
      method: "PUBLISH",
      start: new Date("2019-11-18T01:00:00Z"),
      durationMinutes: 90,
      summary: "情報セキュリティ指導 第1回訪問",
      location: "オンライン",
      description: "担当の専門家: 山田 太郎",
      organizer: { email: "desk@example.jp" },
      stamp: new Date("2019-11-01T00:00:00Z"),
    });
    expect(text).toContain("UID:visit-7.case-3@desk.example.jp");
    expect(text).toContain("DTSTART:20191118T010000Z");
    expect(text).toContain("DTSTAMP:20191101T000000Z");
    expect(text).toContain("SEQUENCE:2");
    expect(text).toContain("DURATION:PT1H30M");
    expect(text).toContain("LOCATION:オンライン");
  });
});

describe("visit mails", () => {
  it("lists the dates in Japanese style and escapes every value in the HTML", () => {
    const mail = proposalMail(
      {
        ...BASE,
        options: [new Date("2019-11-18T01:00:00Z"), new Date("2019-11-19T05:30:00Z")],
        mode: "onsite",
        place: "本社 <b>2F</b>",
        note: "<a href=x>駐車場</a>",
        replaces: false,
      },
      "ja",
      SIG,
    );
    expect(mail.subject).toBe(
      "【中小企業の情報セキュリティマネジメント指導業務】初回訪問の候補日のご案内（申込番号 #12）",
    );
    expect(mail.text).toContain("候補1: 11月18日(月) 10:00");
    expect(mail.text).toContain("候補2: 11月19日(火) 14:30");
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<a href=x>");
    expect(mail.html).not.toContain("<i>太郎");
    expect(mail.html).toContain("&lt;a href=x>駐車場&lt;/a>");
  });

  it("says what changed and why, in the SME's language", () => {
    const mail = visitChangedMail(
      {
        ...BASE,
        round: 2,
        start: new Date("2019-11-18T01:00:00Z"),
        mode: "online",
        place: "",
        kind: "rescheduled",
        reason: "Typhoon",
      },
      "en",
      SIG,
    );
    expect(mail.subject).toContain("Visit 2 moved to Mon, Nov 18 10:00");
    expect(mail.text).toContain("Dear 佐藤 花子,");
    expect(mail.text).toContain("Reason: Typhoon");
    expect(mail.text).toContain("How: Online");
  });
});
