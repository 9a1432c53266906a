/**
 * The SME's side of first-visit mediation, for a web applicant who is never in Slack: the expert
 * proposes dates in Slack, the SME gets them by e-mail with its personal link, confirms one (or
 * asks for others) in a real browser, and both sides hear of it in Slack; the confirmation mail
 * carries a calendar entry that later changes of the visit update.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_VISIT_IDS } from "../../src/features/first-visits/first-visits-ids.js";
import { blocksToText } from "../../src/slack/blocks-to-text.js";
import { checkA11y, newPage, screenshot, startBrowser } from "../support/browser.js";
import { createCase, createExpert } from "../support/fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { applyInBrowserInEnglish, applyInBrowser as applyOnWeb } from "../support/sme-web.js";
import { type ReceivedMail, startSmtp, type TestSmtp } from "../support/smtp.js";
import { lastDm } from "../support/visit-fixtures.js";

const AICHI = 23;
const EXPERT = USERS.expert1.id;
const SEC = USERS.sec1.id;
const PLACE = "場所（住所・事業所名、オンラインの場合は会議ツール）";

let h: Harness;
let smtp: TestSmtp;
let browser: Browser;
let expertId: number;

beforeAll(async () => {
  smtp = await startSmtp();
  h = await startHarness({ web: true, smtpUrl: smtp.url, now: "2019-10-01T10:00:00" });
  browser = await startBrowser();
  const expert = await createExpert(h.db, {
    slackUserId: EXPERT,
    nameKanji: "山田 太郎",
    nameKana: "やまだ たろう",
    capacity: 5,
  });
  expertId = expert.id;
});

afterAll(async () => {
  await browser?.close();
  await h?.stop();
  await smtp?.stop();
});

/** Applies on the public form in the browser, filling it by its labels; the application id. */
function applyInBrowser(company: string, email: string): Promise<number> {
  return applyOnWeb(browser, h.baseUrl, { company, email, prefecture: AICHI, address: "名古屋市中区1-2-3" });
}

/** The web applicant's case with our expert, approved on 2019-09-20 (the matching itself is tested elsewhere). */
async function matchedCase(applicationId: number) {
  return createCase(h.db, {
    applicationId,
    expertId,
    approvedOn: "2019-09-20",
    approvedAt: new Date("2019-09-20T01:00:00Z"),
  });
}

/** The expert proposes dates through the Slack modal, filled by its labels. */
async function propose(caseId: number, slots: [string, string][], note = "") {
  await h.driver.clickButton(EXPERT, { actionId: FIRST_VISIT_IDS.proposeButton, value: String(caseId) });
  await h.settle();
  const view = h.fake.lastView(EXPERT)!;
  expect(view.view.callback_id).toBe(FIRST_VISIT_IDS.proposeModal);
  const values: Record<string, string> = { 訪問の方法: "訪問（対面）", [PLACE]: "本社会議室" };
  if (note) values["SMEへのメモ"] = note;
  slots.forEach(([date, time], i) => {
    values[`候補${i + 1}の日付`] = date;
    values[`候補${i + 1}の開始時刻（日本時間）`] = time;
  });
  const res = await h.driver.submitView(EXPERT, view, h.driver.fill(view, values));
  await h.settle();
  expect(res.body?.response_action).not.toBe("errors");
  return h.db.firstVisitProposal.findFirstOrThrow({ where: { caseId, status: "open" } });
}

const seen = new Set<ReceivedMail>();
/** The next mail not yet looked at, to `to`, whose subject contains `subject`. */
async function nextMail(to: string, subject: string): Promise<ReceivedMail> {
  const mail = await smtp.waitFor(
    (m) => !seen.has(m) && m.envelopeTo.includes(to) && (m.subject ?? "").includes(subject),
  );
  seen.add(mail);
  return mail;
}

function linkIn(mail: ReceivedMail): string {
  const url = /http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]+/.exec(mail.text ?? "")?.[0];
  expect(url, mail.text).toBeDefined();
  return url as string;
}

