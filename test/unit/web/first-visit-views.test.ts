import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import type { ProposalView } from "../../../src/features/first-visits/first-visits-service.js";
import { FirstVisitChoices, OtherDatesRequestedPage } from "../../../src/web/views/first-visit-views.js";

const proposal: ProposalView = {
  id: 7,
  caseId: 50,
  status: "open",
  options: [new Date("2026-05-20T01:00:00.000Z")],
  mode: "online",
  place: "",
  noteToSme: "",
  chosenOption: null,
  answerNote: null,
};

describe("the SME's first-visit answer on its page", () => {
  it("in English, after a refused note: the note kept, its error next to it, no note row without a note", () => {
    const html = renderToString(
      FirstVisitChoices({
        locale: "en",
        proposal,
        expertName: "Tanaka",
        confirmAction: "/s/tok/first-visit/confirm",
        othersAction: "/s/tok/first-visit/others",
        csrf: { confirm: "c1", others: "c2" },
        note: "<Tuesdays>",
        noteError: "Enter the days and times that suit you.",
        noteLimit: 500,
      }),
    );
    expect(html).toContain(
      '<h2 id="fv-title">Choose the date of your first visit</h2><p>These are the proposed dates for your first visit with Tanaka. Press “Confirm this date” under the one that suits you.</p><table class="facts"><tbody><tr><th scope="row">How</th>',
    );
    expect(html).not.toContain("Note from the expert");
    expect(html).toContain('<h3 id="fv-option-1">Date 1: ');
    expect(html).toContain(
      '<span class="hint" id="fv-note-hint">e.g. Tuesday or Thursday afternoons; any day in late November. Up to 500 characters.</span><span class="field-error" id="fv-note-error"><span class="visually-hidden">Error: </span>Enter the days and times that suit you.</span>',
    );
    expect(html).toContain('aria-describedby="fv-note-hint fv-note-error">&lt;Tuesdays></textarea>');
    expect(html).toContain('<button type="submit" class="button secondary">Ask for other dates</button>');
  });

  it("the page after none fits repeats the SME's wishes, escaped", () => {
    const html = renderToString(
      OtherDatesRequestedPage({
        locale: "ja",
        siteName: "情報セキュリティ指導事業",
        secretariat: { name: "事務局" },
        backHref: "/s/tok?lang=ja",
        note: "火曜<午後>",
        expertName: "田中 一郎",
      }),
    );
    expect(html).toContain(
      '<h1 class="panel-title">別の日程のご希望をお伝えしました</h1><p>担当の専門家 田中 一郎 様と事務局にお伝えしました。新しい候補日が決まりましたらメールでご案内します。</p>',
    );
    expect(html).toContain('<th scope="row">お伝えしたご希望</th><td>火曜&lt;午後></td>');
    expect(html).toContain('<a href="/s/tok?lang=ja">お申込みのページに戻る</a>');
  });
});
