import { readdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocksToText } from "../../src/slack/blocks-to-text.js";
import { checkA11y, newPage, screenshot, startBrowser } from "../support/browser.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { startSmtp, type TestSmtp } from "../support/smtp.js";

const VALID_NUMBER = "7010001000000";

let h: Harness;
let smtp: TestSmtp;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  h = await startHarness({ web: true, smtpUrl: smtp.url });
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await h?.stop();
  await smtp?.stop();
});

/** Fills the whole form by its visible labels (as a person reads it). */
async function fillValid(page: Page, company: string, email: string) {
  await page.getByLabel("会社名", { exact: true }).fill(company);
  await page.getByLabel("フリガナ", { exact: true }).fill("カブシキガイシャウェブテスト");
  await page.getByLabel("法人番号（13桁）（任意）").fill(VALID_NUMBER);
  await page.getByLabel("業種", { exact: true }).selectOption({ label: "製造業" });
  await page.getByLabel("資本金（円）（任意）").fill("10000000");
  await page.getByLabel("従業員数（人）").fill("25");
  await page.getByLabel("都道府県", { exact: true }).selectOption({ label: "秋田県" });
  await page.getByLabel("所在地", { exact: true }).fill("秋田市山王1-1-1");
  await page.getByLabel("担当者名", { exact: true }).fill("佐藤 花子");
  await page.getByLabel("役職（任意）").fill("総務課長");
  await page.getByLabel("メールアドレス", { exact: true }).fill(email);
  await page.getByLabel("電話番号", { exact: true }).fill("018-000-0000");
  await page.getByLabel("日程の希望（任意）").fill("火曜の午後");
  await page.getByRole("group", { name: "申込みのきっかけ" }).getByLabel("商工会議所・商工会・業界団体").check();
}

async function applicationCount() {
  return h.db.application.count();
}

