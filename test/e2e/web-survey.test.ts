import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { checkA11y, newPage, screenshot, startBrowser } from "../support/browser.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { startSmtp, type TestSmtp } from "../support/smtp.js";
import {
  acceptReport,
  activeVisit,
  latestReport,
  openReport,
  scheduleVisit,
  submitReport,
} from "../support/visit-fixtures.js";

let h: Harness;
let smtp: TestSmtp;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtp();
  h = await startHarness({ web: true, smtpUrl: smtp.url, now: "2019-11-12T10:00:00" });
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
  await h?.stop();
  await smtp?.stop();
});

const HOSTILE = "株式会社<b>ウェブ</b>&製作所";

/** A web applicant (never on Slack) matched with expert1; rounds 1–3 held and accepted in the database. */
async function webCase(email: string, company: string, contactLocale = "ja") {
  const expert =
    (await h.db.expert.findFirst({ where: { slackUserId: USERS.expert1.id } })) ??
    (await createExpert(h.db, {
      slackUserId: USERS.expert1.id,
      nameKanji: "山田 太郎",
      nameKana: "やまだ たろう",
      qualification: "RISS",
    }));
  const application = await createApplication(h.db, {
    source: "web",
    contactName: "佐藤 花子",
    contactEmail: email,
    contactLocale,
    status: "matched",
    company: { name: company },
  });
  const c = await createCase(h.db, { applicationId: application.id, expertId: expert.id });
  for (let r = 1; r <= 3; r++) {
    const day = `2019-10-${String(r * 7).padStart(2, "0")}`;
    const v = await h.db.visit.create({
      data: { caseId: c.id, round: r, expertId: expert.id, status: "held", heldOn: day, durationMinutes: 120 },
    });
    await h.db.visitReport.create({
      data: { visitId: v.id, version: 1, status: "accepted", content: JSON.stringify({ form: {} }) },
    });
  }
  return { expert, application, case: c };
}

/** Round 4 through Slack: planned, reported by the expert, accepted by the secretariat → completed. */
async function finishInSlack(caseId: number, date: string) {
  await scheduleVisit(h, caseId, { date });
  const v4 = await activeVisit(h, caseId, 4);
  h.clock.set(`${date}T17:00:00`);
  const form = await openReport(h, v4.id);
  await submitReport(h, form, 4, { 実施日: date });
  await acceptReport(h, (await latestReport(h, v4.id)).id);
}

function linkIn(text: string, tail = ""): string {
  const m = text.match(new RegExp(`http://127\\.0\\.0\\.1:\\d+/s/[A-Za-z0-9_-]+${tail}`));
  if (!m) throw new Error(`no personal link in:\n${text}`);
  return m[0];
}

