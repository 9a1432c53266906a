import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { MATCHING_IDS as M } from "../../src/features/matching/matching-ids.js";
import { blocksToText } from "../../src/slack/blocks-to-text.js";
import { checkA11y, newPage, screenshot, startBrowser } from "../support/browser.js";
import { createExpert } from "../support/fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { startSmtp, type TestSmtp } from "../support/smtp.js";

const AKITA = 5;
const LINK = /https?:\/\/[^\s"<]+\/s\/[A-Za-z0-9_-]{43}/;
const EXPERT_PRIVATE = [
  "akita-yamada@private.example.jp",
  "090-5555-1111",
  "akita-ono@private.example.jp",
  "090-5555-2222",
];

let h: Harness;
let smtp: TestSmtp;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  h = await startHarness({ web: true, smtpUrl: smtp.url });
  browser = await startBrowser();
  await createExpert(h.db, {
    nameKanji: "秋田 山田",
    nameKana: "あきた やまだ",
    prefecture: AKITA,
    industries: ["E"],
    email: EXPERT_PRIVATE[0],
    phone: EXPERT_PRIVATE[1],
  });
  await createExpert(h.db, {
    nameKanji: "小野 <b>次郎</b>",
    nameKana: "おの じろう",
    prefecture: AKITA,
    qualification: "ITC",
    email: EXPERT_PRIVATE[2],
    phone: EXPERT_PRIVATE[3],
  });
});

afterAll(async () => {
  await browser?.close();
  await h?.stop();
  await smtp?.stop();
});

/** Applies through the public form in the browser, by its labels; returns the application number. */
async function applyInBrowser(company: string, email: string, opts: { lang?: "en"; employees?: string } = {}) {
  const page = await newPage(browser);
  await page.goto(`${h.baseUrl}/apply${opts.lang ? "?lang=en" : ""}`);
  const en = opts.lang === "en";
  await page.getByLabel(en ? "Company name" : "会社名", { exact: true }).fill(company);
  await page.getByLabel(en ? "Furigana" : "フリガナ", { exact: true }).fill("カブシキガイシャセンタク");
  await page.getByLabel(en ? "Industry" : "業種", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(en ? "Number of employees" : "従業員数（人）", { exact: !en }).fill(opts.employees ?? "25");
  await page.getByLabel(en ? "Prefecture" : "都道府県", { exact: true }).selectOption({ value: String(AKITA) });
  await page.getByLabel(en ? "Address" : "所在地", { exact: true }).fill("秋田市山王1-1-1");
  await page.getByLabel(en ? "Contact person's name" : "担当者名", { exact: true }).fill("佐藤 花子");
  await page.getByLabel(en ? "E-mail address" : "メールアドレス", { exact: true }).fill(email);
  await page.getByLabel(en ? "Phone number" : "電話番号", { exact: true }).fill("018-000-0000");
  await page.locator("fieldset input[type=radio]").first().check();
  await page.getByRole("button", { name: en ? "Apply" : "申し込む" }).click();
  const id = Number(/#(\d+)/.exec((await page.locator(".number").textContent()) ?? "")?.[1]);
  await page.context().close();
  expect(id).toBeGreaterThan(0);
  await h.settle();
  return id;
}

const mailTo = (email: string, subject: string) =>
  smtp.waitFor((m) => (m.subject?.includes(subject) ?? false) && JSON.stringify(m.to).includes(email));

function linkOf(mail: { text?: string }): string {
  const url = LINK.exec(mail.text ?? "")?.[0];
  if (!url) throw new Error(`no personal link in: ${mail.text}`);
  return url;
}

async function proposeTwo(applicationId: number) {
  await h.driver.clickButton(USERS.sec1.id, { actionId: M.proposeButton, value: String(applicationId) });
  await h.settle();
  const view = h.fake.lastView(USERS.sec1.id)!;
  expect(view.view.callback_id).toBe(M.proposeModal);
  const res = await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, { 企業に案内する人数: "2" }));
  expect(res.body?.response_action).toBeUndefined();
  await h.settle();
  return h.db.proposal.findFirstOrThrow({ where: { applicationId }, orderBy: { id: "desc" } });
}

function secretariatText(): string {
  return h.fake
    .messages(SECRETARIAT_CHANNEL)
    .map((m) => `${m.text}\n${blocksToText(m.blocks ?? [])}`)
    .join("\n");
}

