/**
 * The whole program for an SME that is never in Slack: it applies on the public form, and from
 * then on learns everything by e-mail and acts only through its personal link (choose the expert,
 * confirm the first visit, answer the survey), while the secretariat and the expert work in Slack
 * (screening, proposal, approval, first-visit dates, four visits and their reports).
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { FIRST_VISIT_IDS } from "../../src/features/first-visits/first-visits-ids.js";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { blocksToText } from "../../src/slack/blocks-to-text.js";
import { checkA11y, newPage, startBrowser } from "../support/browser.js";
import { createExpert } from "../support/fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { applyInBrowser, mailTo, personalLink } from "../support/sme-web.js";
import { startSmtp, type TestSmtp } from "../support/smtp.js";
import {
  acceptReport,
  activeVisit,
  latestReport,
  openReport,
  scheduleVisit,
  submitReport,
} from "../support/visit-fixtures.js";

const AKITA = 5;
const EMAIL = "journey@example.jp";
const COMPANY = "株式会社秋田ジャーニー";
const SEC = USERS.sec1.id;
const EXPERT = USERS.expert1.id;

let h: Harness;
let smtp: TestSmtp;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  h = await startHarness({ web: true, smtpUrl: smtp.url, now: "2019-10-01T10:00:00" });
  browser = await startBrowser();
  await createExpert(h.db, {
    slackUserId: EXPERT,
    nameKanji: "山田 太郎",
    nameKana: "やまだ たろう",
    prefecture: AKITA,
    industries: ["E"],
  });
});

afterAll(async () => {
  await browser?.close();
  await h?.stop();
  await smtp?.stop();
});

async function open(url: string): Promise<Page> {
  const page = await newPage(browser);
  const res = await page.goto(url);
  expect(res?.status()).toBe(200);
  return page;
}

async function click(user: string, actionId: string, value: string) {
  await h.driver.clickButton(user, { actionId, value });
  await h.settle();
  return h.fake.lastView(user);
}

/** Visit `round` planned (rounds 2–4 by the expert in Slack), held, reported and accepted. */
async function holdVisit(caseId: number, round: number, day: string) {
  if (round > 1) {
    const res = await scheduleVisit(h, caseId, { date: day });
    expect(res.body?.response_action, JSON.stringify(res.body)).toBeUndefined();
  }
  const visit = await activeVisit(h, caseId, round);
  h.clock.set(`${day}T17:00:00`);
  const form = await openReport(h, visit.id);
  const res = await submitReport(h, form, round, { 実施日: day });
  expect(res.body?.response_action, JSON.stringify(res.body)).toBeUndefined();
  await acceptReport(h, (await latestReport(h, visit.id)).id);
}

