import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importFaq, parseFaqFile } from "../../src/features/helpdesk/faq-admin.js";
import { countOpenTickets } from "../../src/features/helpdesk/helpdesk-repository.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { createActiveExpert } from "../support/survey-fixtures.js";

describe("help desk: FAQ and questions to the secretariat", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  async function faq(user: string, words: string) {
    await h.driver.command(user, "/desk", `faq ${words}`);
    await h.settle();
    return h.fake.responses().at(-1)!.body;
  }

  it("answers a Japanese question from the FAQ, with the program's own values", async () => {
    const reply = JSON.stringify(await faq(USERS.expert1.id, "謝金はいつ振り込まれますか"));
    expect(reply).toContain("謝金はいつ、どのように支払われますか");
    expect(reply).toContain("RISS 30,000円");
    // Not answered? The way to the secretariat is offered anyway.
    expect(reply).toContain("helpdesk_ask");

    expect(JSON.stringify(await faq(USERS.sme1.id, "ひな形はどこでダウンロードできますか"))).toContain("App Home");
    const schedule = JSON.stringify(await faq(USERS.sme1.id, "申込の締め切りはいつですか"));
    expect(schedule).toContain("2019/8/14〜2019/11/21");
    // Full-width and half-width kana are the same question.
    expect(JSON.stringify(await faq(USERS.sme1.id, "ﾃﾝﾌﾟﾚｰﾄ"))).toContain("ひな形");
  });

  it("answers in English for an English-locale user", async () => {
    const reply = JSON.stringify(await faq(USERS.english.id, "When is the honorarium paid?"));
    expect(reply).toContain("When and how is the honorarium paid?");
    expect(reply).toContain("Each visit becomes payable");
  });

  it("a miss becomes a ticket with one click, is answered in a modal, told to the asker, and added to the FAQ", async () => {
    const miss = await faq(USERS.sme1.id, "駐車場はありますか");
    expect(JSON.stringify(miss)).toContain("見つかりませんでした");

    // One click sends the question; a second click does not send it twice.
    await h.driver.clickButton(USERS.sme1.id, { actionId: "helpdesk_ask", value: "駐車場はありますか" });
    await h.driver.clickButton(USERS.sme1.id, { actionId: "helpdesk_ask", value: "駐車場はありますか" });
    await h.settle();
    expect(await h.db.ticket.count()).toBe(1);
    const replies = h.fake
      .responses()
      .slice(-2)
      .map((r) => JSON.stringify(r.body));
    expect(replies.join()).toContain("質問を事務局に送りました（問い合わせ #1）");
    expect(replies.join()).toContain("すでに事務局に送っています");
    expect(await countOpenTickets(h.db)).toBe(1);
    expect(await h.services.helpdesk.openTicketCount()).toBe(1);

    // The secretariat channel gets the ticket with an answer button.
    const posted = h.fake.messages(SECRETARIAT_CHANNEL).at(-1)!;
    expect(posted.text).toContain("問い合わせ #1");
    expect(JSON.stringify(posted.blocks)).toContain(`<@${USERS.sme1.id}>`);

    // Only the secretariat can answer.
    await h.driver.clickButton(USERS.expert1.id, { actionId: "helpdesk_answer_open", message: posted });
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)!.body)).toContain("事務局メンバーだけ");

    await h.driver.clickButton(USERS.sec1.id, { actionId: "helpdesk_answer_open", message: posted });
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, {
        "回答（質問者にDMで届きます）": "訪問先の駐車場の有無は、指導先企業に直接ご確認ください。",
        FAQ: ["この回答をFAQに追加する"],
        FAQに載せる質問文: "訪問先に駐車場はありますか",
      }),
    );
    await h.settle();

    // The asker gets the answer by DM; the channel message shows it instead of the button.
    expect(h.fake.messages(USERS.sme1.id).at(-1)!.text).toContain("指導先企業に直接ご確認ください");
    const updated = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.ts === posted.ts)!;
    expect(updated.updated).toBe(true);
    expect(JSON.stringify(updated.blocks)).not.toContain("helpdesk_answer_open");
    expect(JSON.stringify(updated.blocks)).toContain("FAQ #");
    const ticket = await h.db.ticket.findFirstOrThrow();
    expect(ticket).toMatchObject({ status: "answered", answeredBy: USERS.sec1.id });
    expect(ticket.faqEntryId).not.toBeNull();
    expect(await countOpenTickets(h.db)).toBe(0);

    // The next person asking finds it in the FAQ.
    const hit = JSON.stringify(await faq(USERS.outsider.id, "駐車場はありますか"));
    expect(hit).toContain("訪問先に駐車場はありますか");
    expect(hit).toContain("指導先企業に直接ご確認ください");

    // Another member still looking at the old message (App Home) cannot answer a second time.
    await h.driver.clickButton(USERS.sec2.id, { actionId: "helpdesk_answer_open", value: String(ticket.id) });
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)!.body)).toContain("回答済み");
  });

  it("the secretariat can also answer in the ticket's thread with 回答:", async () => {
    await h.services.helpdesk.ask(await h.services.roles.resolveActor(USERS.english.id), "Is lunch provided?");
    await h.settle();
    const posted = h.fake.messages(SECRETARIAT_CHANNEL).at(-1)!;
    expect(JSON.stringify(posted.blocks)).toContain("「回答:」で始めて返信");
    const reply = (user: string, text: string) =>
      h.driver.event({
        type: "message",
        channel: SECRETARIAT_CHANNEL,
        channel_type: "channel",
        user,
        text,
        ts: `${Date.now() / 1000}`,
        thread_ts: posted.ts,
      });
    // The members' own discussion and outsiders' replies answer nothing.
    await reply(USERS.sec2.id, "これは誰が対応しますか？");
    await reply(USERS.outsider.id, "回答: 出ます");
    await h.settle();
    expect((await h.db.ticket.findFirstOrThrow()).status).toBe("open");

    await reply(USERS.sec1.id, "回答：No, please bring your own lunch.");
    await h.settle();
    const ticket = await h.db.ticket.findFirstOrThrow();
    expect(ticket).toMatchObject({
      status: "answered",
      answer: "No, please bring your own lunch.",
      answeredBy: USERS.sec1.id,
    });
    expect(h.fake.messages(USERS.english.id).at(-1)!.text).toContain("The secretariat answered your question");
  });

  it("open tickets and resources appear on App Home by role", async () => {
    await h.services.helpdesk.ask(await h.services.roles.resolveActor(USERS.sme1.id), "交通費は出ますか");
    await h.settle();
    await h.driver.appHomeOpened(USERS.sec1.id);
    await h.settle();
    const sec = JSON.stringify(h.fake.homeView(USERS.sec1.id)!.view.blocks);
    expect(sec).toContain("未回答の問い合わせ（1件）");
    expect(sec).toContain("交通費は出ますか");
    expect(sec).toContain("資料・カリキュラム・期限");

    await createActiveExpert(h.db, { slackUserId: USERS.expert1.id });
    await h.driver.appHomeOpened(USERS.expert1.id);
    await h.settle();
    const expert = JSON.stringify(h.fake.homeView(USERS.expert1.id)!.view.blocks);
    expect(expert).toContain("潜在的リスクの洗い出し");
    expect(expert).toContain("訪問報告書: 訪問日から 5 営業日以内に提出");
    expect(expert).not.toContain("未回答の問い合わせ");
  });

  it("the secretariat edits the FAQ in a modal and from a file", async () => {
    await h.driver.command(USERS.sec1.id, "/desk", "faq add");
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, {
        "質問（日本語）": "交通費は支給されますか",
        "回答（日本語）": "交通費は謝金に含まれます。別途の支給はありません。",
        "質問（英語）": "Are travel costs paid?",
        "回答（英語）": "Travel costs are included in the honorarium.",
        "検索キーワード（カンマ区切り）": "交通費,旅費,travel,transport",
      }),
    );
    await h.settle();
    expect(JSON.stringify(await faq(USERS.expert1.id, "旅費"))).toContain("交通費は謝金に含まれます");
    expect(JSON.stringify(await faq(USERS.english.id, "travel costs"))).toContain("included in the honorarium");

    const csv =
      'question_ja,answer_ja,keywords\n事務局の連絡先は,"平日10時〜17時、メールで受け付けます。",連絡先,電話,メール\n';
    const parsed = parseFaqFile(csv.replace(",電話,メール", ""), "faq.csv");
    expect(parsed.errors).toEqual([]);
    const r = await importFaq(h.app.db, h.clock, "test", parsed.entries);
    expect(r).toMatchObject({ created: 1, updated: 0 });
    expect(JSON.stringify(await faq(USERS.sme1.id, "事務局の連絡先"))).toContain("平日10時〜17時");
    expect(parseFaqFile("question_ja,oops\nx,y\n", "bad.csv").errors.join()).toContain('unknown column "oops"');
  });
});