describe("choosing an expert on the SME's own page", () => {
  let applicationId: number;
  let pageUrl: string;

  it("a web applicant screened valid in Slack gets the result by mail with the personal link", async () => {
    applicationId = await applyInBrowser("株式会社選択テスト", "choose@example.jp");
    await mailTo("choose@example.jp", "申込受付");
    await h.driver.clickButton(USERS.sec1.id, { actionId: APPLICATION_IDS.validButton, value: String(applicationId) });
    await h.settle();
    const mail = await mailTo("choose@example.jp", "審査結果のお知らせ（支援の対象となりました）");
    expect(mail.text).toContain("株式会社選択テスト\n佐藤 花子 様");
    expect(mail.text).toContain("審査の結果、本事業の支援の対象となりました");
    expect(mail.text).toContain(`#${applicationId}`);
    pageUrl = linkOf(mail);
    // The same link as in the receipt: no new token was issued for the second mail.
    expect(await h.db.smeLink.count({ where: { applicationId } })).toBe(1);
  });

  it("the secretariat's proposal mails the candidates' public profiles only, with the link to choose", async () => {
    await proposeTwo(applicationId);
    const mail = await mailTo("choose@example.jp", "担当専門家の候補のご案内");
    expect(mail.text).toContain("秋田 山田（あきた やまだ）");
    expect(mail.text).toContain("ITコーディネータ（ITC）");
    expect(mail.text).toContain("拠点: 秋田県");
    expect(linkOf(mail)).toBe(pageUrl);
    for (const p of EXPERT_PRIVATE) {
      expect(mail.text).not.toContain(p);
      expect(String(mail.html)).not.toContain(p);
    }
    // The expert's hostile name is text in the HTML part, never markup.
    expect(String(mail.html)).toContain("小野 &lt;b>次郎&lt;/b>");
    expect(String(mail.html)).not.toContain("<b>次郎");
  });

  it("the SME opens the link, sees a card per candidate and chooses by button; Slack shows SMEがWebで選択", async () => {
    const page = await newPage(browser);
    await page.goto(pageUrl);
    const cards = page.locator("article.card");
    expect(await cards.count()).toBe(2);
    const body = (await page.content()) ?? "";
    for (const p of EXPERT_PRIVATE) expect(body).not.toContain(p);
    expect(await page.getByRole("button", { name: "この専門家を選ぶ" }).count()).toBe(2);
    expect(await page.locator("a", { hasText: "この専門家を選ぶ" }).count()).toBe(0);
    await screenshot(page, "sme-choose-375");
    expect(await checkA11y(page)).toEqual([]);

    // A second tab opened before the choice: its buttons go stale.
    const stale = await page.context().newPage();
    await stale.goto(pageUrl);

    await cards.filter({ hasText: "秋田 山田" }).getByRole("button", { name: "この専門家を選ぶ" }).click();
    expect(page.url()).toContain("/chosen");
    expect(await page.locator("main").textContent()).toContain(
      "秋田 山田さんを選びました。事務局の承認後にご連絡します。",
    );
    expect(await checkA11y(page)).toEqual([]);
    const app = await h.db.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(app).toMatchObject({ status: "chosen", chosenVia: "web" });
    await h.settle();
    const slack = secretariatText();
    expect(slack).toContain("秋田 山田 さんが選ばれました（SMEがWebで選択）");
    expect(slack).toContain("SMEがWebで選択");
    expect(
      await h.db.auditLog.count({
        where: { actor: "web", action: "matching.choose", entityId: String(applicationId) },
      }),
    ).toBe(1);

    // The same choice again (back button, double click): one choice, the confirmation again.
    await stale.locator("article.card", { hasText: "秋田 山田" }).getByRole("button").click();
    expect(stale.url()).toContain("/chosen");
    // Once chosen, the page offers no more choice buttons; still one choice in the audit log.
    await stale.goto(pageUrl);
    expect(await stale.locator("article.card").count()).toBe(0);
    expect(await h.db.auditLog.count({ where: { action: "matching.choose", entityId: String(applicationId) } })).toBe(
      1,
    );
    await page.context().close();
  });

  it("a closed proposal or a candidate not in it is refused on the page and changes nothing", async () => {
    const otherId = await applyInBrowser("株式会社締切テスト", "closed@example.jp");
    await h.driver.clickButton(USERS.sec1.id, { actionId: APPLICATION_IDS.validButton, value: String(otherId) });
    await h.settle();
    const proposal = await proposeTwo(otherId);
    const url = linkOf(await mailTo("closed@example.jp", "担当専門家の候補のご案内"));
    const page = await newPage(browser);
    await page.goto(url);
    // A forged candidate id in the form.
    await page
      .locator("input[name=expert]")
      .first()
      .evaluate((el) => ((el as HTMLInputElement).value = "999999"));
    await page.getByRole("button", { name: "この専門家を選ぶ" }).first().click();
    expect(await page.locator(".error-summary").textContent()).toContain("ご案内中の候補に含まれていません");
    // Withdrawn meanwhile: the withdrawal mail arrives, and the old buttons say the candidates are closed.
    await page.goto(url);
    await h.services.matching.withdraw(await h.services.roles.resolveActor(USERS.sec1.id), proposal.id, "候補者の都合");
    await h.settle();
    const withdrawn = await mailTo("closed@example.jp", "取り下げ");
    expect(withdrawn.text).toContain("改めて候補を選び");
    await page.getByRole("button", { name: "この専門家を選ぶ" }).first().click();
    expect(await page.locator(".error-summary").textContent()).toContain("締め切られています");
    expect((await h.db.application.findUniqueOrThrow({ where: { id: otherId } })).status).toBe("valid");
    await page.context().close();
  });

  it("a choice the secretariat cannot approve: the SME is told by mail that new candidates will follow", async () => {
    const otherId = await applyInBrowser("株式会社不承認テスト", "reject@example.jp");
    await h.driver.clickButton(USERS.sec1.id, { actionId: APPLICATION_IDS.validButton, value: String(otherId) });
    await h.settle();
    const proposal = await proposeTwo(otherId);
    // The secretariat channel says the candidates went out by mail (not "tell them by phone").
    const posted = h.fake
      .messages(SECRETARIAT_CHANNEL)
      .find((m) => JSON.stringify(m.blocks ?? []).includes(`matching_open_${proposal.id}`));
    expect(blocksToText(posted?.blocks ?? [])).toContain("候補をメールで案内しました");
    const url = linkOf(await mailTo("reject@example.jp", "担当専門家の候補のご案内"));
    const page = await newPage(browser);
    await page.goto(url);
    await page.getByRole("button", { name: "この専門家を選ぶ" }).first().click();
    await page.context().close();
    await h.settle();
    await h.driver.clickButton(USERS.sec1.id, { actionId: M.rejectButton, value: String(otherId) });
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(M.rejectModal);
    const res = await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, { 不承認の理由: "専門家の都合" }));
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const mail = await mailTo("reject@example.jp", "担当専門家の再度のご案内について");
    expect(mail.text).toContain("改めて候補を選び");
    expect(mail.text).not.toContain("専門家の都合"); // the internal reason stays internal
    expect(linkOf(mail)).toBe(url);
    expect((await h.db.application.findUniqueOrThrow({ where: { id: otherId } })).status).toBe("valid");
  });

  it("the secretariat approves in Slack: the matching-result mail names the expert and the next step", async () => {
    await h.driver.clickButton(USERS.sec1.id, { actionId: M.approveButton, value: String(applicationId) });
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(M.approveModal);
    const res = await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, {}));
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const mail = await mailTo("choose@example.jp", "担当の専門家が決まりました");
    expect(mail.text).toContain("秋田 山田（あきた やまだ） 様に決まりました");
    expect(mail.text).toContain("候補日をご提案します");
    expect(linkOf(mail)).toBe(pageUrl);
    for (const p of EXPERT_PRIVATE) expect(mail.text).not.toContain(p);
  });

  it("an invalid application gets the reason in words, in the language of the form", async () => {
    const id = await applyInBrowser("Big Works Ltd", "invalid@example.jp", { lang: "en" });
    await h.driver.clickButton(USERS.sec1.id, { actionId: APPLICATION_IDS.invalidButton, value: String(id) });
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(APPLICATION_IDS.invalidModal);
    await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, { 理由: "中小企業に該当しない" }));
    await h.settle();
    const mail = await mailTo("invalid@example.jp", "The result of your application");
    expect(mail.text).toContain("Dear 佐藤 花子,");
    expect(mail.text).toContain("not an SME under the SME Basic Act");
    const page = await newPage(browser);
    expect((await page.goto(linkOf(mail)))?.status()).toBe(200);
    await page.context().close();
  });

  it("/desk link resend: a new link by mail, the old one shows the plain 404 page", async () => {
    await h.driver.command(USERS.sec1.id, "/desk", `link ${applicationId}`);
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)?.body ?? "")).toContain("SMEにリンクを再送する");
    await h.driver.command(USERS.sec1.id, "/desk", `link ${applicationId} resend`);
    await h.settle();
    const mail = await mailTo("choose@example.jp", "リンクを再発行しました");
    const fresh = linkOf(mail);
    expect(fresh).not.toBe(pageUrl);
    const page = await newPage(browser);
    const old = await page.goto(pageUrl);
    expect(old?.status()).toBe(404);
    expect(await page.content()).not.toContain("株式会社選択テスト");
    expect((await page.goto(fresh))?.status()).toBe(200);
    expect(await page.content()).toContain("株式会社選択テスト");
    await page.context().close();
    expect(await h.db.auditLog.count({ where: { action: "sme_link.revoke", entityId: String(applicationId) } })).toBe(
      1,
    );
  });
});
