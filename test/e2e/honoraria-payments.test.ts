import { afterEach, describe, expect, it } from "vitest";
import { HONORARIA_IDS } from "../../src/features/honoraria/honoraria-ids.js";
import { TRAVEL_IDS } from "../../src/features/honoraria/travel/travel-ids.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { pdfText } from "../support/pdf-text.js";
import { startSmtp, type TestSmtp } from "../support/smtp.js";
import { lastResponse, visitCase } from "../support/visit-fixtures.js";

const EXPERT = USERS.expert1.id;
const SEC = USERS.sec1.id;

/** Visits held and accepted (reports are the visits feature's): one payable 30,000円 line each. */
async function heldVisits(h: Harness, caseId: number, expertId: number, days: string[]) {
  const ids: number[] = [];
  for (const [i, day] of days.entries()) {
    const visit = await h.db.visit.create({
      data: { caseId, round: i + 1, expertId, status: "held", heldOn: day, scheduledAt: new Date(`${day}T01:00:00Z`) },
    });
    await h.db.honorariumLine.create({
      data: { visitId: visit.id, expertId, amountYen: 30_000, netYen: 30_000, createdAt: new Date(`${day}T09:00:00Z`) },
    });
    ids.push(visit.id);
  }
  return ids;
}

/** The expert claims a visit's travel from the case page, with a link to the receipt. */
async function claimTravel(h: Harness, caseId: number, visitId: number, amount: string, route: string) {
  await h.driver.command(EXPERT, "/visit", `case ${caseId}`);
  await h.settle();
  const page = h.fake.lastView(EXPERT)!;
  console.log("PAGE", lastResponse(h).slice(0, 300), JSON.stringify(h.errors()).slice(0, 1000));
  await h.driver.clickButton(EXPERT, { actionId: TRAVEL_IDS.openButton, value: String(visitId), view: page });
  await h.settle();
  const modal = h.fake.lastView(EXPERT)!;
  expect(modal.view.callback_id).toBe(TRAVEL_IDS.modal);
  const res = await h.driver.submitView(
    EXPERT,
    modal,
    h.driver.fill(modal, {
      "金額（円）": amount,
      "経路・内容": route,
      "領収書（リンク）": "https://example.jp/receipt.pdf",
    }),
  );
  await h.settle();
  return res;
}

function travelReview(h: Harness, travelId: number) {
  return h.fake
    .messages(SECRETARIAT_CHANNEL)
    .find((m) => JSON.stringify(m.blocks ?? []).includes(`travel_review_${travelId}`))!;
}

