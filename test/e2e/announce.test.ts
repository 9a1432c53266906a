import { Command } from "commander";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { registerAnnounce } from "../../src/cli/commands/announce.js";
import { ANNOUNCE_IDS } from "../../src/features/announcements/announcements-ids.js";
import { ANNOUNCE_BATCH_SIZE, AnnouncementsService } from "../../src/features/announcements/announcements-service.js";
import { newPage, startBrowser } from "../support/browser.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";
import { type Harness, LINK_SECRET, MAIL_FROM, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { type ReceivedMail, startSmtp, type TestSmtp } from "../support/smtp.js";

const B = ANNOUNCE_IDS.blocks;
const SEGMENT = "宛先";
const AREA = "地域・都道府県（「地域・都道府県の専門家」のとき）";
const STATUS = "申込みの状況（「状況別の指導先企業」のとき）";

/** Experts in several prefectures and applications in every status the segments tell apart. */
async function buildWorld(h: Harness) {
  const db = h.db;
  const tokyo = await createExpert(db, { slackUserId: USERS.expert1.id, prefecture: 13 });
  const tokyoEn = await createExpert(db, { slackUserId: USERS.english.id, prefecture: 13 });
  const osaka = await createExpert(db, { slackUserId: USERS.expert2.id, prefecture: 27 });
  const kanagawaMail = await createExpert(db, { prefecture: 14, email: "Kanagawa.Expert@example.jp" });
  const noContact = await createExpert(db, { prefecture: 1, email: null });
  await createExpert(db, { slackUserId: USERS.outsider.id, prefecture: 13, status: "pending" });
  await createExpert(db, { prefecture: 13, status: "suspended" });
  await db.slackUser.create({ data: { slackUserId: USERS.english.id, locale: "en-US" } });

  const received = await createApplication(db, { status: "received", contactSlackUserId: USERS.sme1.id });
  const valid = await createApplication(db, { status: "valid" });
  const proposed = await createApplication(db, { status: "proposed" });
  const chosen = await createApplication(db, { status: "chosen" });
  // The same contact e-mail as `valid`: one person, one copy.
  const sameContact = await createApplication(db, { status: "valid", contactEmail: valid.contactEmail.toUpperCase() });
  const invalid = await createApplication(db, { status: "invalid", invalidReason: "中小企業に該当しない" });
  const matched = await createApplication(db, {});
  await createCase(db, { applicationId: matched.id, expertId: tokyo.id });
  const visited = await createApplication(db, {});
  const visitedCase = await createCase(db, { applicationId: visited.id, expertId: osaka.id });
  await db.visit.create({
    data: { caseId: visitedCase.id, expertId: osaka.id, round: 1, status: "held", heldOn: "2019-09-20" },
  });
  // Only a scheduled visit: still "not yet visited".
  const scheduled = await createApplication(db, {});
  const scheduledCase = await createCase(db, { applicationId: scheduled.id, expertId: tokyo.id });
  await db.visit.create({ data: { caseId: scheduledCase.id, expertId: tokyo.id, round: 1, status: "scheduled" } });
  const completed = await createApplication(db, {});
  await createCase(db, {
    applicationId: completed.id,
    expertId: osaka.id,
    status: "completed",
    completedOn: "2019-09-30",
  });
  const terminated = await createApplication(db, {});
  await createCase(db, { applicationId: terminated.id, expertId: osaka.id, status: "terminated" });
  return {
    experts: { tokyo, tokyoEn, osaka, kanagawaMail, noContact },
    apps: {
      received,
      valid,
      proposed,
      chosen,
      sameContact,
      invalid,
      matched,
      visited,
      scheduled,
      completed,
      terminated,
    },
  };
}

describe("/desk announce: a message to a segment, previewed, sent once to each", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  async function compose(fill: Record<string, string | string[]>, user = USERS.sec1.id) {
    await h.driver.command(user, "/desk", "announce");
    await h.settle();
    const modal = h.fake.lastView(user)!;
    expect(modal.view.callback_id).toBe(ANNOUNCE_IDS.composeModal);
    const res = await h.driver.submitView(user, modal, h.driver.fill(modal, fill));
    await h.settle();
    return { res, view: h.fake.view(modal.id)! };
  }

  async function segmentOf(fill: Record<string, string>) {
    const { res, view } = await compose({ 件名: "テスト", 本文: "本文", ...fill });
    expect(res.body?.response_action).toBe("update");
    const announcementId = JSON.parse(view.view.private_metadata).announcementId as number;
    const audience = await h.services.announcements.audience(
      (await h.db.announcement.findUniqueOrThrow({ where: { id: announcementId } }).then((a) => ({
        segment: a.segment,
        param: a.segmentParam,
      }))) as never,
    );
    return { view, audience, names: audience.recipients.map((r) => r.address).sort() };
  }

  it("each segment resolves the right people, each once, and the preview counts them by channel", async () => {
    const w = await buildWorld(h);
    const active = await segmentOf({ [SEGMENT]: "稼働中の専門家（全員）" });
    expect(active.names).toEqual(
      [
        `slack:${USERS.expert1.id}`,
        `slack:${USERS.english.id}`,
        `slack:${USERS.expert2.id}`,
        "email:kanagawa.expert@example.jp",
      ].sort(),
    );
    expect(active.audience.unreachable).toBe(1);
    const preview = JSON.stringify(active.view.view.blocks);
    expect(preview).toContain("Slack DM 3件");
    // Without e-mail configured the preview says the e-mail recipients will not be reached.
    expect(preview).toContain("メール 1件（メール送信が設定されていないため届きません。");
    expect(preview).toContain("連絡先なし 1人");
    expect(preview).toContain("専門家 4人");

    const kanto = await segmentOf({ [SEGMENT]: "地域・都道府県の稼働中の専門家", [AREA]: "関東地方" });
    expect(kanto.names).toEqual(
      [`slack:${USERS.expert1.id}`, `slack:${USERS.english.id}`, "email:kanagawa.expert@example.jp"].sort(),
    );
    const osaka = await segmentOf({ [SEGMENT]: "地域・都道府県の稼働中の専門家", [AREA]: "大阪府" });
    expect(osaka.names).toEqual([`slack:${USERS.expert2.id}`]);

    const sme = async (status: string) =>
      (await segmentOf({ [SEGMENT]: "状況別の指導先企業", [STATUS]: status })).audience.recipients.map(
        (r) => r.applicationId,
      );
    expect(await sme("受付済み（審査前）")).toEqual([w.apps.received.id]);
    expect(await sme("審査済み（候補提示前）")).toEqual([w.apps.valid.id]);
    expect(await sme("候補提示済み（選択・承認待ち）")).toEqual([w.apps.proposed.id, w.apps.chosen.id]);
    expect(await sme("マッチング済み・初回訪問前")).toEqual([w.apps.matched.id, w.apps.scheduled.id]);
    expect(await sme("指導中（訪問あり）")).toEqual([w.apps.visited.id]);
    expect(await sme("完了")).toEqual([w.apps.completed.id]);

    const everyone = await segmentOf({ [SEGMENT]: "全員（稼働中の専門家と進行中の申込みの企業）" });
    const smes = everyone.audience.recipients.filter((r) => r.kind === "sme").map((r) => r.applicationId);
    expect(smes).toEqual(
      [
        w.apps.received,
        w.apps.valid,
        w.apps.proposed,
        w.apps.chosen,
        w.apps.matched,
        w.apps.visited,
        w.apps.scheduled,
      ].map((a) => a.id),
    );
    expect(everyone.audience.recipients.find((r) => r.applicationId === w.apps.received.id)?.channel).toBe("slack");
    expect(JSON.stringify(everyone.view.view.blocks)).toContain("Slack DM 4件");
    expect(JSON.stringify(everyone.view.view.blocks)).toContain("メール 7件");
  });

  it("sends one DM per Slack recipient even after a double click and a retried request; records, audits, keeps e-mail pending", async () => {
    await buildWorld(h);
    const hostile = "*重要* 12月の訪問予定を <!channel> ご確認ください <@USEC2> <https://evil.example|ここ> & 更新";
    const { view } = await compose({
      [SEGMENT]: "稼働中の専門家（全員）",
      件名: "年末の訪問予定について",
      本文: hostile,
    });
    expect(view.view.callback_id).toBe(ANNOUNCE_IDS.previewModal);
    const preview = JSON.stringify(view.view.blocks);
    expect(preview).toContain("*重要* 12月の訪問予定を &lt;!channel&gt;");
    expect(h.fake.calls("chat.postMessage")).toHaveLength(0);

    // Unconfirmed: nothing is sent, the message sits next to the checkbox.
    const unconfirmed = await h.driver.submitView(USERS.sec1.id, view, {}, { skipClientChecks: true });
    expect(unconfirmed.body.errors[B.confirm]).toContain("チェック");

    const values = h.driver.fill(view, { 送信の確認: ["send"] });
    // Slack sends the preview as it was for each click and each retry; the fake has replaced it by
    // then, so the repeats carry a copy of it (the view id does not matter to sending).
    const asClicked = { ...structuredClone(view.view), id: "VREPEATED" };
    const [first, second] = await Promise.all([
      h.driver.submitView(USERS.sec1.id, view, values),
      h.driver.submitView(USERS.sec1.id, asClicked, values),
    ]);
    const retried = await h.driver.submitView(USERS.sec1.id, asClicked, values);
    await h.settle();
    for (const r of [first, second, retried]) expect(r.body.response_action).toBe("update");
    const sentViews = [first, second, retried].map((r) => JSON.stringify(r.body.view));
    expect(sentViews.filter((v) => v.includes("の送信を始めました"))).toHaveLength(1);
    expect(sentViews.filter((v) => /送信中です|送信済みです/.test(v))).toHaveLength(2);

    for (const u of [USERS.expert1, USERS.expert2, USERS.english]) expect(h.fake.messages(u.id)).toHaveLength(1);
    const dm = h.fake.messages(USERS.expert1.id)[0];
    const dmJson = JSON.stringify(dm.blocks);
    expect(dmJson).toContain("事務局からのお知らせ");
    expect(dmJson).toContain("&lt;!channel&gt;");
    expect(dmJson).toContain("&lt;@USEC2&gt;");
    expect(dmJson).toContain("*重要*");
    expect(dmJson).not.toMatch(/[^;]<!channel>/);
    expect(dm.text).not.toContain("<");
    // The app's wording in the recipient's language; the secretariat's text as written.
    const en = JSON.stringify(h.fake.messages(USERS.english.id)[0].blocks);
    expect(en).toContain("From the secretariat");
    expect(en).toContain("年末の訪問予定について");

    const record = h.fake.messages(SECRETARIAT_CHANNEL).filter((m) => m.text.includes("お知らせ #1"));
    expect(record).toHaveLength(1);
    expect(record[0].text).toContain(`を 専門家 4人 に送信しました（<@${USERS.sec1.id}>）`);
    expect(JSON.stringify(record[0].blocks)).toContain("メール 1件");

    const rows = await h.db.announcementRecipient.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => `${r.channel}:${r.status}`).sort()).toEqual([
      "email:pending",
      "slack:queued",
      "slack:queued",
      "slack:queued",
    ]);
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: "announcement:1:" } } })).toBe(4);
    const audit = await h.db.auditLog.findMany({ where: { entityType: "announcement" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["announcement.draft", "announcement.send", "announcement.sent"]);
    expect(JSON.parse(audit[1].after!)).toMatchObject({ status: "sending", sentBy: USERS.sec1.id });
    expect(JSON.parse(audit[2].after!)).toMatchObject({ status: "sent", slack: 3, email: 1, emailPending: 1 });
    expect((await h.db.announcement.findFirstOrThrow()).status).toBe("sent");
    expect(h.errors()).toEqual([]);
  });

  it("edit goes back to the filled-in form and a second preview edits the same draft", async () => {
    await buildWorld(h);
    const { view } = await compose({ [SEGMENT]: "稼働中の専門家（全員）", 件名: "最初の件名", 本文: "本文" });
    await h.driver.clickButton(USERS.sec1.id, { actionId: ANNOUNCE_IDS.editButton, view });
    await h.settle();
    const again = h.fake.view(view.id)!;
    expect(again.view.callback_id).toBe(ANNOUNCE_IDS.composeModal);
    expect(JSON.stringify(again.view.blocks)).toContain("最初の件名");
    await h.driver.submitView(USERS.sec1.id, again, h.driver.fill(again, { 件名: "直した件名" }));
    await h.settle();
    expect(await h.db.announcement.count()).toBe(1);
    expect((await h.db.announcement.findFirstOrThrow()).title).toBe("直した件名");
    expect(JSON.stringify(h.fake.view(view.id)!.view.blocks)).toContain("直した件名");
  });

  it("says what is missing next to the field, and refuses a segment nobody is in", async () => {
    await buildWorld(h);
    const area = await compose({ [SEGMENT]: "地域・都道府県の稼働中の専門家", 件名: "件名", 本文: "本文" });
    expect(area.res.body.errors[B.area]).toContain("地域か都道府県");
    const status = await compose({ [SEGMENT]: "状況別の指導先企業", 件名: "件名", 本文: "本文" });
    expect(status.res.body.errors[B.smeStatus]).toContain("申込みの状況");
    const nobody = await compose({
      [SEGMENT]: "地域・都道府県の稼働中の専門家",
      [AREA]: "沖縄県",
      件名: "件名",
      本文: "本文",
    });
    expect(nobody.res.body.errors[B.segment]).toContain("当てはまる人はいません");
    const blank = await compose({ [SEGMENT]: "稼働中の専門家（全員）", 件名: "   ", 本文: "本文" });
    expect(blank.res.body.errors[B.title]).toContain("入力してください");
    expect(await h.db.announcement.count()).toBe(0);
  });

  it("is for the secretariat only", async () => {
    await buildWorld(h);
    await h.driver.command(USERS.expert1.id, "/desk", "announce");
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)!.body)).toContain("事務局メンバーだけ");
    expect(h.fake.lastView(USERS.expert1.id)).toBeUndefined();
    await h.driver.command(USERS.sec1.id, "/desk", "help");
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)!.body)).toContain("/desk announce");
  });
});

