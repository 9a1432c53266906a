import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { errorPage } from "../../../src/web/views/error-page.js";

describe("error pages", () => {
  it("429 in English: what happened, what to do and about when, in the plain frame", () => {
    expect(renderToString(errorPage(429, "en", 130))).toBe(
      '<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
        "<title>Too many attempts in a short time | Information-security guidance for SMEs</title>" +
        '<link rel="stylesheet" href="/assets/site.css"/></head><body><header class="site-header"><div class="inner">' +
        '<span class="site-name">Information-security guidance for SMEs</span></div></header>' +
        '<main class="site-main" id="main"><h1>Too many attempts in a short time</h1><p>Please wait a while, then try again.</p>' +
        "<p>Please try again in about 3 minute(s).</p></main></body></html>",
    );
  });

  it("the form-expired page in Japanese has both of its lines, and no retry hint", () => {
    const html = renderToString(errorPage(403, "ja"));
    expect(html).toContain("<h1>フォームの有効期限が切れました</h1>");
    expect(html).toContain(
      "<p>安全のため、このフォームは送信できませんでした。入力内容は保存されていません。</p><p>ページを再読み込みして、もう一度入力・送信してください。</p></main>",
    );
  });
});
