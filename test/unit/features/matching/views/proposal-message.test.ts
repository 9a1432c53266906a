import { describe, expect, it } from "vitest";
import {
  proposalSecretariatMessage,
  smeChoiceDecidedDm,
} from "../../../../../src/features/matching/views/matching-messages.js";
import { WEB_ACTOR_ID } from "../../../../../src/features/roles/actor.js";
import { application, expert } from "../fakes.js";

const plain = (text: string) => ({ type: "plain_text", text, emoji: true });
const mrkdwn = (text: string) => ({ type: "mrkdwn", text });
const app = application(10);

describe("the secretariat's proposal message", () => {
  it("approved over capacity with an expert off Slack who left no e-mail or phone", () => {
    const off = expert(3, { slackUserId: null, nameKanji: "山本 <三郎>", nameKana: "ヤマモト" });
    const message = proposalSecretariatMessage(
      app,
      7,
      [{ expert: off, reasons: [{ code: "recruiter" }] }],
      { kind: "approved", expert: off, caseId: 50, by: "U_SEC", firstVisitTarget: "2026-05-25", override: true },
      "slack",
    );
    expect(message).toEqual({
      text: "マッチングを承認しました: #10 株式会社サンプル",
      blocks: [
        { type: "header", text: plain("マッチングを承認しました — #10 株式会社サンプル") },
        {
          type: "section",
          text: mrkdwn("*提示した候補（推薦順）*\n1. 山本 &lt;三郎&gt;（ヤマモト） — この企業を紹介した専門家"),
        },
        {
          type: "section",
          text: mrkdwn(
            "*担当専門家*: 山本 &lt;三郎&gt;（ヤマモト）\n*案件番号*: #50\n*初回訪問の目標日*: 2026/5/25\n*承認*: <@U_SEC>\n:warning: 担当上限を超えての承認（監査ログに記録済み）",
          ),
        },
        {
          type: "section",
          text: mrkdwn(
            ":warning: 山本 &lt;三郎&gt; さんは Slack を使っていません。案件の内容を直接お知らせください（メール未登録 / 電話未登録）。",
          ),
        },
        {
          type: "actions",
          block_id: "matching_approved_7",
          elements: [
            {
              type: "button",
              text: plain("担当の専門家を変更（理由を入力）"),
              action_id: "matching_reassign_open",
              value: "50",
            },
          ],
        },
        { type: "context", elements: [mrkdwn("申込番号 #10 ・ 提示番号 7")] },
      ],
    });
  });

  it("a choice the SME made on its web page says so instead of a Slack user", () => {
    const chosen = expert(1);
    const message = proposalSecretariatMessage(
      app,
      7,
      [],
      { kind: "chosen", expert: chosen, via: "web", note: null, by: WEB_ACTOR_ID },
      "mail",
    );
    expect(message.blocks[1]).toEqual({
      type: "section",
      text: mrkdwn(
        "*選ばれた専門家*: 専門家1（センモンカ1）\n*選択の方法*: SMEがWebで選択\n*記録*: SMEがWebで選択（専用ページ）",
      ),
    });
  });
});

describe("the SME's DM once the choice is in", () => {
  it("in English, recorded by the secretariat from a phone call", () => {
    expect(smeChoiceDecidedDm(app, expert(2, { nameKanji: "Suzuki" }), "phone", "en").text).toBe(
      "The secretariat recorded the choice you gave them (Phone): Suzuki. The secretariat will confirm the match and tell you (#10 株式会社サンプル).",
    );
  });
});