describe("/desk announce pacing", () => {
  const many = Array.from({ length: 24 }, (_, i) => ({
    id: `UPACE${String(i).padStart(2, "0")}`,
    name: `pace${i}`,
    realName: `専門家 ${i}`,
    locale: "ja-JP",
  }));
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({
      users: many,
      appOptions: { dispatcherOptions: { methodLimits: { "chat.postMessage": { limit: 8, windowMs: 400 } } } as never },
    });
  });
  afterEach(async () => {
    await h.stop();
  });

  it("the outbox paces the DMs under the method's budget and each arrives once", async () => {
    for (const u of many) await createExpert(h.db, { slackUserId: u.id, prefecture: 13 });
    await h.driver.command(USERS.sec1.id, "/desk", "announce");
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, { 宛先: "稼働中の専門家（全員）", 件名: "説明会のご案内", 本文: "ご参加ください。" }),
    );
    const preview = h.fake.view(modal.id)!;
    await h.driver.submitView(USERS.sec1.id, preview, h.driver.fill(preview, { 送信の確認: ["send"] }));
    await h.settle();
    const dms = h.fake.calls("chat.postMessage").filter((c) => c.args.channel.startsWith("UPACE"));
    expect(dms).toHaveLength(24);
    for (const u of many) expect(h.fake.messages(u.id)).toHaveLength(1);
    // 24 posts at 8 per 400 ms: the last waited for at least two windows.
    const times = dms.map((c) => c.at).sort((a, b) => a - b);
    expect(times[23] - times[0]).toBeGreaterThanOrEqual(700);
    // The fake records a post when it arrives, after the gate let it go: a post held up on its way
    // (a loaded machine) shrinks its window by that delay, so the windows are checked within 50 ms.
    for (let i = 8; i < times.length; i++) expect(times[i] - times[i - 8]).toBeGreaterThanOrEqual(350);
  }, 30_000);
});