function calendarOf(mail: ReceivedMail): string {
  const ics = mail.attachments.find((a) => a.contentType === "text/calendar");
  expect(ics, JSON.stringify(mail.attachments.map((a) => a.contentType))).toBeDefined();
  return ics!.content.toString("utf8");
}

function card(page: Page, text: string) {
  return page.locator(".card", { hasText: text });
}

describe("first-visit mediation for an SME outside Slack", () => {
  it("dates by mail, confirmed in the browser: visit 1 is planned, Slack hears it from the web, the mail has a calendar entry", async () => {
    const email = "sato-fv@example.jp";
    const id = await applyInBrowser("株式会社訪問テスト<b>", email);
    const receipt = await nextMail(email, "申込受付のお知らせ");
    const c = await matchedCase(id);

    const p = await propose(
      c.id,
      [
        ["2019-10-08", "10:00"],
        ["2019-10-10", "14:00"],
      ],
      "駐車場は建物の裏です",
    );
    const mail = await nextMail(email, "初回訪問の候補日のご案内");
    expect(mail.subject).toContain(`#${id}`);
    const text = mail.text ?? "";
    expect(text.split("\n").slice(0, 2)).toEqual(["株式会社訪問テスト<b>", "佐藤 花子 様"]);
    expect(text).toContain("担当の専門家 山田 太郎 様との初回訪問について、候補日をご案内します。");
    expect(text).toContain("候補1: 10月8日(火) 10:00");
    expect(text).toContain("候補2: 10月10日(木) 14:00");
    expect(text).toContain("方法: 訪問（対面）（本社会議室）");
    expect(text).toContain("専門家からのメモ: 駐車場は建物の裏です");
    expect(text).toContain("指導事業 事務局");
    expect(String(mail.html)).toContain("株式会社訪問テスト&lt;b>");
    expect(String(mail.html)).not.toContain("訪問テスト<b>");
    // The same personal link as in the receipt: mailing the dates did not revoke it.
    const link = linkIn(mail);
    expect(link).toBe(linkIn(receipt));

    const page = await newPage(browser);
    await page.goto(link);
    expect(await page.getByRole("heading", { name: "初回訪問の日程をお選びください" }).count()).toBe(1);
    expect(await page.locator(".card").count()).toBe(2);
    expect(await page.getByRole("button", { name: "この日時で確定する" }).count()).toBe(2);
    expect(await page.getByText("駐車場は建物の裏です").count()).toBe(1);
    expect(await page.getByLabel("ご都合のよい日時やご希望").count()).toBe(1);
    expect(await page.getByRole("button", { name: "別の日程を依頼する" }).count()).toBe(1);
    await screenshot(page, "sme-first-visit-dates-375");
    expect(await checkA11y(page)).toEqual([]);

    // Keep the chosen form's fields: the same POST again must change nothing.
    const chosen = card(page, "10月10日(木) 14:00");
    const fields = Object.fromEntries(
      await chosen
        .locator("input[type=hidden]")
        .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
    ) as Record<string, string>;
    const action = (await chosen.locator("form").getAttribute("action")) ?? "";
    await chosen.getByRole("button", { name: "この日時で確定する" }).click();
    expect(await page.locator("h1").textContent()).toBe("第1回訪問を 10月10日(木) 14:00 に確定しました");
    expect(page.url()).toContain("/first-visit/confirmed");
    await screenshot(page, "sme-first-visit-confirmed-375");
    expect(await checkA11y(page)).toEqual([]);
    await h.settle();

    const visit = await h.db.visit.findFirstOrThrow({ where: { caseId: c.id, round: 1 } });
    expect(visit).toMatchObject({ status: "scheduled", mode: "onsite", place: "本社会議室" });
    expect(visit.scheduledAt?.toISOString()).toBe("2019-10-10T05:00:00.000Z");
    expect(await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      status: "confirmed",
      chosenOption: 2,
      answeredVia: "sme_web",
      answeredBy: `sme_web:${id}`,
      visitId: visit.id,
    });
    const dm = lastDm(h, EXPERT);
    expect(dm.text).toContain("初回訪問が 10月10日(木) 14:00 に確定しました");
    expect(blocksToText(dm.blocks ?? [])).toContain("SMEがWebで回答");
    const posted = h.fake
      .messages(SECRETARIAT_CHANNEL)
      .find((m) => m.text.includes("確定しました") && m.text.includes(`#${c.id}`));
    expect(posted, JSON.stringify(h.fake.messages(SECRETARIAT_CHANNEL).map((m) => m.text))).toBeDefined();
    expect(blocksToText(posted?.blocks ?? [])).toContain("SMEがWebで回答");

    // The confirmation mail: the date, and a calendar entry in UTC with a stable UID.
    const confirmed = await nextMail(email, "第1回訪問の日程確定");
    expect(confirmed.subject).toContain("10月10日(木) 14:00");
    expect(confirmed.text).toContain(
      "専用ページでのご回答ありがとうございます。第1回の訪問を 10月10日(木) 14:00 に確定しました。",
    );
    const ics = calendarOf(confirmed);
    const uid = `visit-${visit.id}.case-${c.id}@127.0.0.1`;
    expect(ics).toContain("METHOD:PUBLISH");
    expect(ics).toContain(`UID:${uid}`);
    expect(ics).toContain("DTSTART:20191010T050000Z");
    expect(ics).toContain("DURATION:PT2H");
    expect(ics).toContain("SUMMARY:情報セキュリティ指導 第1回訪問");
    expect(ics).toContain("LOCATION:本社会議室");
    expect(ics).toContain("SEQUENCE:0");
    expect(ics).toMatch(/ORGANIZER;CN="?セキュリティ指導デスク事務局"?:MAILTO:desk@example\.jp/);

    // The page's download is the same entry, personal (no-store).
    const href = (await page.getByRole("link", { name: /カレンダーに登録する/ }).getAttribute("href")) ?? "";
    const download = await page.request.get(new URL(href, h.baseUrl).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toContain("text/calendar");
    expect(download.headers()["cache-control"]).toBe("no-store");
    const downloaded = await download.text();
    expect(downloaded).toContain(`UID:${uid}`);
    expect(downloaded).toContain("DTSTART:20191010T050000Z");

    // The same answer again (a double click, a resent form): nothing twice, the same confirmation.
    const outbox = await h.db.outboxMessage.count();
    const audit = await h.db.auditLog.count();
    const again = await page.request.post(new URL(action, h.baseUrl).toString(), { form: fields, maxRedirects: 0 });
    expect(again.status()).toBe(303);
    expect(again.headers().location).toContain("/first-visit/confirmed");
    await h.settle();
    expect(await h.db.outboxMessage.count()).toBe(outbox);
    expect(await h.db.auditLog.count()).toBe(audit);
    expect(await h.db.visit.count({ where: { caseId: c.id } })).toBe(1);

    // The page now shows the planned visit and no dates to choose.
    await page.getByRole("link", { name: "お申込みのページに戻る" }).click();
    expect(await page.locator("table.facts").textContent()).toContain("第1回 訪問予定");
    expect(await page.locator("table.facts").textContent()).toContain("2019年10月10日(木) 14:00");
    expect(await page.locator(".card").count()).toBe(0);
    await page.context().close();

    // The visit moves: the same UID with a higher SEQUENCE; then it is cancelled: METHOD:CANCEL.
    const expert = await h.services.roles.resolveActor(EXPERT);
    await h.services.visits.schedule.reschedule(
      expert,
      visit.id,
      { caseId: c.id, round: 1, date: "2019-10-11", time: "13:00", mode: "onsite", place: "本社会議室" },
      "先方の都合",
    );
    await h.settle();
    const moved = await nextMail(email, "第1回訪問の日程変更");
    expect(moved.text).toContain("第1回の訪問の日程を 10月11日(金) 13:00 に変更しました。");
    expect(moved.text).toContain("理由: 先方の都合");
    const movedIcs = calendarOf(moved);
    expect(movedIcs).toContain(`UID:${uid}`);
    expect(movedIcs).toContain("DTSTART:20191011T040000Z");
    expect(movedIcs).toContain("SEQUENCE:1");
    await h.services.visits.schedule.cancel(expert, visit.id, "台風のため");
    await h.settle();
    const cancelled = await nextMail(email, "第1回訪問の取消し");
    const cancelIcs = calendarOf(cancelled);
    expect(cancelIcs).toContain("METHOD:CANCEL");
    expect(cancelIcs).toContain("STATUS:CANCELLED");
    expect(cancelIcs).toContain(`UID:${uid}`);
    expect(cancelIcs).toContain("SEQUENCE:2");
    expect(h.errors()).toEqual([]);
  });

  it("none fits in the browser: the expert is told the note, proposes again, a stale page is refused clearly", async () => {
    const email = "none-fits@example.jp";
    const id = await applyInBrowser("株式会社日程調整", email);
    await nextMail(email, "申込受付のお知らせ");
    const c = await matchedCase(id);
    const first = await propose(c.id, [["2019-10-08", "10:00"]]);
    const link = linkIn(await nextMail(email, "初回訪問の候補日のご案内"));

    const page = await newPage(browser);
    await page.goto(link);
    // Only spaces: refused next to the field, with the summary on top linking to it.
    await page.getByLabel("ご都合のよい日時やご希望").fill("   ");
    await page.getByRole("button", { name: "別の日程を依頼する" }).click();
    const summary = page.locator(".error-summary");
    expect(await summary.locator("a[href='#fv-note']").textContent()).toContain(
      "ご都合のよい日時やご希望を入力してください",
    );
    const note = page.getByLabel("ご都合のよい日時やご希望");
    expect(await note.getAttribute("aria-invalid")).toBe("true");
    expect(await note.getAttribute("aria-describedby")).toContain("fv-note-error");
    expect(await checkA11y(page)).toEqual([]);
    // Too long (beyond what the field lets a person type): refused, the text kept.
    const form = page.locator("form", { has: page.getByRole("button", { name: "別の日程を依頼する" }) });
    const hidden = Object.fromEntries(
      await form
        .locator("input[type=hidden]")
        .evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value])),
    ) as Record<string, string>;
    const long = await page.request.post(new URL((await form.getAttribute("action")) ?? "", h.baseUrl).toString(), {
      form: { ...hidden, note: "あ".repeat(501) },
      maxRedirects: 0,
    });
    expect(long.status()).toBe(422);
    expect(await long.text()).toContain("ご希望は500文字以内で入力してください（いま501文字）");
    expect((await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("open");

    await note.fill("火曜の午後なら都合がつきます <b>太字</b>");
    await page.getByRole("button", { name: "別の日程を依頼する" }).click();
    expect(await page.locator("h1").textContent()).toBe("別の日程のご希望をお伝えしました");
    expect(await page.locator("table.facts td").textContent()).toBe("火曜の午後なら都合がつきます <b>太字</b>");
    expect(await checkA11y(page)).toEqual([]);
    await h.settle();
    expect(await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      status: "declined",
      answeredVia: "sme_web",
      answerNote: "火曜の午後なら都合がつきます <b>太字</b>",
    });
    const dm = lastDm(h, EXPERT);
    expect(dm.text).toContain("いずれも都合が合わない");
    const dmText = blocksToText(dm.blocks ?? []);
    expect(dmText).toContain("SMEがWebで回答");
    expect(JSON.stringify(dm.blocks)).toContain("火曜の午後なら都合がつきます &lt;b&gt;太字&lt;/b&gt;");
    // On the web the page confirmed it: no acknowledgement mail.
    expect(smtp.messages().filter((m) => (m.subject ?? "").includes("ご希望を承りました"))).toEqual([]);

    // The expert proposes again: a new mail with the same link; the page shows the new dates.
    await propose(c.id, [
      ["2019-10-15", "14:00"],
      ["2019-10-17", "14:00"],
    ]);
    const second = await nextMail(email, "初回訪問の候補日のご案内");
    expect(second.text).toContain("候補1: 10月15日(火) 14:00");
    expect(linkIn(second)).toBe(link);
    await page.goto(link);
    expect(await page.locator(".card").count()).toBe(2);

    // While that page is open the expert replaces the dates: the mail says so, the old form is refused.
    await propose(c.id, [["2019-10-18", "10:00"]]);
    const third = await nextMail(email, "初回訪問の候補日のご案内");
    expect(third.text).toContain("先にご案内した候補日は取り消し、新しい候補日に差し替えました。");
    await card(page, "10月15日(火) 14:00").getByRole("button", { name: "この日時で確定する" }).click();
    expect(await page.locator(".error-summary").textContent()).toContain(
      "この候補日は新しい提案に置き換えられています。最新の提案から選んでください。",
    );
    expect(await page.locator(".card").count()).toBe(1);
    expect(await page.locator(".card").textContent()).toContain("10月18日(金) 10:00");
    await screenshot(page, "sme-first-visit-stale-375");
    expect(await checkA11y(page)).toEqual([]);
    expect(await h.db.visit.count({ where: { caseId: c.id } })).toBe(0);

    // The latest dates are confirmed from the same page.
    await card(page, "10月18日(金) 10:00").getByRole("button", { name: "この日時で確定する" }).click();
    expect(await page.locator("h1").textContent()).toBe("第1回訪問を 10月18日(金) 10:00 に確定しました");
    await page.context().close();
    expect(h.errors()).toEqual([]);
  });

  it("in English for an English form; none fits recorded by the secretariat is acknowledged by mail; a foreign token opens nothing", async () => {
    const id = await applyInBrowserInEnglish(browser, h.baseUrl, {
      company: "Visit Works株式会社",
      email: "john-fv@example.com",
    });
    const c = await matchedCase(id);
    const p = await propose(c.id, [["2019-10-09", "10:00"]]);
    const mail = await nextMail("john-fv@example.com", "Dates proposed for your first visit");
    expect(mail.text).toContain("Dear John Smith,");
    expect(mail.text).toContain("Date 1: Wed, Oct 9 10:00");
    const page = await newPage(browser, { locale: "en-US" });
    await page.goto(linkIn(mail));
    expect(await page.getByRole("button", { name: "Confirm this date" }).count()).toBe(1);
    expect(await page.getByLabel("Days and times that suit you").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Ask for other dates" }).count()).toBe(1);
    expect(await checkA11y(page)).toEqual([]);

    // The SME phones instead; the secretariat records "none fits": the SME gets an acknowledgement.
    const sec = await h.services.roles.resolveActor(SEC);
    await h.services.firstVisits.askForOthers(
      { kind: "secretariat", actor: sec, channel: "phone" },
      p.id,
      "Mornings only",
    );
    await h.settle();
    const ack = await nextMail("john-fv@example.com", "We have your wishes");
    expect(ack.text).toContain("Your wishes: Mornings only");

    // Another application's proposal through this token (with a valid CSRF field taken from the
    // other application's page): the plain not-found page, nothing changed.
    const ownToken = new URL(linkIn(mail)).pathname.split("/")[2];
    const other = await applyInBrowser("株式会社よそ", "other-fv@example.jp");
    const otherCase = await matchedCase(other);
    const foreign = await propose(otherCase.id, [["2019-10-09", "15:00"]]);
    await page.goto(linkIn(await nextMail("other-fv@example.jp", "初回訪問の候補日のご案内")));
    const csrf = (await page.locator(".card form input[name=_csrf]").getAttribute("value")) ?? "";
    const res = await page.request.post(`${h.baseUrl}/s/${ownToken}/first-visit/confirm`, {
      form: { _csrf: csrf, lang: "en", proposal: String(foreign.id), option: "1" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(404);
    expect(await res.text()).not.toContain("株式会社よそ");
    const tampered = await page.request.get(`${h.baseUrl}/s/${ownToken}x/first-visit.ics`);
    expect(tampered.status()).toBe(404);
    expect((await h.db.firstVisitProposal.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("open");
    await page.context().close();
    expect(h.errors()).toEqual([]);
  });
});