describe("the SME survey and the end of a case, outside Slack", () => {
  it("completion and survey mails; the page shows visits and deliverables; the survey is answered once in the browser; /desk survey counts it", async () => {
    const { application, case: c } = await webCase("sato@example.jp", HOSTILE);
    await h.db.deliverable.createMany({
      data: [
        {
          caseId: c.id,
          kind: "basic_policy",
          status: "accepted",
          title: "基本方針 第1版",
          url: "https://files.example.jp/policy-v1.docx",
          submittedBy: USERS.expert1.id,
          submittedAt: new Date("2019-10-20T03:00:00Z"),
        },
        {
          caseId: c.id,
          kind: "related_rules",
          status: "accepted",
          title: "関連規定一式",
          fileId: "F0123",
          submittedBy: USERS.expert1.id,
          submittedAt: new Date("2019-11-01T03:00:00Z"),
        },
        {
          caseId: c.id,
          kind: "handbook",
          status: "returned",
          title: "差し戻した草案",
          url: "https://files.example.jp/draft.docx",
          submittedBy: USERS.expert1.id,
          submittedAt: new Date("2019-11-02T03:00:00Z"),
        },
      ],
    });
    await finishInSlack(c.id, "2019-11-19");
    expect((await h.db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("completed");

    const done = await smtp.waitFor(
      (m) => JSON.stringify(m.to).includes("sato@example.jp") && /訪問指導完了/.test(m.subject ?? ""),
    );
    expect(done.subject).toContain(`訪問指導完了のお知らせ（申込番号 #${application.id}）`);
    expect(done.text).toContain("佐藤 花子 様");
    expect(done.text).toContain(HOSTILE);
    expect(done.text).toContain("山田 太郎 様による4回の訪問指導がすべて完了しました");
    expect(done.text).toContain("・情報セキュリティ基本方針「基本方針 第1版」");
    expect(done.text).not.toContain("差し戻した草案");
    expect(done.html).not.toContain("<b>ウェブ</b>");
    expect(done.html).toContain("&lt;b>ウェブ&lt;/b>");
    const invite = await smtp.waitFor(
      (m) => JSON.stringify(m.to).includes("sato@example.jp") && /アンケートのお願い/.test(m.subject ?? ""),
    );
    const surveyUrl = linkIn(invite.text ?? "", "/survey");
    const pageUrl = linkIn(done.text ?? "");
    expect(surveyUrl).toBe(`${pageUrl}/survey`); // the same personal link in both mails

    // The secretariat channel is asked to enter paper answers, and told the SME got the link.
    const entry = h.fake
      .messages(SECRETARIAT_CHANNEL)
      .find((m) => m.text.includes("指導先企業アンケート") && m.text.includes(`案件 #${c.id}`))!;
    expect(entry.text).toContain("回答用リンクをメールで送りました");

    // The SME's page: the visits held and the deliverables (links only for http(s) URLs).
    const page = await newPage(browser);
    await page.goto(pageUrl);
    const record = page.getByRole("region", { name: "訪問の記録と成果物" });
    expect(await record.textContent()).toContain("第4回 訪問2019/11/19");
    expect(await record.textContent()).toContain("第1回 訪問2019/10/7");
    expect(await record.getByRole("link", { name: "「基本方針 第1版」を開く" }).getAttribute("href")).toBe(
      "https://files.example.jp/policy-v1.docx",
    );
    expect(await record.textContent()).toContain("関連規定一式");
    expect(await record.textContent()).toContain("事務局にお問い合わせください");
    expect(await record.textContent()).not.toContain("差し戻した草案");
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, "sme-page-completed-375");

    // A second tab opens the form too (to submit again later).
    const other = await newPage(browser);
    await other.goto(surveyUrl);

    await page.getByRole("link", { name: "アンケートに回答する" }).click();
    expect(page.url()).toContain("/survey");
    await page.getByLabel("貴社の業種を選んでください").selectOption({ label: "製造業" });
    await page
      .getByRole("group", { name: "貴社の従業員数を選んでください" })
      .getByLabel("6〜20人", { exact: true })
      .check();
    await page.getByLabel("ご意見・ご感想をご自由にお書きください（任意）").fill("とても<有益>でした");
    await page.getByRole("button", { name: "回答を送信する" }).click();
    // Not everything was answered: the summary and the messages by the questions, values kept.
    const summary = page.locator(".error-summary");
    expect(await summary.isVisible()).toBe(true);
    expect(await summary.locator("a[href='#q-outcome']").textContent()).toContain("回答を選んでください");
    expect(await summary.locator("a[href='#q-industry']").count()).toBe(0);
    expect(await page.locator("#q-outcome-error").textContent()).toContain("回答を選んでください");
    expect(await page.locator("#q-outcome").getAttribute("aria-describedby")).toContain("q-outcome-error");
    expect(await page.getByLabel("貴社の業種を選んでください").inputValue()).toBe("E");
    expect(await page.getByLabel("6〜20人").isChecked()).toBe(true);
    expect(await page.getByLabel("ご意見・ご感想をご自由にお書きください（任意）").inputValue()).toBe(
      "とても<有益>でした",
    );
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, "survey-errors-375");
    expect(await h.db.surveyResponse.findFirstOrThrow({ where: { caseId: c.id, audience: "sme" } })).toMatchObject({
      status: "invited",
    });

    await page
      .getByRole("group", { name: /成果が得られましたか/ })
      .getByLabel("十分に得られた", { exact: true })
      .check();
    await page
      .getByRole("group", { name: "専門家の知識・専門性はいかがでしたか" })
      .getByLabel("高い", { exact: true })
      .check();
    await page
      .getByRole("group", { name: "専門家とのやり取りはスムーズでしたか" })
      .getByLabel("スムーズだった", { exact: true })
      .check();
    await page
      .getByRole("group", { name: /適正だと思う金額/ })
      .getByLabel("12万円以上18万円未満", { exact: true })
      .check();
    await page
      .getByRole("group", { name: /今後も情報セキュリティの専門家/ })
      .getByLabel("定常的な支援を希望する", { exact: true })
      .check();
    await page.getByRole("button", { name: "回答を送信する" }).click();
    expect(await page.locator("h1").textContent()).toBe("ご回答ありがとうございました");
    expect(page.url()).toContain("/survey/done");
    expect(await checkA11y(page)).toEqual([]);
    await h.settle();

    const row = await h.db.surveyResponse.findFirstOrThrow({ where: { caseId: c.id, audience: "sme" } });
    expect(row).toMatchObject({ status: "answered", enteredBy: "web" });
    expect(JSON.parse(row.answers)).toEqual({
      industry: "E",
      size: "upto20",
      outcome: "much",
      expert_knowledge: "high",
      communication: "smooth",
      fair_price: "120k_180k",
      further_support: "regular",
      comments: "とても<有益>でした",
    });
    const audit = await h.db.auditLog.findMany({ where: { entityType: "survey_response", entityId: String(row.id) } });
    expect(audit.find((a) => a.action === "survey.answer")).toMatchObject({ actor: "web" });
    expect(JSON.parse(audit.find((a) => a.action === "survey.answer")!.after ?? "{}").source).toBe("web");
    // Slack: the entry notice now says the SME answered on the web.
    const updated = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.ts === entry.ts)!;
    expect(updated.text).toContain("回答済み（SMEがWebで回答）");

    // The second tab submits its (complete) form: "already answered", nothing changed.
    for (const [group, choice] of [
      ["貴社の従業員数を選んでください", "301人以上"],
      ["専門家の知識・専門性はいかがでしたか", "物足りない"],
      ["専門家とのやり取りはスムーズでしたか", "スムーズでなかった"],
      ["今回の4回の訪問指導に対して、適正だと思う金額はどれですか", "12万円未満"],
      ["今後も情報セキュリティの専門家による支援を希望しますか", "希望しない"],
      ["専門家の指導を受けて、情報セキュリティの管理・運用に役立つ成果が得られましたか", "得られなかった"],
    ] as const)
      await other.getByRole("group", { name: group }).getByLabel(choice, { exact: true }).check();
    await other.getByLabel("貴社の業種を選んでください").selectOption({ label: "製造業" });
    await other.getByRole("button", { name: "回答を送信する" }).click();
    expect(await other.locator("h1").textContent()).toBe("このアンケートには回答済みです");
    expect((await h.db.surveyResponse.findUniqueOrThrow({ where: { id: row.id } })).answers).toBe(row.answers);
    // Opening the survey again says the same; the SME page says it was answered.
    await other.goto(surveyUrl);
    expect(await other.locator("h1").textContent()).toBe("このアンケートには回答済みです");
    await other.goto(pageUrl);
    expect(await other.getByRole("region", { name: "指導についてのアンケート" }).textContent()).toContain(
      "回答は受け付け済みです",
    );
    await other.context().close();

    // A tampered token shows the plain 404 page and no data.
    const bad = await page.goto(`${surveyUrl.replace(/\/s\/./, "/s/A")}`);
    expect(bad?.status()).toBe(404);
    expect(await page.content()).not.toContain("佐藤");
    await page.context().close();

    // /desk survey status counts the web answer.
    await h.driver.command(USERS.sec1.id, "/desk", "survey status");
    await h.settle();
    const status = JSON.stringify(h.fake.responses().at(-1)?.body ?? null);
    expect(status).toMatch(/指導先企業アンケート\*? — 回答 1 \/ 依頼 1/);
    expect(h.errors()).toEqual([]);
  });

  it("reminds a web applicant who has not answered by e-mail, in the language of the form; the survey page passes axe at 375 px", async () => {
    h.clock.set("2019-11-25T10:00:00");
    const { application, case: c } = await webCase("brown@example.com", "Brown Trading K.K.", "en");
    await finishInSlack(c.id, "2019-11-26");
    const invite = await smtp.waitFor(
      (m) => JSON.stringify(m.to).includes("brown@example.com") && /survey/i.test(m.subject ?? ""),
    );
    expect(invite.subject).toContain(`A short survey about your guidance (No. #${application.id})`);
    expect(invite.text).toContain("Dear 佐藤 花子,");
    const completed = smtp
      .messages()
      .find((m) => JSON.stringify(m.to).includes("brown@example.com") && /complete/.test(m.subject ?? ""));
    expect(completed?.subject).toContain("Your guidance is complete");

    // N business days later the daily job reminds by e-mail (and the secretariat channel too).
    const program = await h.db.program.findFirstOrThrow({ where: { current: true } });
    expect(program.surveyReminderDays).toBe(5);
    h.clock.set("2019-12-03T09:00:00");
    const { reminded } = await h.services.surveys.runDaily();
    await h.settle();
    expect(reminded).toBeGreaterThanOrEqual(1);
    const reminder = await smtp.waitFor(
      (m) => JSON.stringify(m.to).includes("brown@example.com") && /Reminder 1\/2/.test(m.subject ?? ""),
    );
    expect(reminder.text).toContain("We have not yet received your answers");
    const url = linkIn(reminder.text ?? "", "/survey");
    expect(url).toBe(linkIn(invite.text ?? "", "/survey"));
    // Running again the same day sends nothing more.
    await h.services.surveys.runDaily();
    await h.settle();
    expect(
      smtp
        .messages()
        .filter((m) => JSON.stringify(m.to).includes("brown@example.com") && /Reminder/.test(m.subject ?? "")),
    ).toHaveLength(1);

    const page = await newPage(browser);
    await page.goto(url);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByLabel("Your company's industry").count()).toBe(1);
    expect(await page.locator("fieldset legend").first().textContent()).toContain("Number of employees");
    expect(await page.getByLabel("Any comments (optional)").getAttribute("maxlength")).toBe("2000");
    expect(await page.getByRole("button", { name: "Send my answers" }).count()).toBe(1);
    await screenshot(page, "survey-form-375");
    expect(await checkA11y(page)).toEqual([]);
    await page.context().close();
    expect(h.errors()).toEqual([]);
  });

  it("an early termination tells a web applicant the reason category only, never the internal reason", async () => {
    h.clock.set("2019-11-27T10:00:00");
    const { application, case: c } = await webCase("kato@example.jp", "加藤商店");
    await h.driver.clickButton(USERS.sec1.id, { actionId: VISIT_IDS.terminateCaseButton, value: String(c.id) });
    await h.settle();
    const form = h.fake.lastView(USERS.sec1.id)!;
    const res = await h.driver.submitView(
      USERS.sec1.id,
      form,
      h.driver.fill(form, {
        理由: "社長と連絡が取れず、担当者の異動も重なった（内部メモ）",
        指導先に伝える理由の区分: "貴社のご都合・ご依頼による終了",
      }),
    );
    expect(res.body).toEqual({ response_action: "clear" });
    await h.settle();
    expect((await h.db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("terminated");
    const mail = await smtp.waitFor(
      (m) => JSON.stringify(m.to).includes("kato@example.jp") && /訪問指導終了/.test(m.subject ?? ""),
    );
    expect(mail.subject).toContain(`訪問指導終了のお知らせ（申込番号 #${application.id}）`);
    expect(mail.text).toContain("加藤商店");
    expect(mail.text).toContain("理由: 貴社のご都合・ご依頼による終了");
    expect(mail.text).not.toContain("内部メモ");
    expect(mail.html).not.toContain("内部メモ");
    expect(linkIn(mail.text ?? "")).toContain("/s/");
    // No survey for a terminated case.
    expect(await h.db.surveyResponse.count({ where: { caseId: c.id } })).toBe(0);
    expect(h.errors()).toEqual([]);
  });
});
