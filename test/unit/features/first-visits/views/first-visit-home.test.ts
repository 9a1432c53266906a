import { describe, expect, it } from "vitest";
import { unfixedHomeBlocks } from "../../../../../src/features/first-visits/views/first-visit-home.js";

const plain = (text: string) => ({ type: "plain_text", text, emoji: true });
const mrkdwn = (text: string) => ({ type: "mrkdwn", text });

describe("App Home: cases without a fixed first visit", () => {
  it("in English: days since approval, the next step as the button, and how many more there are", () => {
    const blocks = unfixedHomeBlocks(
      "en",
      {
        total: 3,
        items: [
          {
            caseId: 50,
            companyName: "A&B 商事",
            expertName: "田中",
            approvedOn: "2026-05-01",
            state: { kind: "waiting_for_sme", proposalId: 7, since: "2026-05-05" },
          },
          {
            caseId: 51,
            companyName: "C 社",
            expertName: "鈴木",
            approvedOn: "2026-05-08",
            state: { kind: "sme_asked_for_others", proposalId: 8, since: "2026-05-09", note: "火曜" },
          },
        ],
      },
      "2026-05-11",
    );
    expect(blocks).toEqual([
      { type: "header", text: plain("Cases without a fixed first visit (3)") },
      {
        type: "section",
        text: mrkdwn("*#50 A&amp;B 商事* — 田中\n*10 days* since approval · Waiting for the SME since 2026/5/5"),
        block_id: "home_first_visit_50",
        accessory: {
          type: "button",
          text: plain("Record the SME's answer"),
          action_id: "first_visit_record_open",
          value: "7",
        },
      },
      {
        type: "section",
        text: mrkdwn("*#51 C 社* — 鈴木\n*3 days* since approval · The SME asked for other dates"),
        block_id: "home_first_visit_51",
        accessory: {
          type: "button",
          text: plain("Propose other dates"),
          action_id: "first_visit_propose_open",
          value: "51",
          style: "primary",
        },
      },
      {
        type: "context",
        elements: [mrkdwn("1 more (oldest approvals shown first). Open a case with `/desk case <number>`.")],
      },
    ]);
  });

  it("in Japanese, none left", () => {
    expect(unfixedHomeBlocks("ja", { total: 0, items: [] }, "2026-05-11")).toEqual([
      { type: "header", text: plain("初回訪問日が未確定の案件（0件）") },
      { type: "section", text: mrkdwn("初回訪問日が未確定の案件はありません。") },
    ]);
  });
});
