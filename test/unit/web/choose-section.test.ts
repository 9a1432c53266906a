import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { ChoiceNotice, ChooseSection, ChosenPage } from "../../../src/web/views/choose-section.js";

const secretariat = { name: "事務局", address: "東京都千代田区", phone: "03-0000-0000", email: "desk@example.jp" };

describe("the SME's choice of expert on its page", () => {
  it("in English: one card per candidate, each a form posting the proposal and the expert; names escaped", () => {
    const html = renderToString(
      ChooseSection({
        locale: "en",
        action: "/s/tok/choose",
        csrf: "c1",
        proposalId: 7,
        cards: [
          { expertId: 1, profile: { name: "Tanaka <b>", facts: [["Qualification", "RISS"]] } },
          { expertId: 2, profile: { name: "Suzuki", facts: [] } },
        ],
      }),
    );
    const form = (expert: number) =>
      `<form method="post" action="/s/tok/choose"><input type="hidden" name="_csrf" value="c1"/><input type="hidden" name="lang" value="en"/><input type="hidden" name="proposal" value="7"/><input type="hidden" name="expert" value="${expert}"/><button type="submit" class="button" aria-describedby="expert-${expert}">Choose this expert</button></form>`;
    expect(html).toBe(
      `<section class="section" aria-labelledby="choose-title"><h2 id="choose-title">Choose your expert</h2><p>Please choose the expert you would like to guide you. The secretariat confirms the match afterwards.</p>` +
        `<article class="card" aria-labelledby="expert-1"><h3 id="expert-1">Tanaka &lt;b></h3><dl class="facts"><dt>Qualification</dt><dd>RISS</dd></dl>${form(1)}</article>` +
        `<article class="card" aria-labelledby="expert-2"><h3 id="expert-2">Suzuki</h3><dl class="facts"></dl>${form(2)}</article></section>`,
    );
  });

  it("a refusal in Japanese above the page", () => {
    expect(renderToString(ChoiceNotice({ message: "変更はありません。", locale: "ja" }))).toBe(
      '<div class="error-summary" role="alert" aria-labelledby="choice-notice-title"><h2 id="choice-notice-title">選択は記録されませんでした</h2><p>変更はありません。</p></div>',
    );
  });

  it("the page after the choice says who was chosen and the application's number", () => {
    const html = renderToString(
      ChosenPage({
        locale: "ja",
        siteName: "情報セキュリティ指導事業",
        secretariat,
        applicationId: 10,
        expertName: "田中 一郎",
        pageHref: "/s/tok?lang=ja",
      }),
    );
    expect(html).toContain(
      '<div class="panel" role="status"><h1 class="panel-title">田中 一郎さんを選びました</h1><p>田中 一郎さんを選びました。事務局の承認後にご連絡します。</p><p class="number">申込番号 #10</p></div><p><a href="/s/tok?lang=ja">お申込みの状況に戻る</a></p>',
    );
  });
});