describe("honoraria paid as an accounting office pays them", () => {
  let h: Harness;
  let smtp: TestSmtp;
  afterEach(async () => {
    await h?.stop();
    await smtp?.stop();
  });

  it("travel accepted, tax withheld per expert and batch, one PDF notice each by DM or e-mail, once", async () => {
    smtp = await startSmtp();
    h = await startHarness({ now: "2019-11-10T10:00:00", web: true, smtpUrl: smtp.url });
    const { case: c, expert } = await visitCase(h);
    const [v1, v2, v3] = await heldVisits(h, c.id, expert.id, ["2019-09-20", "2019-10-04", "2019-10-18"]);

    // A second expert outside Slack, with 34 visits: 1,020,000円 in one payment crosses the threshold.
    const outside = await createExpert(h.db, {
      nameKanji: "佐藤 花子",
      nameKana: "さとう はなこ",
      email: "sato@example.jp",
    });
    const app2 = await createApplication(h.db, { company: { name: "有限会社テスト商会" } });
    const c2 = await createCase(h.db, { applicationId: app2.id, expertId: outside.id });
    await heldVisits(
      h,
      c2.id,
      outside.id,
      Array.from({ length: 34 }, (_, i) => `2019-10-${String((i % 28) + 1).padStart(2, "0")}`),
    );

    // Travel: visit 1 accepted, visit 2 returned with a reason, visit 3 still in review.
    expect(
      (await claimTravel(h, c.id, v1, "12,340", "名古屋駅→訪問先 タクシー 往復")).body?.response_action,
    ).toBeUndefined();
    const t1 = await h.db.travelExpense.findUniqueOrThrow({ where: { visitId: v1 } });
    await h.driver.clickButton(SEC, {
      actionId: TRAVEL_IDS.acceptButton,
      value: String(t1.id),
      message: travelReview(h, t1.id),
    });
    await h.settle();
    expect(h.fake.messages(EXPERT).some((m) => m.text.includes("交通費が承認されました"))).toBe(true);

    await claimTravel(h, c.id, v2, "980", "地下鉄 往復");
    const t2 = await h.db.travelExpense.findUniqueOrThrow({ where: { visitId: v2 } });
    // Someone else cannot decide, whatever the button says.
    await h.driver.clickButton(EXPERT, {
      actionId: TRAVEL_IDS.acceptButton,
      value: String(t2.id),
      message: travelReview(h, t2.id),
    });
    await h.settle();
    expect((await h.db.travelExpense.findUniqueOrThrow({ where: { id: t2.id } })).status).toBe("submitted");
    await h.driver.clickButton(SEC, {
      actionId: TRAVEL_IDS.returnButton,
      value: String(t2.id),
      message: travelReview(h, t2.id),
    });
    await h.settle();
    const returnModal = h.fake.lastView(SEC)!;
    await h.driver.submitView(
      SEC,
      returnModal,
      h.driver.fill(returnModal, { "差戻しの理由（専門家に伝わります）": "領収書が別の日付です" }),
    );
    await h.settle();
    expect(h.fake.messages(EXPERT).at(-1)?.text).toContain("理由: 領収書が別の日付です");

    await claimTravel(h, c.id, v3, "1,500", "バス 往復");

    // The summary: fees, accepted travel, the tax a batch would withhold now.
    await h.driver.command(SEC, "/desk", "honoraria");
    await h.settle();
    const summary = lastResponse(h);
    expect(summary).toContain("支払待ちの謝金: 37件 合計 1,110,000円（専門家 2名）");
    expect(summary).toContain("交通費 12,340円");
    // 山田: 90,000 → 9,189; 佐藤: 1,020,000 → 102,100 + 4,084.
    expect(summary).toContain("源泉徴収（見込み） 115,373円");
    expect(summary).toContain("交通費が確認待ちの1件");
    await h.driver.appHomeOpened(SEC);
    await h.settle();
    expect(JSON.stringify(h.fake.homeView(SEC)!.view.blocks)).toContain(
      "交通費 12,340円 ・ 源泉徴収（見込み） 115,373円 ・ 差引支払額（見込み） 1,006,967円",
    );

    // The batch: submitted twice at once, then once more (a retry) — one batch, one notice each.
    await h.driver.clickButton(SEC, { actionId: HONORARIA_IDS.openPayButton, value: "pay" });
    await h.settle();
    const pay = h.fake.lastView(SEC)!;
    const values = h.driver.fill(pay, { 支払日: "2019-11-17" });
    await Promise.all([h.driver.submitView(SEC, pay, values), h.driver.submitView(SEC, pay, values)]);
    await h.settle();
    await h.driver.submitView(SEC, pay, values);
    await h.settle();
    expect(await h.db.honorariumBatch.count()).toBe(1);
    const batchText = h.fake
      .messages(SEC)
      .map((m) => m.text)
      .join("\n");
    expect(batchText).toContain("支払通知書（PDF）: SlackのDM 1名 ・ メール 1名");
    expect(batchText).toContain("交通費が確認待ちの1件は今回の支払に含めていません。");

    // The lines carry the figures, to the yen; visit 3 waits for its travel review.
    const lines = await h.db.honorariumLine.findMany({ where: { expertId: expert.id }, orderBy: { visitId: "asc" } });
    expect(lines.map((l) => [l.status, l.amountYen, l.travelYen, l.withheldYen, l.netYen])).toEqual([
      ["paid", 30_000, 12_340, 3_063, 39_277],
      ["paid", 30_000, 0, 3_063, 26_937],
      ["payable", 30_000, 0, 0, 30_000],
    ]);
    const outsideLines = await h.db.honorariumLine.findMany({ where: { expertId: outside.id } });
    expect(outsideLines.reduce((s, l) => s + l.withheldYen, 0)).toBe(106_184);
    expect(outsideLines.reduce((s, l) => s + l.netYen, 0)).toBe(913_816);

    // The expert in Slack: one DM with the PDF, its figures read back from the file.
    const notices = h.fake.files().filter((f) => f.filename.endsWith(".pdf"));
    expect(notices).toHaveLength(1);
    expect(notices[0].initial_comment).toBe(
      "謝金の支払通知書をお送りします（支払日 2019/11/17、差引支払額 66,214円）。",
    );
    const [page] = await pdfText(notices[0].bytes);
    for (const text of [
      "支払通知書",
      "山田 太郎 様",
      "支払日",
      "2019/11/17",
      "株式会社サンプル製作所",
      "第1回",
      "2019/9/20",
      "第2回",
      "2019/10/4",
      "60,000円",
      "12,340円",
      "72,340円",
      "6,126円",
      "66,214円",
      "適格請求書発行事業者登録番号",
      "源泉徴収の対象としていません",
    ])
      expect(page).toContain(text);
    expect(page).not.toContain("2019/10/18");
    expect(page).toContain("交通費（実費）");

    // The expert outside Slack: one e-mail with the notice attached.
    const mail = await smtp.waitFor((m) => m.envelopeTo.includes("sato@example.jp"));
    expect(mail.subject).toContain("謝金の支払通知書（2019/11/17支払）");
    expect(mail.text).toContain("913,816円");
    expect(mail.attachments).toHaveLength(1);
    const mailPdf = (await pdfText(mail.attachments[0].content)).join(" ");
    expect(mailPdf).toContain("佐藤 花子 様");
    expect(mailPdf).toContain("1,020,000円");
    expect(mailPdf).toContain("106,184円");
    expect(mailPdf).toContain("913,816円");
    expect(smtp.messages().filter((m) => m.envelopeTo.includes("sato@example.jp"))).toHaveLength(1);

    // The expert's own view shows travel, tax and what reached them.
    await h.driver.command(EXPERT, "/visit", "honoraria");
    await h.settle();
    expect(lastResponse(h)).toContain("源泉徴収税額 6,126円");
    expect(lastResponse(h)).toContain("振込済み（差引） 66,214円");
    await h.driver.appHomeOpened(EXPERT);
    await h.settle();
    expect(JSON.stringify(h.fake.homeView(EXPERT)!.view.blocks)).toContain("源泉徴収税額 6,126円");

    // The year's totals for the 支払調書.
    const year = await h.services.honoraria.withholdingReport(2019);
    expect(year.rows.map((r) => [r.name, r.feeYen, r.travelYen, r.withheldYen, r.netYen, r.payments])).toEqual([
      ["佐藤 花子", 1_020_000, 0, 106_184, 913_816, 1],
      ["山田 太郎", 60_000, 12_340, 6_126, 66_214, 1],
    ]);
    expect((await h.services.honoraria.withholdingReport(2020)).rows).toEqual([]);
    expect(h.errors()).toEqual([]);
  });
});