describe("an SME outside Slack, from the web form to the survey", () => {
  it("applies, chooses, confirms, is visited four times and answers the survey with only e-mail and its link", async () => {
    // 1. The public form; the receipt mail carries the personal link.
    const id = await applyInBrowser(browser, h.baseUrl, { company: COMPANY, email: EMAIL, prefecture: AKITA });
    await h.settle();
    const receipt = await mailTo(smtp, EMAIL, `申込受付のお知らせ`);
    expect(receipt.text).toContain(`${COMPANY}\n佐藤 花子 様`);
    const link = personalLink(receipt);
    let page = await open(link);
    expect(await page.locator(".panel-title").textContent()).toBe("受付済み・審査中");
    await page.context().close();

    // 2. The secretariat screens it in Slack; the result comes by mail with the same link.
    expect(h.fake.messages(SECRETARIAT_CHANNEL).some((m) => m.text.includes(`#${id}`))).toBe(true);
    await click(SEC, APPLICATION_IDS.validButton, String(id));
    const screened = await mailTo(smtp, EMAIL, "審査結果のお知らせ");
    expect(personalLink(screened)).toBe(link);

    // 3. The secretariat proposes the candidate; the SME chooses on its page.
    const propose = await click(SEC, MATCHING_IDS.proposeButton, String(id));
    expect(propose?.view.callback_id).toBe(MATCHING_IDS.proposeModal);
    await h.driver.submitView(SEC, propose!, h.driver.fill(propose!, { 企業に案内する人数: "1" }));
    await h.settle();
    const candidates = await mailTo(smtp, EMAIL, "担当専門家の候補のご案内");
    expect(candidates.text).toContain("山田 太郎");
    page = await open(personalLink(candidates));
    await page.getByRole("button", { name: "この専門家を選ぶ" }).click();
    expect(await page.locator("h1").textContent()).toContain("山田 太郎");
    expect(await checkA11y(page)).toEqual([]);
    await page.context().close();
    await h.settle();
    expect(
      h.fake
        .messages(SECRETARIAT_CHANNEL)
        .map((m) => `${m.text}\n${blocksToText(m.blocks ?? [])}`)
        .join("\n"),
    ).toContain("SMEがWebで選択");

    // 4. The secretariat approves; the SME is told who its expert is.
    const approve = await click(SEC, MATCHING_IDS.approveButton, String(id));
    expect(approve?.view.callback_id).toBe(MATCHING_IDS.approveModal);
    await h.driver.submitView(SEC, approve!, h.driver.fill(approve!, {}));
    await h.settle();
    const matched = await mailTo(smtp, EMAIL, "担当の専門家が決まりました");
    expect(matched.text).toContain("山田 太郎");
    const c = await h.db.case.findUniqueOrThrow({ where: { applicationId: id } });

    // 5. The expert proposes first-visit dates in Slack; the SME confirms one on its page.
    const fv = await click(EXPERT, FIRST_VISIT_IDS.proposeButton, String(c.id));
    expect(fv?.view.callback_id).toBe(FIRST_VISIT_IDS.proposeModal);
    await h.driver.submitView(
      EXPERT,
      fv!,
      h.driver.fill(fv!, {
        訪問の方法: "訪問（対面）",
        "場所（住所・事業所名、オンラインの場合は会議ツール）": "本社会議室",
        候補1の日付: "2019-10-08",
        "候補1の開始時刻（日本時間）": "10:00",
        候補2の日付: "2019-10-10",
        "候補2の開始時刻（日本時間）": "14:00",
      }),
    );
    await h.settle();
    const dates = await mailTo(smtp, EMAIL, "初回訪問の候補日のご案内");
    expect(dates.text).toContain("10月8日(火) 10:00");
    page = await open(personalLink(dates));
    await page
      .locator(".card", { hasText: "10月8日(火) 10:00" })
      .getByRole("button", { name: "この日時で確定する" })
      .click();
    expect(await page.locator("h1").textContent()).toBe("第1回訪問を 10月8日(火) 10:00 に確定しました");
    await page.context().close();
    await h.settle();
    page = await open(link);
    expect(await page.locator("main").textContent()).toContain("第1回の訪問は 2019年10月8日(火) 10:00 の予定です。");
    await page.context().close();
    const confirmed = await mailTo(smtp, EMAIL, "第1回訪問の日程確定");
    expect(confirmed.attachments.some((a) => a.filename?.endsWith(".ics"))).toBe(true);
    expect(h.fake.messages(EXPERT).at(-1)?.text).toContain("10月8日(火) 10:00");

    // 6. Four visits, each reported by the expert and accepted by the secretariat, in Slack.
    await holdVisit(c.id, 1, "2019-10-08");
    await holdVisit(c.id, 2, "2019-10-22");
    await holdVisit(c.id, 3, "2019-11-05");
    await holdVisit(c.id, 4, "2019-11-19");
    expect((await h.db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("completed");

    // 7. Completion and the survey invitation by mail; the SME answers the survey on its page.
    const done = await mailTo(smtp, EMAIL, "訪問指導完了のお知らせ");
    expect(personalLink(done)).toBe(link);
    const invite = await mailTo(smtp, EMAIL, "アンケートのお願い");
    page = await open(`${personalLink(invite)}/survey`);
    await page.getByLabel("貴社の業種を選んでください").selectOption({ label: "製造業" });
    await page.getByRole("group", { name: "貴社の従業員数を選んでください" }).getByLabel("21〜50人").check();
    for (const [question, answer] of [
      [/成果が得られましたか/, "十分に得られた"],
      [/専門家の知識・専門性/, "高い"],
      [/専門家とのやり取り/, "スムーズだった"],
      [/適正だと思う金額/, "12万円以上18万円未満"],
      [/今後も情報セキュリティの専門家/, "定常的な支援を希望する"],
    ] as const)
      await page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
    await page.getByRole("button", { name: "回答を送信する" }).click();
    expect(await page.locator("h1").textContent()).toBe("ご回答ありがとうございました");
    await page.context().close();
    await h.settle();
    const response = await h.db.surveyResponse.findFirstOrThrow({ where: { caseId: c.id, audience: "sme" } });
    expect(response).toMatchObject({ status: "answered", enteredBy: "web" });

    // The SME never had a Slack user: everything it received came by mail, each with the same link.
    const application = await h.db.application.findUniqueOrThrow({ where: { id } });
    expect(application.contactSlackUserId).toBeNull();
    const mails = smtp.messages().filter((m) => JSON.stringify(m.to).includes(EMAIL));
    expect(mails.length).toBeGreaterThanOrEqual(8);
    for (const m of mails) expect(personalLink(m)).toBe(link);
    expect(await h.db.smeLink.count({ where: { applicationId: id } })).toBe(1);
    expect(h.errors()).toEqual([]);
  });
});