/**
 * Runs `desk announce …` in-process with the given environment; its printed lines. `now`: the
 * CLI's clock reads the app's (manual) time, as both read the same time in real use.
 */
async function desk(args: string[], env: Record<string, string>, now?: Date): Promise<string> {
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  if (now) vi.useFakeTimers({ toFake: ["Date"], now });
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  try {
    const program = new Command().exitOverride();
    registerAnnounce(program);
    await program.parseAsync(["node", "desk", "announce", ...args]);
  } finally {
    spy.mockRestore();
    vi.unstubAllEnvs();
    if (now) vi.useRealTimers();
  }
  return out.join("");
}

/** Opens /desk announce, fills it in and returns the preview modal (and the announcement's id). */
async function preview(h: Harness, fill: Record<string, string>) {
  await h.driver.command(USERS.sec1.id, "/desk", "announce");
  await h.settle();
  const modal = h.fake.lastView(USERS.sec1.id)!;
  const res = await h.driver.submitView(USERS.sec1.id, modal, h.driver.fill(modal, fill));
  expect(res.body?.response_action).toBe("update");
  const view = h.fake.view(modal.id)!;
  expect(view.view.callback_id).toBe(ANNOUNCE_IDS.previewModal);
  return { view, id: JSON.parse(view.view.private_metadata).announcementId as number };
}

