import { describe, expect, it } from "vitest";
import {
  announcementKey,
  choiceOf,
  countAudience,
  dedupeCandidates,
} from "../../../../src/features/announcements/announcement-audience.js";
import type { Candidate } from "../../../../src/features/announcements/announcements-repository.js";

function expert(id: number, slackUserId: string | null, email: string | null): Candidate {
  return {
    kind: "expert",
    expertId: id,
    applicationId: null,
    name: `専門家${id}`,
    mailName: { company: "", name: `専門家${id}` },
    slackUserId,
    email,
    formLocale: null,
  };
}

function sme(id: number, slackUserId: string | null, email: string | null, formLocale = "ja"): Candidate {
  return {
    kind: "sme",
    expertId: null,
    applicationId: id,
    name: `会社${id} 担当${id}`,
    mailName: { company: `会社${id}`, name: `担当${id}` },
    slackUserId,
    email,
    formLocale,
  };
}

describe("an announcement's recipients", () => {
  it("reaches Slack users by DM in their Slack language and the others by e-mail in their form's language", () => {
    const { recipients, unreachable } = dedupeCandidates(
      [expert(1, "U1", "one@example.jp"), sme(10, null, " Ten@Example.jp ", "en")],
      new Map([["U1", "en-US"]]),
    );
    expect(unreachable).toBe(0);
    expect(recipients.map((r) => [r.kind, r.channel, r.address, r.email, r.locale])).toEqual([
      ["expert", "slack", "slack:U1", "one@example.jp", "en"],
      ["sme", "email", "email:ten@example.jp", "Ten@Example.jp", "en"],
    ]);
  });

  it("gives each person one copy: the same Slack user, the same address in any case, an SME contact who is also an expert", () => {
    const { recipients } = dedupeCandidates(
      [
        expert(1, "U1", "taro@example.jp"),
        sme(10, "U1", null), // the expert's own company
        sme(11, null, "TARO@example.jp"), // the expert's address, without Slack
        sme(12, null, "hanako@example.jp"),
        sme(13, null, "hanako@example.jp"), // one contact for two applications
      ],
      new Map(),
    );
    expect(recipients.map((r) => [r.kind, r.expertId ?? r.applicationId, r.address])).toEqual([
      ["expert", 1, "slack:U1"],
      ["sme", 12, "email:hanako@example.jp"],
    ]);
  });

  it("counts people with neither Slack nor e-mail as unreachable, and a Slack user without a stored locale as Japanese", () => {
    const audience = dedupeCandidates([expert(1, null, null), sme(10, null, "  "), expert(2, "U2", null)], new Map());
    expect(audience.unreachable).toBe(2);
    expect(audience.recipients.map((r) => [r.address, r.locale])).toEqual([["slack:U2", "ja"]]);
  });

  it("the preview's counts: by channel and kind, e-mail pending while mail is not configured", () => {
    const audience = dedupeCandidates(
      [expert(1, "U1", null), expert(2, null, "two@example.jp"), sme(10, null, "ten@example.jp"), sme(11, null, null)],
      new Map(),
    );
    expect(countAudience(audience, true)).toEqual({
      slack: 1,
      email: 2,
      emailPending: 0,
      unreachable: 1,
      experts: 2,
      smes: 1,
    });
    expect(countAudience(audience, false)).toMatchObject({ email: 2, emailPending: 2 });
  });

  it("keys each copy by announcement and person, and reads the stored segment back", () => {
    expect(announcementKey(7, { kind: "expert", expertId: 3, applicationId: null })).toBe("announcement:7:expert:3");
    expect(announcementKey(7, { kind: "sme", expertId: null, applicationId: 12 })).toBe("announcement:7:sme:12");
    expect(choiceOf({ segment: "experts_area", segmentParam: "region:2" })).toEqual({
      segment: "experts_area",
      param: "region:2",
    });
    expect(() => choiceOf({ segment: "experts_area", segmentParam: "pref:48" })).toThrow();
  });
});