describe("the public application form", () => {
  it("shows every field with a visible label, works without JavaScript and passes axe at 375 px", async () => {
    const page = await newPage(browser);
    const res = await page.goto(`${h.baseUrl}/apply`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(res?.headers()["x-frame-options"]).toBe("DENY");
    expect(res?.headers()["referrer-policy"]).toBe("no-referrer");
    expect(await page.locator("html").getAttribute("lang")).toBe("ja");
    for (const label of ["会社名", "フリガナ", "業種", "都道府県", "所在地", "担当者名", "メールアドレス", "電話番号"])
      expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
    expect(await page.locator("select#f-industry").count()).toBe(1);
    expect(await page.locator("select#f-prefecture").count()).toBe(1);
    expect(await page.locator("fieldset legend").textContent()).toBe("申込みのきっかけ");
    expect(await page.getByRole("button", { name: "申し込む" }).count()).toBe(1);
    expect(await page.locator("input[placeholder]").count()).toBe(0);
    await screenshot(page, "apply-form-375");
    expect(await checkA11y(page)).toEqual([]);
    await page.context().close();
  });

  it("shows an error summary and inline messages on a failed submit, keeping what was typed", async () => {
    const before = await applicationCount();
    const page = await newPage(browser);
    await page.goto(`${h.baseUrl}/apply`);
    await page.getByLabel("会社名", { exact: true }).fill("大きな製造株式会社");
    await page.getByLabel("法人番号（13桁）（任意）").fill("1234567890123");
    await page.getByLabel("業種", { exact: true }).selectOption({ label: "製造業" });
    await page.getByLabel("資本金（円）（任意）").fill("500000000");
    await page.getByLabel("従業員数（人）").fill("1000");
    await page.getByRole("button", { name: "申し込む" }).click();
    const summary = page.locator(".error-summary");
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.locator("a[href='#f-corporate-number']").textContent()).toContain("チェックデジット");
    expect(await summary.locator("a[href='#f-company-kana']").count()).toBe(1);
    expect(await summary.locator("a[href='#f-contact-email']").count()).toBe(1);
    const number = page.getByLabel("法人番号（13桁）（任意）");
    expect(await number.getAttribute("aria-invalid")).toBe("true");
    expect(await number.inputValue()).toBe("1234567890123");
    const describedBy = (await number.getAttribute("aria-describedby")) ?? "";
    expect(describedBy).toContain("f-corporate-number-error");
    expect(await page.locator("#f-corporate-number-error").textContent()).toContain("チェックデジット");
    expect(await page.getByLabel("会社名", { exact: true }).inputValue()).toBe("大きな製造株式会社");
    expect(await page.getByLabel("業種", { exact: true }).inputValue()).toBe("E");
    expect(await checkA11y(page)).toEqual([]);

    // Fix the number and the rest: the SME-size rule now answers on 資本金.
    await page.getByLabel("法人番号（13桁）（任意）").fill("");
    await fillValid(page, "大きな製造株式会社", "big@example.jp");
    await page.getByLabel("資本金（円）（任意）").fill("500000000");
    await page.getByLabel("従業員数（人）").fill("1000");
    await page.getByRole("button", { name: "申し込む" }).click();
    expect(await page.locator("#f-capital-error").textContent()).toContain("中小企業の要件を満たしていません");
    expect(await page.getByLabel("資本金（円）（任意）").getAttribute("aria-invalid")).toBe("true");
    await screenshot(page, "apply-form-errors-375");
    expect(await applicationCount()).toBe(before);
    expect(h.errors()).toEqual([]);
    await page.context().close();
  });

  it("accepts a valid application: 申込番号 page, the secretariat channel, and the receipt mail with a working link", async () => {
    const page = await newPage(browser);
    await page.goto(`${h.baseUrl}/apply`);
    await fillValid(page, "株式会社ウェブテスト<b>", "sato@example.jp");
    await page.getByRole("button", { name: "申し込む" }).click();
    expect(await page.locator(".number").textContent()).toContain("申込番号 #");
    const id = Number(((await page.locator(".number").textContent()) ?? "").replace(/\D/g, ""));
    expect(page.url()).not.toContain("sato");
    expect(page.url()).not.toContain("%E6%A0%AA"); // no company name in the URL
    await screenshot(page, "apply-done-375");
    expect(await checkA11y(page)).toEqual([]);

    const application = await h.db.application.findUniqueOrThrow({ where: { id } });
    expect(application.source).toBe("web");
    expect(application.contactLocale).toBe("ja");
    await h.settle();
    const posted = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.text.includes(`#${id}`));
    expect(posted).toBeDefined();
    expect(blocksToText(posted?.blocks ?? [])).toContain("Webフォーム");

    const mail = await smtp.waitFor((m) => m.subject?.includes(`#${id}`) ?? false);
    expect(mail.subject).toContain("申込受付のお知らせ");
    expect(mail.envelopeFrom).toBe("desk@example.jp");
    expect(mail.envelopeTo).toEqual(["sato@example.jp"]);
    expect(mail.from?.value[0]?.address).toBe("desk@example.jp");
    const text = mail.text ?? "";
    expect(text.split("\n").slice(0, 2)).toEqual(["株式会社ウェブテスト<b>", "佐藤 花子 様"]);
    expect(text).toContain("指導事業 事務局");
    expect(text).toContain("東京都千代田区丸の内1-1-1");
    // Markup in the company name arrives as text: "<" is escaped (">" alone opens nothing).
    expect(String(mail.html)).toContain("株式会社ウェブテスト&lt;b>");
    expect(String(mail.html)).not.toContain("ウェブテスト<b>");
    expect(mail.messageId).toMatch(/^<desk\.[0-9a-f]{32}@example\.jp>$/);
    const link = /http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(link).toBeDefined();

    const sme = await newPage(browser);
    const res = await sme.goto(link as string);
    expect(res?.status()).toBe(200);
    expect(res?.headers()["cache-control"]).toBe("no-store");
    expect(await sme.locator("meta[name=robots]").getAttribute("content")).toContain("noindex");
    expect(await sme.locator("h1").textContent()).toContain(`#${id}`);
    expect(await sme.locator(".panel-title").textContent()).toBe("受付済み・審査中");
    expect(await checkA11y(sme)).toEqual([]);
    await screenshot(sme, "sme-page-375");

    // A tampered token shows the plain error page and no data.
    const tampered = `${(link as string).slice(0, -1)}${(link as string).endsWith("A") ? "B" : "A"}`;
    const bad = await sme.goto(tampered);
    expect(bad?.status()).toBe(404);
    expect(await sme.content()).not.toContain("ウェブテスト");
    expect(await sme.locator("h1").textContent()).toBe("ページが見つかりません");

    // Later mails carry the same personal link while it works (rebuilt from its seed, not reissued).
    const sameUrl = await h.app.db.transaction((tx) => h.services.sme!.currentLinkUrl(tx, id, "test"));
    expect(sameUrl).toBe(link);
    expect(await h.db.smeLink.count({ where: { applicationId: id } })).toBe(1);

    // The secretariat resends the link: the old one stops working, the new one arrives by mail.
    const actor = { userId: USERS.sec1.id, locale: "ja" as const, isSecretariat: true, expert: null };
    await h.services.sme?.resendLink(actor, id);
    const again = await smtp.waitFor(
      (m) => (m.subject ?? "").includes("再発行") && (m.subject ?? "").includes(`#${id}`),
    );
    const newLink = /http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{43}/.exec(again.text ?? "")?.[0];
    expect(newLink).not.toBe(link);
    expect((await sme.goto(link as string))?.status()).toBe(404);
    expect(await sme.content()).not.toContain("ウェブテスト");
    expect((await sme.goto(newLink as string))?.status()).toBe(200);
    expect(await h.app.db.transaction((tx) => h.services.sme!.currentLinkUrl(tx, id, "test"))).toBe(newLink);
    const audit = await h.db.auditLog.findMany({ where: { entityType: "application", entityId: String(id) } });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(["application.create", "sme_link.issue", "sme_link.revoke"]),
    );
    await page.context().close();
    await sme.context().close();
  });

  it("works in English with ?lang=en, and the mail follows the form's language", async () => {
    const page = await newPage(browser, { locale: "en-US" });
    await page.goto(`${h.baseUrl}/apply?lang=en`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByLabel("Company name", { exact: true }).fill("English Works株式会社");
    await page.getByLabel("Furigana", { exact: true }).fill("イングリッシュワークス");
    await page.getByLabel("Industry", { exact: true }).selectOption({ label: "Wholesale trade" });
    await page.getByLabel("Number of employees").fill("10");
    await page.getByLabel("Prefecture", { exact: true }).selectOption({ label: "Osaka" });
    await page.getByLabel("Address", { exact: true }).fill("大阪市北区1-1");
    await page.getByLabel("Contact person's name").fill("John Smith");
    await page.getByLabel("E-mail address").fill("john@example.com");
    await page.getByLabel("Phone number").fill("06-0000-0000");
    await page
      .getByRole("group", { name: "How did you hear about the program?" })
      .getByLabel("Seminar or event")
      .check();
    await page.getByRole("button", { name: "Apply" }).click();
    expect(await page.locator(".number").textContent()).toContain("Application number #");
    const id = Number(((await page.locator(".number").textContent()) ?? "").replace(/\D/g, ""));
    expect((await h.db.application.findUniqueOrThrow({ where: { id } })).contactLocale).toBe("en");
    const mail = await smtp.waitFor((m) => m.subject?.includes(`#${id}`) ?? false);
    expect(mail.subject).toContain("Application received");
    expect(mail.text).toContain("Dear John Smith,");
    await page.context().close();
  });

  it("refuses a POST without the CSRF token (403, nothing stored) and creates one application for a double submit", async () => {
    const before = await applicationCount();
    const forged = await fetch(`${h.baseUrl}/apply`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ company_name: "偽装株式会社" }).toString(),
    });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain("フォームの有効期限が切れました");
    expect(await applicationCount()).toBe(before);

    // Take a real form (cookie + token + submission key) and send it twice.
    const page = await newPage(browser, { javaScript: true });
    await page.goto(`${h.baseUrl}/apply`);
    await fillValid(page, "二重送信株式会社", "double@example.jp");
    await page.getByLabel("法人番号（13桁）（任意）").fill("");
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const fields = await page
      .locator("form input, form select, form textarea")
      .evaluateAll((els) =>
        els
          .filter((e) => !(e instanceof HTMLInputElement && e.type === "radio" && !e.checked))
          .map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value]),
      );
    const body = new URLSearchParams(fields as [string, string][]).toString();
    const send = () =>
      fetch(`${h.baseUrl}/apply`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
        body,
      });
    const [first, second] = await Promise.all([send(), send()]);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(first.headers.get("location")).toBe(second.headers.get("location"));
    expect(await applicationCount()).toBe(before + 1);
    await page.context().close();
  });

  it("answers a path with broken percent-encoding with the 400 page and a warning, never a crash", async () => {
    const before = await applicationCount();
    for (const path of ["/s/abc%FF%FE", "/s/%E0%A4%A/choose", "/apply%"]) {
      const res = await fetch(`${h.baseUrl}${path}`, { method: path.endsWith("choose") ? "POST" : "GET" });
      expect(res.status, path).toBe(400);
      expect(await res.text()).toContain("<html");
    }
    expect(await applicationCount()).toBe(before);
    expect(h.errors()).toEqual([]);
    expect(h.logs.some((l) => l.msg === "request with a malformed path refused" && l.level === "warn")).toBe(true);
    // Slack's endpoint and unknown paths still behave as before.
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });

  it("answers unknown paths with a 404 page, other methods with 405, and oversized bodies with 413", async () => {
    const missing = await fetch(`${h.baseUrl}/nothing-here?lang=en`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page not found");
    const put = await fetch(`${h.baseUrl}/apply`, { method: "PUT" });
    expect(put.status).toBe(405);
    const big = await fetch(`${h.baseUrl}/apply`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `company_name=${"a".repeat(70 * 1024)}`,
    });
    expect(big.status).toBe(413);
    expect((await fetch(`${h.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe("rate limit and mail without SMTP", () => {
  let limited: Harness;
  let dir: string;

  beforeAll(async () => {
    limited = await startHarness({
      web: true,
      appOptions: { webOptions: { rateLimit: { limit: 3, windowMs: 60_000 } } },
    });
    dir = limited.env.MAIL_DIR;
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it("writes the receipt as an .eml file when SMTP_URL is not set", async () => {
    const page = await newPage(browser);
    await page.goto(`${limited.baseUrl}/apply`);
    await fillValid(page, "ファイル保存株式会社", "file@example.jp");
    await page.getByRole("button", { name: "申し込む" }).click();
    expect(await page.locator(".number").textContent()).toContain("申込番号 #");
    await limited.settle();
    const files = readdirSync(dir).filter((f) => f.endsWith(".eml"));
    expect(files.length).toBe(1);
    const eml = readFileSync(`${dir}/${files[0]}`, "utf8");
    expect(eml).toContain("To: =?UTF-8?");
    expect(eml).toContain("file@example.jp");
    expect(eml).toMatch(/Message-ID: <desk\.[0-9a-f]{32}@example\.jp>/i);
    await page.context().close();
  });

  it("answers 429 with Retry-After once an address posted too often", async () => {
    const post = () =>
      fetch(`${limited.baseUrl}/apply`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: "company_name=x",
      });
    // The .eml test above used one of the three POSTs; two more pass (refused by CSRF), then 429.
    expect((await post()).status).toBe(403);
    expect((await post()).status).toBe(403);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.text()).toContain("しばらく待ってから");
  });
});
