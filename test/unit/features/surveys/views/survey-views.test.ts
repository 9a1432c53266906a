import { describe, expect, it } from "vitest";
import type { Question } from "../../../../../src/features/surveys/surveys.schemas.js";
import type { CaseSummary } from "../../../../../src/features/surveys/surveys-repository.js";
import { surveyModal } from "../../../../../src/features/surveys/views/survey-views.js";

const summary: CaseSummary = {
  id: 12,
  status: "completed",
  completedOn: "2026-03-01",
  expert: { id: 3, slackUserId: "U3", nameKanji: "山田 太郎" },
  application: {
    contactName: "佐藤 花子",
    contactEmail: "hanako@example.jp",
    contactPhone: "03-0000-0000",
    contactSlackUserId: null,
    company: { name: "株式会社<A&B>" },
  },
};

const longQuestion = `指導を通じて、${"情報セキュリティへの取組み".repeat(40)}は高まりましたか`;
const longOption = "Yes, and ".repeat(12).trim();

const questions: Question[] = [
  {
    id: "motivation",
    kind: "single",
    label: { ja: longQuestion, en: `Did ${"the commitment to security ".repeat(30).trim()} rise?` },
    options: [
      { value: "rose", label: { ja: "高まった", en: longOption } },
      { value: "not_rose", label: { ja: "高まらなかった", en: "Did not rise" } },
    ],
    positive: ["rose"],
  },
  {
    id: "comments",
    kind: "text",
    label: { ja: "ご意見（任意）", en: "Comments (optional)" },
    hint: { ja: "自由にお書きください", en: "Anything you like" },
    options: [],
    positive: [],
  },
];

const plain = (text: string) => ({ type: "plain_text", text, emoji: true });

describe("the survey answer modal", () => {
  it("keeps a long question whole (under Slack's 2000 for a label) and clips a long choice to 75 with an ellipsis", () => {
    const view = surveyModal({
      locale: "en",
      response: { id: 7, audience: "expert", status: "answered" },
      summary,
      questions,
      answers: { motivation: "rose", comments: "Thanks" },
      onBehalf: false,
    });
    expect(view).toEqual({
      type: "modal",
      callback_id: "survey_answer",
      title: plain("Expert survey"),
      submit: plain("Send answers"),
      close: plain("Close"),
      private_metadata: JSON.stringify({ responseId: 7, onBehalf: false }),
      blocks: [
        {
          type: "section",
          text: {
            type: "mrkdwn",
            text: "About the guidance in *case #12 (株式会社&lt;A&amp;B&gt;)*. You can change your answers until the survey closes.",
          },
        },
        {
          type: "context",
          elements: [{ type: "mrkdwn", text: "Your previous answers are filled in; sending replaces them." }],
        },
        {
          type: "input",
          block_id: "q_motivation",
          label: plain(questions[0].label.en),
          element: {
            type: "radio_buttons",
            action_id: "value",
            options: [
              { text: plain(`${longOption.slice(0, 74)}…`), value: "rose" },
              { text: plain("Did not rise"), value: "not_rose" },
            ],
            initial_option: { text: plain(`${longOption.slice(0, 74)}…`), value: "rose" },
          },
          optional: false,
        },
        {
          type: "input",
          block_id: "q_comments",
          label: plain("Comments (optional)"),
          element: {
            type: "plain_text_input",
            action_id: "value",
            multiline: true,
            max_length: 2000,
            initial_value: "Thanks",
          },
          optional: true,
          hint: plain("Anything you like"),
        },
      ],
    });
  });

  it("entered by the secretariat: says on whose behalf, and asks how the answer came", () => {
    const view = surveyModal({
      locale: "ja",
      response: { id: 8, audience: "sme", status: "invited" },
      summary,
      questions: [questions[0]],
      answers: {},
      onBehalf: true,
    });
    expect(view.blocks.slice(0, 2)).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "*案件 #12（株式会社&lt;A&amp;B&gt;）* の指導先企業アンケートを、回答者に代わって入力します。ご担当: 佐藤 花子 様",
        },
      },
      {
        type: "input",
        block_id: "survey_source",
        label: plain("回答の受け取り方法"),
        element: {
          type: "radio_buttons",
          action_id: "value",
          options: [
            { text: plain("紙の回答用紙"), value: "paper" },
            { text: plain("Webフォーム"), value: "web" },
            { text: plain("メール"), value: "mail" },
            { text: plain("電話での聞き取り"), value: "phone" },
          ],
          initial_option: { text: plain("紙の回答用紙"), value: "paper" },
        },
        optional: false,
      },
    ]);
    expect(view.blocks[2]).toMatchObject({ label: plain(longQuestion) });
  });
});