const recipientOf = (m: ReceivedMail) => (m.to && "value" in m.to ? m.to.value[0]?.address : undefined);

/** Many active experts reached by e-mail only, inserted at once. */
async function manyMailExperts(h: Harness, n: number) {
  await h.db.expert.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      nameKanji: `専門家 ${i}`,
      nameKana: `センモンカ ${i}`,
      qualification: "RISS",
      prefecture: 13,
      status: "active",
      registeredOn: "2019-07-20",
      email: `expert${i}@experts.example.jp`,
    })),
  });
}

describe("/desk announce by e-mail: SMEs and experts outside Slack", () => {
  let smtp: TestSmtp;
  let h: Harness;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(async () => {
    await smtp?.stop();
  });
  beforeEach(async () => {
    h = await startHarness({ web: true, smtpUrl: smtp.url });
  });
  afterEach(async () => {
    await h.stop();
  });

  it("mails each contact without Slack once, in their form's language, with their page link and the text escaped", async () => {
    const hostileCo = await createApplication(h.db, {
      status: "valid",
      contactName: "山田 <b>花子</b>",
      contactEmail: "Hanako@sme.example.jp",
      company: { name: "<script>alert(1)</script>株式会社" },
    });
    const english = await createApplication(h.db, {
      status: "valid",
      contactName: "John Smith",
      contactEmail: "john@sme.example.jp",
      contactLocale: "en",
    });
    const onSlack = await createApplication(h.db, { status: "valid", contactSlackUserId: USERS.sme1.id });
    const mailExpert = await createExpert(h.db, {
      prefecture: 14,
      email: "mail.expert@example.jp",
      nameKanji: "神奈 川子",
    });
    await createExpert(h.db, { slackUserId: USERS.expert1.id, prefecture: 13 });
    const before = smtp.messages().length;

    const body =
      "*重要* 説明会のご案内です。\n詳細: https://example.jp/seminar?a=1&b=2\n\n<script>alert('x')</script> <!channel> <https://evil.example|ここ> _必ず_ ご確認ください";
    const { view } = await preview(h, {
      宛先: "全員（稼働中の専門家と進行中の申込みの企業）",
      件名: "説明会 <のご案内>",
      本文: body,
    });
    const shown = JSON.stringify(view.view.blocks);
    expect(shown).toContain("Slack DM 2件 / メール 3件");
    expect(shown).not.toContain("届きません");

    const values = h.driver.fill(view, { 送信の確認: ["send"] });
    const asClicked = { ...structuredClone(view.view), id: "VREPEATED" };
    const answers = await Promise.all([
      h.driver.submitView(USERS.sec1.id, view, values),
      h.driver.submitView(USERS.sec1.id, asClicked, values),
    ]);
    await h.settle();
    const again = await h.driver.submitView(USERS.sec1.id, asClicked, values);
    await h.settle();
    expect(JSON.stringify(again.body.view)).toContain("送信済みです");
    for (const a of answers) expect(a.status).toBe(200);

    const mails = smtp.messages().slice(before);
    expect(mails.map(recipientOf).sort()).toEqual([
      "Hanako@sme.example.jp",
      "john@sme.example.jp",
      "mail.expert@example.jp",
    ]);
    const ja = mails.find((m) => recipientOf(m) === "Hanako@sme.example.jp")!;
    expect(ja.subject).toBe(
      "【中小企業の情報セキュリティマネジメント指導業務】事務局からのお知らせ: 説明会 <のご案内>",
    );
    expect(ja.text).toContain("<script>alert(1)</script>株式会社\n山田 <b>花子</b> 様");
    expect(ja.text).toContain("【説明会 <のご案内>】");
    expect(ja.text).toContain("*重要* 説明会のご案内です。");
    expect(ja.text).toContain(`申込番号: #${hostileCo.id}`);
    expect(ja.text).toContain("指導事業 事務局");
    // HTML: the secretariat's formatting as elements, everything typed as text.
    const html = String(ja.html);
    expect(html).toContain("<strong>重要</strong>");
    expect(html).toContain("<em>必ず</em>");
    expect(html).toContain('<a href="https://example.jp/seminar?a=1&amp;b=2"');
    expect(html).toContain("&lt;script>alert('x')&lt;/script>");
    expect(html).toContain("&lt;script>alert(1)&lt;/script>株式会社");
    expect(html).toContain("山田 &lt;b>花子&lt;/b> 様");
    // A link the secretariat typed in Slack's markup stays visible as typed: no disguised link text.
    expect(html).not.toMatch(/<script|<b>|>ここ<\/a>/);
    expect(html).toContain('&lt;<a href="https://evil.example"');

    const en = mails.find((m) => recipientOf(m) === "john@sme.example.jp")!;
    expect(en.subject).toBe("From the secretariat: 説明会 <のご案内> — 中小企業の情報セキュリティマネジメント指導業務");
    expect(en.text).toMatch(/^Dear John Smith,/);
    expect(en.text).toContain(`Application number: #${english.id}`);
    const expert = mails.find((m) => recipientOf(m) === "mail.expert@example.jp")!;
    expect(expert.text).toMatch(/^神奈 川子 様\n/);
    expect(expert.text).toContain("専門家の皆様");
    expect(expert.text).not.toContain("/s/");

    // The SME's personal link opens their page.
    const link = /(http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]+)/.exec(ja.text ?? "")?.[1];
    expect(link).toBeDefined();
    const browser = await startBrowser();
    try {
      const page = await newPage(browser);
      const res = await page.goto(link!);
      expect(res?.status()).toBe(200);
      expect(await page.content()).toContain(`#${hostileCo.id}`);
    } finally {
      await browser.close();
    }

    // Slack users still get the DM, not mail.
    expect(h.fake.messages(USERS.sme1.id)).toHaveLength(1);
    expect(h.fake.messages(USERS.expert1.id)).toHaveLength(1);
    const rows = await h.db.announcementRecipient.findMany();
    expect(rows.map((r) => `${r.channel}:${r.status}`).sort()).toEqual([
      "email:queued",
      "email:queued",
      "email:queued",
      "slack:queued",
      "slack:queued",
    ]);
    expect(rows.find((r) => r.applicationId === english.id)?.locale).toBe("en");
    expect(rows.find((r) => r.applicationId === onSlack.id)?.channel).toBe("slack");
    expect(rows.find((r) => r.expertId === mailExpert.id)?.channel).toBe("email");
    const record = h.fake.messages(SECRETARIAT_CHANNEL).filter((m) => m.text.includes("お知らせ #1"));
    expect(record).toHaveLength(1);
    expect(JSON.stringify(record[0].blocks)).toContain("メール 3件");
    expect(h.errors()).toEqual([]);
  }, 60_000);

  it("e-mail rows left pending while mail was off are sent once by desk announce send-pending", async () => {
    const a1 = await createApplication(h.db, { status: "valid", contactEmail: "first@sme.example.jp" });
    const a2 = await createApplication(h.db, {
      status: "valid",
      contactEmail: "second@sme.example.jp",
      contactLocale: "en",
    });
    // The same service without e-mail (no PUBLIC_BASE_URL / MAIL_FROM): what an app without mail does.
    const { view, id } = await preview(h, {
      宛先: "状況別の指導先企業",
      [STATUS]: "審査済み（候補提示前）",
      件名: "年末年始の休業",
      本文: "12月28日から休業します。",
    });
    expect(JSON.stringify(view.view.blocks)).toContain("メール 2件");
    const mailOff = new AnnouncementsService(h.app.db, h.clock, h.services.notifier, h.services.channels);
    const actor = await h.services.roles.resolveActor(USERS.sec1.id);
    await mailOff.send(actor, id);
    await mailOff.completeSending(id);
    await h.settle();
    const before = smtp.messages().length;
    const rows = await h.db.announcementRecipient.findMany({ where: { announcementId: id } });
    expect(rows.map((r) => `${r.channel}:${r.status}`)).toEqual(["email:pending", "email:pending"]);
    const record = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.text.includes(`お知らせ #${id}`))!;
    expect(JSON.stringify(record.blocks)).toContain("メール 2件（メール送信が設定されていないため届きません");
    await expect(mailOff.sendPending(id)).rejects.toThrow(/E-mail is not configured/);

    const env = {
      DATABASE_URL: h.env.DATABASE_URL,
      SLACK_BOT_TOKEN: "",
      PUBLIC_BASE_URL: h.baseUrl,
      LINK_SECRET,
      MAIL_FROM,
    };
    const out = await desk(["send-pending", String(id)], env, h.clock.now());
    expect(out).toContain(`Announcement #${id}: 2 e-mails queued`);
    // The running app sends what the CLI queued (on its poll; kicked here).
    h.services.dispatcher.kick();
    await h.settle();
    const mails = smtp.messages().slice(before);
    expect(mails.map(recipientOf).sort()).toEqual(["first@sme.example.jp", "second@sme.example.jp"]);
    expect(mails.find((m) => recipientOf(m) === "second@sme.example.jp")!.text).toMatch(/^Dear /);
    const link = /(http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]+)/.exec(mails[0].text ?? "")?.[1];
    expect((await fetch(link!)).status).toBe(200);

    expect(await desk(["send-pending", String(id)], env, h.clock.now())).toContain(
      `Announcement #${id} has no e-mail waiting.`,
    );
    h.services.dispatcher.kick();
    await h.settle();
    expect(smtp.messages().length).toBe(before + 2);
    const after = await h.db.announcementRecipient.findMany({ where: { announcementId: id } });
    expect(after.map((r) => r.status)).toEqual(["queued", "queued"]);
    expect(after.map((r) => r.applicationId)).toEqual([a1.id, a2.id]);
    expect(await desk(["show", String(id)], env)).toContain("email:queued 2");
  }, 60_000);
});

