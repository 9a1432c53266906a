import { describe, expect, it } from "vitest";
import { industryName } from "../../../../../src/domain/industries.js";
import { prefectureName } from "../../../../../src/domain/prefectures.js";
import type { ProposalPreview } from "../../../../../src/features/matching/propose.js";
import { proposeModal } from "../../../../../src/features/matching/views/matching-modals.js";
import { application, expert } from "../fakes.js";

const app = application(10);
const added = expert(4, { nameKanji: "佐藤 <b>", nameKana: "サトウ" });
const ranked = expert(1, { nameKanji: "田中 一郎", nameKana: "タナカ イチロウ" });

function preview(over: Partial<ProposalPreview> = {}): ProposalPreview {
  return {
    application: app,
    recruiter: null,
    rows: [
      { expert: added, score: 0, reasons: [], full: false, added: true },
      { expert: ranked, score: 50, reasons: [{ code: "load", open: 1, capacity: 3 }], full: false, added: false },
    ],
    count: 3,
    draft: { applicationId: 10, shown: [4, 1], removed: [3], added: [4] },
    ...over,
  };
}

const plain = (text: string) => ({ type: "plain_text", text, emoji: true });
const mrkdwn = (text: string) => ({ type: "mrkdwn", text });

describe("the propose modal", () => {
  it("in English: a candidate added by hand on top (escaped), the ranked one with its reasons, the removed one gone", () => {
    const where = `${prefectureName(13, "en")}・${industryName("E", "en")}`;
    expect(proposeModal("en", preview())).toEqual({
      type: "modal",
      callback_id: "matching_propose",
      title: plain("Propose candidates"),
      submit: plain("Send candidates"),
      close: plain("Cancel"),
      private_metadata: JSON.stringify({ applicationId: 10, shown: [4, 1], removed: [3], added: [4] }),
      blocks: [
        { type: "section", text: mrkdwn(`*#10 株式会社サンプル*（${where}）`) },
        { type: "divider" },
        {
          type: "section",
          text: mrkdwn(
            "*Candidates (ranked)* — the top ones, as many as “Experts to present”, are sent. Press “Remove” to leave one out.",
          ),
        },
        {
          type: "section",
          text: mrkdwn("*1. 佐藤 &lt;b&gt;（サトウ）* (added by hand)\n"),
          block_id: "candidate_4",
          accessory: { type: "button", text: plain("Remove"), action_id: "matching_candidate_remove", value: "4" },
        },
        {
          type: "section",
          text: mrkdwn("*2. 田中 一郎（タナカ イチロウ）*\nload 1 of 3 cases"),
          block_id: "candidate_1",
          accessory: { type: "button", text: plain("Remove"), action_id: "matching_candidate_remove", value: "1" },
        },
        {
          type: "actions",
          block_id: "add_candidate",
          elements: [
            {
              type: "external_select",
              action_id: "matching_candidate_add",
              min_query_length: 1,
              placeholder: plain("Add another expert: search by name (kanji or kana)"),
            },
          ],
        },
        {
          type: "input",
          block_id: "count",
          label: plain("Experts to present"),
          element: {
            type: "number_input",
            action_id: "value",
            is_decimal_allowed: false,
            initial_value: "3",
            min_value: "1",
            max_value: "10",
          },
          optional: false,
          hint: plain("Sent from the top (1 to 10)."),
        },
      ],
    });
  });

  it("in Japanese with the recruiter offered for a direct match, and no candidate left", () => {
    const view = proposeModal("ja", preview({ rows: [], recruiter: ranked }));
    expect(view.blocks.slice(1, 5)).toEqual([
      {
        type: "section",
        text: mrkdwn(
          "この企業を紹介した専門家: *田中 一郎（タナカ イチロウ）*\n紹介した専門家とは、企業の選択を省いて直接マッチングできます（事務局の承認は必要です）。",
        ),
        accessory: {
          type: "button",
          text: plain("紹介者と直接マッチング"),
          action_id: "matching_direct_match",
          value: "10",
        },
      },
      { type: "divider" },
      {
        type: "section",
        text: mrkdwn(
          "*候補（推薦順）* — 上から「企業に案内する人数」分を案内します。外す場合は「外す」を押してください。",
        ),
      },
      { type: "section", text: mrkdwn("条件に合う専門家がいません。下の検索から専門家を追加してください。") },
    ]);
    expect(view.title).toEqual(plain("候補の専門家を提示"));
  });

  it("a candidate with a very long name is clipped to Slack's section limit, the button kept", () => {
    const long = expert(9, { nameKanji: "長".repeat(4000), nameKana: "ナガ" });
    const view = proposeModal(
      "ja",
      preview({ rows: [{ expert: long, score: 1, reasons: [], full: false, added: false }] }),
    );
    const row = view.blocks.find((b) => b.block_id === "candidate_9");
    expect(row).toEqual({
      type: "section",
      text: mrkdwn(`*1. ${"長".repeat(2995)}…`),
      block_id: "candidate_9",
      accessory: { type: "button", text: plain("外す"), action_id: "matching_candidate_remove", value: "9" },
    });
  });
});
