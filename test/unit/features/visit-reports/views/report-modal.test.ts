import { describe, expect, it } from "vitest";
import { reportModal } from "../../../../../src/features/visit-reports/views/report-modal.js";
import type { ReportModalContext } from "../../../../../src/features/visit-reports/visit-reports-service.js";
import { aCase, at, draftForm } from "./fixtures.js";

const draft: ReportModalContext = {
  case: aCase,
  visit: null,
  round: 2,
  visitsPerCase: 4,
  checklist: [],
  form: draftForm,
  returnComment: "Add the <attendees>",
  draftSavedAt: at,
  target: { visitId: 11 },
};

describe("reportModal", () => {
  it("a returned report with its draft, in English: the comment escaped, when the draft was saved, the typed values", () => {
    const view = reportModal("en", draft);
    expect(view.title).toEqual({ type: "plain_text", text: "Visit report", emoji: true });
    expect(view.submit).toEqual({ type: "plain_text", text: "Submit", emoji: true });
    expect(view.close).toEqual({ type: "plain_text", text: "Close", emoji: true });
    expect(view.private_metadata).toBe('{"target":{"visitId":11}}');
    expect(view.blocks.slice(0, 3)).toEqual([
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "*Case #3 Sample &lt;Co&gt;*\nVisit 2: Priority areas, countermeasures and the basic policy",
        },
      },
      {
        type: "section",
        text: { type: "mrkdwn", text: "*The secretariat's comment*\nAdd the &lt;attendees&gt;" },
      },
      { type: "context", elements: [{ type: "mrkdwn", text: "Draft saved: 2019 Tue, Oct 8 10:00" }] },
    ]);
    expect(view.blocks.find((b) => b.block_id === "findings")).toEqual({
      type: "input",
      block_id: "findings",
      label: { type: "plain_text", text: "Findings and risks", emoji: true },
      element: {
        type: "plain_text_input",
        action_id: "value",
        multiline: true,
        initial_value: "Weak *passwords*",
        max_length: 3000,
      },
      optional: false,
    });
    expect(view.blocks.at(-1)).toEqual({
      type: "actions",
      block_id: "report_draft_actions",
      elements: [
        {
          type: "button",
          text: { type: "plain_text", text: "Save draft (finish later)", emoji: true },
          action_id: "visit_report_save_draft",
          value: "draft",
        },
      ],
    });
  });

  it("a notice (the draft was just saved) replaces the saved-at line; a new report has neither", () => {
    const noticed = reportModal("ja", draft, "下書きを保存しました");
    expect(noticed.blocks[2]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "下書きを保存しました" }],
    });
    const fresh = reportModal("ja", { ...draft, returnComment: null, draftSavedAt: null });
    expect(fresh.blocks.filter((b) => b.type === "context")).toEqual([]);
    expect(fresh.blocks[1]).toMatchObject({ type: "input", block_id: "held_on", label: { text: "実施日" } });
  });

  it("the last round asks for the wrap-up, the score again (out of the checklist's maximum) and SECURITY ACTION", () => {
    const checklist = [1, 2].map((n) => ({ id: n, number: n, category: "basic", textJa: `質問${n}`, textEn: "" }));
    const view = reportModal("en", { ...draft, round: 4, checklist });
    const labels = view.blocks.flatMap((b) => {
      if (b.type === "input" && "label" in b) return [b.label.text];
      if (b.type === "header" && "text" in b) return [b.text.text];
      return [];
    });
    expect(labels.slice(-4)).toEqual([
      "Wrap-up (final report)",
      "Wrap-up of the guidance",
      "Self-diagnosis total again (out of 8)",
      "SECURITY ACTION self-declaration",
    ]);
    expect(view.blocks.some((b) => b.block_id === "next_visit_on")).toBe(false);
  });
});