describe("/desk announce at scale: the submission is answered at once, the rest in batches", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it("2,000 recipients: the Send is acked within Slack's time and each gets one row", async () => {
    await manyMailExperts(h, 2000);
    const { view, id } = await preview(h, {
      宛先: "稼働中の専門家（全員）",
      件名: "制度改定のお知らせ",
      本文: "ご確認ください。",
    });
    const values = h.driver.fill(view, { 送信の確認: ["send"] });
    const asClicked = { ...structuredClone(view.view), id: "VREPEATED" };
    const [first, second] = await Promise.all([
      h.driver.submitView(USERS.sec1.id, view, values),
      h.driver.submitView(USERS.sec1.id, asClicked, values),
    ]);
    // Bolt answers 404 when a listener does not ack in time; these are the modal's answers.
    for (const r of [first, second]) expect(r.status).toBe(200);
    // Either click may win the race (with two instances they reach different processes): one
    // starts the sending, the other is told it is under way or done.
    const answers = [first, second].map((r) => JSON.stringify(r.body.view));
    expect(answers.filter((a) => a.includes(`お知らせ #${id} の送信を始めました`))).toHaveLength(1);
    expect(answers.filter((a) => /送信中です|送信済みです/.test(a))).toHaveLength(1);
    // The modal shows its own click's answer.
    expect(JSON.stringify(h.fake.view(view.id)!.view.blocks)).toMatch(
      answers[0].includes("の送信を始めました") ? /の送信を始めました/ : /送信中です|送信済みです/,
    );
    await h.settle();
    expect(await h.db.announcementRecipient.count({ where: { announcementId: id } })).toBe(2000);
    expect((await h.db.announcement.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
    const record = h.fake.messages(SECRETARIAT_CHANNEL).filter((m) => m.text.includes(`お知らせ #${id}`));
    expect(record).toHaveLength(1);
    expect(record[0].text).toContain("専門家 2000人");
    expect(h.errors()).toEqual([]);
  }, 60_000);

  it("an announcement left half-sent is completed by the resume, without duplicates, once", async () => {
    const n = ANNOUNCE_BATCH_SIZE * 2 + 50;
    await manyMailExperts(h, n);
    for (const u of [USERS.expert1, USERS.expert2]) await createExpert(h.db, { slackUserId: u.id, prefecture: 13 });
    const { view, id } = await preview(h, {
      宛先: "稼働中の専門家（全員）",
      件名: "研修のご案内",
      本文: "ご参加ください。",
    });
    // What a stop midway leaves: Send done, the first batch of recipients written, the rest not.
    const service = h.services.announcements;
    const actor = await h.services.roles.resolveActor(USERS.sec1.id);
    await service.send(actor, id);
    expect(await service.deliverBatch(id)).toBe("more");
    await h.settle();
    expect(await h.db.announcementRecipient.count({ where: { announcementId: id } })).toBe(ANNOUNCE_BATCH_SIZE);
    expect((await h.db.announcement.findUniqueOrThrow({ where: { id } })).status).toBe("sending");
    // The secretariat clicking Send again meanwhile changes nothing.
    const again = await h.driver.submitView(USERS.sec1.id, view, h.driver.fill(view, { 送信の確認: ["send"] }));
    expect(JSON.stringify(again.body.view)).toContain("送信中です");
    await h.settle();
    expect(await h.db.announcementRecipient.count({ where: { announcementId: id } })).toBe(ANNOUNCE_BATCH_SIZE);

    // What the app does at start (and desk announce resume): finish what was left.
    expect(await service.resumeSending()).toEqual([id]);
    await h.settle();
    const rows = await h.db.announcementRecipient.findMany({ where: { announcementId: id } });
    expect(rows).toHaveLength(n + 2);
    expect(new Set(rows.map((r) => r.address)).size).toBe(n + 2);
    expect((await h.db.announcement.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
    for (const u of [USERS.expert1, USERS.expert2]) expect(h.fake.messages(u.id)).toHaveLength(1);
    expect(await h.db.outboxMessage.count({ where: { key: { startsWith: `announcement:${id}:` } } })).toBe(3);
    const record = h.fake.messages(SECRETARIAT_CHANNEL).filter((m) => m.text.includes(`お知らせ #${id}`));
    expect(record).toHaveLength(1);
    expect(JSON.stringify(record[0].blocks)).toContain(`メール ${n}件`);

    // Nothing left: resuming again (or from the CLI) changes nothing.
    expect(await service.resumeSending()).toEqual([]);
    expect(await desk(["resume"], { DATABASE_URL: h.env.DATABASE_URL, SLACK_BOT_TOKEN: "" })).toContain(
      "No announcement is being sent.",
    );
    await h.settle();
    expect(await h.db.announcementRecipient.count({ where: { announcementId: id } })).toBe(n + 2);
    const audit = await h.db.auditLog.findMany({ where: { entityType: "announcement", entityId: String(id) } });
    expect(audit.map((a) => a.action)).toEqual(["announcement.draft", "announcement.send", "announcement.sent"]);
    expect(h.errors()).toEqual([]);
  }, 60_000);
});
