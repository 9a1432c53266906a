import { describe, expect, it } from "vitest";
import type {
  RegistrationWithExpert,
  SessionDetail,
} from "../../../../../src/features/briefings/briefings-repository.js";
import { expertList, secretariatList } from "../../../../../src/features/briefings/views/briefing-views.js";

function registration(expertId: number, status: string, attended = false): RegistrationWithExpert {
  return {
    id: expertId,
    sessionId: 1,
    expertId,
    status,
    attended,
    waitlistPos: status === "waitlisted" ? expertId : null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    expert: { id: expertId, nameKanji: `専門家${expertId}`, slackUserId: null },
  };
}

function session(over: Partial<SessionDetail> & Pick<SessionDetail, "id" | "heldOn" | "city">): SessionDetail {
  return {
    programId: 1,
    startTime: "14:00",
    venue: "",
    capacity: 2,
    videoUrl: null,
    videoViews: 0,
    status: "open",
    cancelReason: null,
    createdBy: "S1",
    createdAt: new Date(0),
    registrations: [],
    ...over,
  };
}

const plain = (text: string) => ({ type: "plain_text", text, emoji: true });
const mrkdwn = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });

describe("the secretariat's list of briefing sessions", () => {
  it("in English: numbers per status, the recording, a cancellation's reason escaped, and only the buttons each status allows", () => {
    const sessions = [
      session({
        id: 1,
        heldOn: "2026-08-20",
        city: "Nagoya",
        venue: "Room <3>",
        registrations: [registration(1, "accepted"), registration(2, "accepted"), registration(3, "waitlisted")],
      }),
      session({
        id: 2,
        heldOn: "2026-07-01",
        city: "Osaka",
        status: "held",
        videoUrl: "https://v.example/x",
        videoViews: 12345,
        registrations: [registration(4, "accepted", true)],
      }),
      session({ id: 3, heldOn: "2026-09-01", city: "Sendai", status: "cancelled", cancelReason: "Typhoon & rain" }),
    ];
    expect(secretariatList(sessions, "en")).toEqual({
      text: "Briefing sessions",
      blocks: [
        { type: "header", text: plain("Briefing sessions") },
        mrkdwn("*#1 Thu, Aug 20 14:00 Nagoya (Room &lt;3&gt;)* — Open\nCapacity 2, accepted 2, waitlisted 1"),
        {
          type: "actions",
          block_id: "briefing_admin_1",
          elements: [
            { type: "button", text: plain("Close registration"), action_id: "briefing_close", value: "1" },
            { type: "button", text: plain("Record attendance"), action_id: "briefing_attendance_open", value: "1" },
            { type: "button", text: plain("Video link and views"), action_id: "briefing_video_open", value: "1" },
            {
              type: "button",
              text: plain("Cancel (tell everyone)"),
              action_id: "briefing_cancel_open",
              value: "1",
              style: "danger",
            },
          ],
        },
        mrkdwn(
          "*#2 Wed, Jul 1 14:00 Osaka* — Held\nCapacity 2, accepted 1, waitlisted 0, attended 1\nRecording: <https://v.example/x|watch> (12,345 views)",
        ),
        {
          type: "actions",
          block_id: "briefing_admin_2",
          elements: [
            { type: "button", text: plain("Record attendance"), action_id: "briefing_attendance_open", value: "2" },
            { type: "button", text: plain("Video link and views"), action_id: "briefing_video_open", value: "2" },
          ],
        },
        mrkdwn(
          "*#3 Tue, Sep 1 14:00 Sendai* — Cancelled\nCapacity 2, accepted 0, waitlisted 0\nCancelled because: Typhoon &amp; rain",
        ),
        {
          type: "actions",
          block_id: "briefing_admin_new",
          elements: [
            {
              type: "button",
              text: plain("Create a session"),
              action_id: "briefing_create_open",
              value: "new",
              style: "primary",
            },
          ],
        },
      ],
    });
  });

  it("with no session yet, says so in Japanese and still offers to create one", () => {
    expect(secretariatList([], "ja").blocks.slice(0, 2)).toEqual([
      { type: "header", text: plain("事業説明会") },
      mrkdwn("説明会はまだありません。"),
    ]);
  });
});

describe("the expert's list", () => {
  it("a full session offers the waitlist; the expert's own place in line is shown", () => {
    const full = session({
      id: 1,
      heldOn: "2026-08-20",
      city: "Nagoya",
      registrations: [registration(1, "accepted"), registration(2, "accepted"), registration(3, "waitlisted")],
    });
    const own = [{ sessionId: 1, status: "waitlisted", waitlistPos: 3 }];
    expect(expertList([full], own, new Map([[1, 1]]), "en").blocks).toEqual([
      mrkdwn("*Briefing sessions for experts*"),
      mrkdwn("*Thu, Aug 20 14:00 Nagoya* — full (you can join the waitlist)\n*You: waitlisted (#1)*"),
      {
        type: "actions",
        block_id: "briefing_expert_1",
        elements: [
          {
            type: "button",
            text: plain("Cancel my registration"),
            action_id: "briefing_unregister",
            value: "1",
          },
        ],
      },
    ]);
  });
});
