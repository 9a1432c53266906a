import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { corporateNumberCheckDigit } from "../../src/domain/corporate-number.js";
import type { StoredView } from "../support/fake-slack.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";

/** A 13-digit 法人番号 with the right check digit. */
function corporateNumber(base12: string): string {
  return `${corporateNumberCheckDigit(base12)}${base12}`;
}

const CORP = corporateNumber("180301018771");

const FORM = {
  企業名: "株式会社サンプル製作所",
  "企業名（フリガナ）": "カブシキガイシャサンプルセイサクショ",
  "法人番号（13桁）": CORP,
  業種: "製造業",
  "資本金（円）": "10000000",
  "常時使用する従業員数（人）": "25",
  "所在地（都道府県）": "愛知県",
  "所在地（市区町村以降）": "名古屋市中区丸の内1-2-3",
  "ご担当者 氏名": "田中 一",
  "ご担当者 役職": "総務部長",
  "ご担当者 メールアドレス": "tanaka@example.co.jp",
  "ご担当者 電話番号": "052-123-4567",
  この事業を知ったきっかけ: "商工会議所・商工会・業界団体",
  訪問日程のご希望: "11月中の平日午後を希望します",
};

type Form = Record<string, unknown>;

describe("SME applications and screening", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  async function openForm(userId: string): Promise<StoredView> {
    await h.driver.command(userId, "/apply");
    await h.settle();
    return h.fake.lastView(userId)!;
  }

  async function submit(userId: string, form: Form, view?: StoredView) {
    const modal = view ?? (await openForm(userId));
    const res = await h.driver.submitView(userId, modal, h.driver.fill(modal, form as never));
    await h.settle();
    return res;
  }

  async function applyOk(userId: string, form: Form = FORM) {
    const res = await submit(userId, form);
    expect(res.body?.response_action, JSON.stringify(res.body)).toBeUndefined();
    return h.db.application.findFirstOrThrow({ orderBy: { id: "desc" }, include: { company: true } });
  }

  function reviewMessage(applicationId: number) {
    return h.fake
      .messages(SECRETARIAT_CHANNEL)
      .find(
        (m) =>
          JSON.stringify(m.blocks).includes(`application_review_${applicationId}`) ||
          m.text.includes(`#${applicationId} `),
      )!;
  }

  it("a non-member applies: one application, a review message for the secretariat, a DM receipt", async () => {
    const expert = await h.db.expert.create({
      data: {
        nameKanji: "山田 太郎",
        nameKana: "やまだ たろう",
        qualification: "RISS",
        status: "active",
        registeredOn: "2019-08-01",
        prefecture: 23,
      },
    });
    await h.db.expert.create({
      data: {
        nameKanji: "山田 次郎",
        nameKana: "やまだ じろう",
        qualification: "RISS",
        status: "pending",
        registeredOn: "2019-08-01",
      },
    });
    const view = await openForm(USERS.sme1.id);
    expect(view.view.title.text).toBe("専門家指導の申込み");
    expect(JSON.stringify(view.view)).not.toContain("受付方法");
    const contact = view.view.blocks.find((b: { block_id: string }) => b.block_id === "contact_user");
    expect(contact.element.initial_user).toBe(USERS.sme1.id);

    // The preferred expert is searched by kana (katakana finds hiragana) among active experts only.
    const options = await h.driver.suggest(USERS.sme1.id, {
      actionId: "application_recruiter",
      blockId: "recruiter",
      value: "ヤマダ",
      view,
    });
    expect(options.options.map((o: { value: string }) => o.value)).toEqual([String(expert.id)]);
    expect(options.options[0].text.text).toBe("山田 太郎（やまだ たろう）");
    const byKanji = await h.driver.suggest(USERS.sme1.id, {
      actionId: "application_recruiter",
      blockId: "recruiter",
      value: "太郎",
      view,
    });
    expect(byKanji.options).toHaveLength(1);

    const res = await submit(
      USERS.sme1.id,
      {
        ...FORM,
        "希望する専門家（紹介を受けた専門家など）": { value: String(expert.id), text: "山田 太郎（やまだ たろう）" },
      },
      view,
    );
    expect(res.body?.response_action).toBeUndefined();

    const apps = await h.db.application.findMany({ include: { company: true } });
    expect(apps).toHaveLength(1);
    const app = apps[0];
    expect(app).toMatchObject({
      status: "received",
      source: "slack",
      receivedOn: "2019-10-01",
      heardFrom: "chamber",
      contactSlackUserId: USERS.sme1.id,
      submittedBy: USERS.sme1.id,
      recruiterExpertId: expert.id,
      submissionKey: view.id,
      eligibilityOverride: false,
    });
    expect(app.company).toMatchObject({
      corporateNumber: CORP,
      industry: "E",
      capitalYen: 10_000_000,
      employees: 25,
      prefecture: 23,
    });

    const review = h.fake.messages(SECRETARIAT_CHANNEL);
    expect(review).toHaveLength(1);
    expect(review[0].text).toContain("株式会社サンプル製作所");
    const blocks = JSON.stringify(review[0].blocks);
    expect(blocks).toContain("application_valid");
    expect(blocks).toContain("application_invalid_open");
    expect(blocks).toContain("山田 太郎");
    expect(blocks).not.toContain("tanaka@example.co.jp");
    expect(blocks).not.toContain("http");

    const dm = h.fake.messages(USERS.sme1.id);
    expect(dm).toHaveLength(1);
    expect(dm[0].text).toContain("受け付けました");
    expect(dm[0].text).toContain(`#${app.id}`);
    // SME data goes to the secretariat channel and the applicant only.
    expect(h.fake.messages("C0GENERAL")).toHaveLength(0);
    expect(h.fake.messages(USERS.sec1.id)).toHaveLength(0);

    const audit = await h.db.auditLog.findMany({ where: { entityType: "application" } });
    expect(audit.map((a) => a.action)).toEqual(["application.create"]);
  });

  it("the secretariat enters a mail application with a past received-on date, even after the window closed", async () => {
    h.clock.set("2019-11-25T10:00:00");
    const view = await openForm(USERS.sec1.id);
    expect(view.view.title.text).toBe("申込みの代理登録");
    const receivedOn = view.view.blocks.find((b: { block_id: string }) => b.block_id === "received_on");
    expect(receivedOn.element.initial_date).toBe("2019-11-25");
    const contact = view.view.blocks.find((b: { block_id: string }) => b.block_id === "contact_user");
    expect(contact.element.initial_user).toBeUndefined();

    const outside = await submit(USERS.sec1.id, { ...FORM, 受付方法: "郵送", 受付日: "2019-08-01" }, view);
    expect(outside.body.response_action).toBe("errors");
    expect(outside.body.errors.received_on).toContain("申込受付期間（2019/8/14〜2019/11/21）の外");
    const future = await submit(USERS.sec1.id, { ...FORM, 受付方法: "郵送", 受付日: "2019-11-26" }, view);
    expect(future.body.errors.received_on).toContain("今日より後");
    expect(await h.db.application.count()).toBe(0);

    const ok = await submit(USERS.sec1.id, { ...FORM, 受付方法: "郵送", 受付日: "2019-11-20" }, view);
    expect(ok.body?.response_action).toBeUndefined();
    const app = await h.db.application.findFirstOrThrow();
    expect(app).toMatchObject({
      source: "mail",
      receivedOn: "2019-11-20",
      submittedBy: USERS.sec1.id,
      contactSlackUserId: null,
    });
    expect(h.fake.messages(SECRETARIAT_CHANNEL)[0].text).toContain("株式会社サンプル製作所");
    expect(JSON.stringify(h.fake.messages(SECRETARIAT_CHANNEL)[0].blocks)).toContain("郵送");
    // Nobody on Slack to tell: no DM at all.
    expect(h.fake.messages().filter((m) => m.channel !== SECRETARIAT_CHANNEL)).toHaveLength(0);
  });

  it("an ineligible company is refused with the threshold; the secretariat may override", async () => {
    const big = { ...FORM, "資本金（円）": "500000000", "常時使用する従業員数（人）": "400" };
    const res = await submit(USERS.sme1.id, big);
    expect(res.body.response_action).toBe("errors");
    expect(res.body.errors.capital).toContain("製造業その他は資本金3億円以下または従業員300人以下が対象です");
    const retail = await submit(USERS.sme1.id, { ...big, 業種: "小売業", "資本金（円）": "" });
    expect(retail.body.errors.employees).toContain("小売業・飲食店は資本金5千万円以下または従業員50人以下が対象です");
    const government = await submit(USERS.sme1.id, { ...FORM, 業種: "公務（他に分類されるものを除く）" });
    expect(government.body.errors.industry).toContain("対象外");
    expect(await h.db.application.count()).toBe(0);

    const view = await openForm(USERS.sec1.id);
    const warned = await submit(USERS.sec1.id, { ...big, 受付方法: "FAX" }, view);
    expect(warned.body.errors.capital).toContain("3億円以下");
    expect(warned.body.errors.capital).toContain("対象外に見えても登録する");
    expect(warned.body.errors.overrides).toBeDefined();
    expect(await h.db.application.count()).toBe(0);

    const overridden = await submit(
      USERS.sec1.id,
      { ...big, 受付方法: "FAX", "確認の上書き（事務局の判断）": ["対象外に見えても登録する"] },
      view,
    );
    expect(overridden.body?.response_action).toBeUndefined();
    const app = await h.db.application.findFirstOrThrow();
    expect(app.eligibilityOverride).toBe(true);
    expect(app.source).toBe("fax");
    expect(JSON.stringify(h.fake.messages(SECRETARIAT_CHANNEL)[0].blocks)).toContain(
      "中小企業の要件外に見えるが事務局判断で登録",
    );
  });

  it("a bad 法人番号 is an inline error; full-width digits and hyphens are accepted", async () => {
    const wrongDigit = `${(Number(CORP[0]) + 1) % 10}${CORP.slice(1)}`;
    const res = await submit(USERS.sme1.id, { ...FORM, "法人番号（13桁）": wrongDigit });
    expect(res.body.errors.corporate_number).toContain("チェックデジット");
    const short = await submit(USERS.sme1.id, { ...FORM, "法人番号（13桁）": "12345" });
    expect(short.body.errors.corporate_number).toContain("13桁");
    expect(await h.db.application.count()).toBe(0);

    const fullWidth = `${CORP.slice(0, 1)}－${CORP.slice(1, 5)}－${CORP.slice(5)}`.replace(/\d/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    const app = await applyOk(USERS.sme1.id, { ...FORM, "法人番号（13桁）": fullWidth });
    expect(app.company.corporateNumber).toBe(CORP);
  });

  it("reports every bad field at once, in place", async () => {
    const res = await submit(USERS.sme1.id, {
      ...FORM,
      "企業名（フリガナ）": "Sample",
      "ご担当者 メールアドレス": "not-an-email",
      "ご担当者 電話番号": "12",
      "常時使用する従業員数（人）": "2.5",
    });
    expect(res.body.response_action).toBe("errors");
    expect(res.body.errors.company_kana).toContain("カタカナ");
    expect(res.body.errors.contact_email).toContain("メールアドレス");
    expect(res.body.errors.contact_phone).toContain("電話番号");
    expect(res.body.errors.employees).toContain("整数");
    expect(await h.db.application.count()).toBe(0);
  });

  it("duplicates: same 法人番号 or same normalised name in the prefecture are refused; the secretariat may override", async () => {
    const first = await applyOk(USERS.sme1.id);

    const byNumber = await submit(USERS.outsider.id, { ...FORM, 企業名: "サンプル製作所" });
    expect(byNumber.body.errors.corporate_number).toContain("すでに受け付けています");
    const byName = await submit(USERS.outsider.id, {
      ...FORM,
      企業名: "（株）サンプル　製作所",
      "法人番号（13桁）": "",
    });
    expect(byName.body.errors.company_name).toContain("すでに受け付けています");
    // Another prefecture is another company.
    await applyOk(USERS.outsider.id, {
      ...FORM,
      企業名: "（株）サンプル　製作所",
      "法人番号（13桁）": "",
      "所在地（都道府県）": "岐阜県",
    });
    // So is a namesake with another 法人番号.
    await applyOk(USERS.expert1.id, { ...FORM, "法人番号（13桁）": corporateNumber("000012050002") });
    expect(await h.db.application.count()).toBe(3);

    const view = await openForm(USERS.sec1.id);
    const warned = await submit(USERS.sec1.id, { ...FORM, 受付方法: "Webフォーム" }, view);
    expect(warned.body.errors.corporate_number).toContain(`#${first.id}`);
    expect(warned.body.errors.corporate_number).toContain("重複に見えても登録する");
    const overridden = await submit(
      USERS.sec1.id,
      { ...FORM, 受付方法: "Webフォーム", "確認の上書き（事務局の判断）": ["重複に見えても登録する"] },
      view,
    );
    expect(overridden.body?.response_action).toBeUndefined();
    const entered = await h.db.application.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(entered.duplicateOverride).toBe(true);
    // Each application keeps its own company record; the overridden one is flagged for screening.
    expect(await h.db.company.count({ where: { corporateNumber: CORP } })).toBe(2);
    expect(JSON.stringify(reviewMessage(entered.id).blocks)).toContain(
      `同じ法人番号の申込があります: #${first.id}（審査待ち）`,
    );
  });

  it("a reused 法人番号 never rewrites an earlier (even invalid) application's company; the new one is flagged", async () => {
    const first = await applyOk(USERS.sme1.id);
    const sec = await h.services.roles.resolveActor(USERS.sec1.id);
    await h.services.applications.markInvalid(sec, first.id, "incomplete", "");
    await h.settle();

    const second = await applyOk(USERS.outsider.id, {
      ...FORM,
      企業名: "株式会社なりすまし商事",
      "企業名（フリガナ）": "ナリスマシショウジ",
      業種: "卸売業",
      "資本金（円）": "90000000",
      "常時使用する従業員数（人）": "80",
      "所在地（都道府県）": "東京都",
      "所在地（市区町村以降）": "千代田区1-1",
    });
    const earlier = await h.db.application.findUniqueOrThrow({ where: { id: first.id }, include: { company: true } });
    expect(earlier.company).toMatchObject({
      name: "株式会社サンプル製作所",
      nameKana: "カブシキガイシャサンプルセイサクショ",
      corporateNumber: CORP,
      industry: first.company.industry,
      capitalYen: 10_000_000,
      employees: 25,
      prefecture: 23,
      address: "名古屋市中区丸の内1-2-3",
    });
    expect(second.company).toMatchObject({ name: "株式会社なりすまし商事", prefecture: 13, employees: 80 });
    expect(second.companyId).not.toBe(first.companyId);

    // The secretariat sees the possible duplicate with the other application's number and status.
    const review = JSON.stringify(reviewMessage(second.id).blocks);
    expect(review).toContain(`同じ法人番号の申込があります: #${first.id}（無効）`);
    expect(JSON.stringify(reviewMessage(first.id).blocks)).not.toContain("同じ法人番号");
    const res = await h.driver.command(USERS.sec1.id, "/desk", "queue");
    await h.settle();
    expect(JSON.stringify(h.fake.responses(res.responseUrl).at(-1)!.body.blocks)).toContain(
      `同じ法人番号の申込があります: #${first.id}（無効）`,
    );
    await h.db.secretariatMember.create({ data: { slackUserId: USERS.english.id, addedBy: USERS.sec1.id } });
    const en = await h.driver.command(USERS.english.id, "/desk", "queue");
    await h.settle();
    expect(JSON.stringify(h.fake.responses(en.responseUrl).at(-1)!.body.blocks)).toContain(
      `Another application has the same corporate number: #${first.id} (Invalid)`,
    );
    // The Invalid button's modal shows it too, where the secretariat picks 「重複した申込み」.
    await h.driver.clickButton(USERS.sec1.id, {
      actionId: "application_invalid_open",
      value: String(second.id),
      message: reviewMessage(second.id),
    });
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    expect(modal.view.callback_id).toBe("application_invalid");
    expect(JSON.stringify(modal.view.blocks)).toContain(`同じ法人番号の申込があります: #${first.id}（無効）`);
    // Screened invalid as the duplicate, its message keeps the warning (and the earlier record is still untouched).
    await h.services.applications.markInvalid(sec, second.id, "duplicate", "");
    await h.settle();
    const updated = h.fake
      .messages(SECRETARIAT_CHANNEL)
      .find((m) => m.text.includes(`#${second.id} `) && m.text.includes("無効"));
    expect(JSON.stringify(updated?.blocks)).toContain(`#${first.id}（無効）`);
    const again = await h.db.company.findUniqueOrThrow({ where: { id: first.companyId } });
    expect(again.name).toBe("株式会社サンプル製作所");
  });

  it("an invalid application no longer counts as a duplicate", async () => {
    const first = await applyOk(USERS.sme1.id);
    const sec = await h.services.roles.resolveActor(USERS.sec1.id);
    await h.services.applications.markInvalid(sec, first.id, "incomplete", "");
    await h.settle();
    await applyOk(USERS.sme1.id);
    expect(await h.db.application.count()).toBe(2);
  });

  it("outside the application window an applicant gets an inline error on the first field", async () => {
    h.clock.set("2019-11-22T09:00:00");
    const res = await submit(USERS.sme1.id, FORM);
    expect(res.body.response_action).toBe("errors");
    expect(res.body.errors.company_name).toContain("申込受付期間（2019/8/14〜2019/11/21）外");
    h.clock.set("2019-08-13T23:59:00");
    const early = await submit(USERS.sme1.id, FORM);
    expect(early.body.errors.company_name).toContain("申込受付期間");
    expect(await h.db.application.count()).toBe(0);
  });

  it("screening valid: once only, audited, the channel message loses its buttons, the applicant is told", async () => {
    const app = await applyOk(USERS.sme1.id);
    const review = reviewMessage(app.id);
    // Two members click Valid at the same moment: one screening, the other is told it is done.
    await Promise.all([
      h.driver.clickButton(USERS.sec1.id, { actionId: "application_valid", value: String(app.id), message: review }),
      h.driver.clickButton(USERS.sec2.id, { actionId: "application_valid", value: String(app.id), message: review }),
    ]);
    await h.settle();
    const after = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.status).toBe("valid");
    expect([USERS.sec1.id, USERS.sec2.id]).toContain(after.screenedBy);
    expect(JSON.stringify(h.fake.responses().map((r) => r.body))).toContain("すでに審査済みです（有効）");
    const updated = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.ts === review.ts)!;
    expect(updated.updated).toBe(true);
    expect(JSON.stringify(updated.blocks)).not.toContain("application_valid");
    expect(updated.text).toContain("有効");
    // The next step is offered on the same message: propose candidate experts.
    expect(JSON.stringify(updated.blocks)).toContain("候補の専門家を提示する");
    await h.driver.clickButton(USERS.sec1.id, {
      actionId: "matching_propose_open",
      value: String(app.id),
      message: updated,
    });
    await h.settle();
    expect(h.fake.lastView(USERS.sec1.id)?.view.callback_id).toBe("matching_propose");
    expect(h.fake.messages(USERS.sme1.id).at(-1)!.text).toContain("有効な申込みとして受け付けました");

    // A stale `/desk queue` reply still shows the buttons: clicking changes nothing and says why.
    await h.driver.clickButton(USERS.sec2.id, {
      actionId: "application_invalid_open",
      value: String(app.id),
      channelId: "C0GENERAL",
    });
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)?.body)).toContain("すでに審査済み");
    expect(h.fake.calls("views.open").filter((c) => c.args.view?.callback_id === "application_invalid")).toHaveLength(
      0,
    );
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("valid");
    const audit = await h.db.auditLog.findMany({ where: { entityType: "application" } });
    expect(audit.map((a) => a.action)).toEqual(["application.create", "application.valid"]);
    expect(h.fake.messages(USERS.sme1.id).filter((m) => m.text.includes("有効な申込み"))).toHaveLength(1);
  });

  it("screening invalid asks a reason in a modal; the applicant is told the reason", async () => {
    const app = await applyOk(USERS.sme1.id);
    const review = reviewMessage(app.id);
    await h.driver.clickButton(USERS.sec1.id, {
      actionId: "application_invalid_open",
      value: String(app.id),
      message: review,
    });
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    expect(modal.view.callback_id).toBe("application_invalid");
    expect(h.fake.calls("views.open").filter((c) => c.args.view?.callback_id === "application_invalid")).toHaveLength(
      1,
    );
    const noDetail = await h.driver.submitView(USERS.sec1.id, modal, h.driver.fill(modal, { 理由: "その他" }));
    expect(noDetail.body.response_action).toBe("errors");
    expect(noDetail.body.errors.reason_detail).toContain("詳細");
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("received");

    const res = await h.driver.submitView(
      USERS.sec1.id,
      modal,
      h.driver.fill(modal, { 理由: "中小企業に該当しない", 詳細: "親会社が大企業（みなし大企業）" }),
    );
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const after = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.status).toBe("invalid");
    expect(after.invalidReason).toBe("not_sme: 親会社が大企業（みなし大企業）");
    const dm = h.fake.messages(USERS.sme1.id).at(-1)!.text;
    expect(dm).toContain("受け付けられませんでした");
    expect(dm).toContain("中小企業に該当しない（親会社が大企業（みなし大企業））");
    const updated = h.fake.messages(SECRETARIAT_CHANNEL).find((m) => m.ts === review.ts)!;
    expect(JSON.stringify(updated.blocks)).not.toContain("application_invalid_open");
    expect(JSON.stringify(updated.blocks)).toContain("中小企業に該当しない");

    // Buttons on a stale `/desk queue` reply: opening again or marking valid is refused, nothing changes.
    await h.driver.clickButton(USERS.sec2.id, {
      actionId: "application_invalid_open",
      value: String(app.id),
      channelId: "C0GENERAL",
    });
    await h.driver.clickButton(USERS.sec2.id, {
      actionId: "application_valid",
      value: String(app.id),
      channelId: "C0GENERAL",
    });
    await h.settle();
    expect(
      h.fake
        .responses()
        .slice(-2)
        .map((r) => JSON.stringify(r.body)),
    ).toEqual([expect.stringContaining("すでに審査済み"), expect.stringContaining("すでに審査済み")]);
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("invalid");
    const audit = await h.db.auditLog.findMany({ where: { entityType: "application" } });
    expect(audit.map((a) => a.action)).toEqual(["application.create", "application.invalid"]);
  });

  it("a non-secretariat user cannot screen: refused with the reason, nothing changes", async () => {
    const app = await applyOk(USERS.sme1.id);
    const review = reviewMessage(app.id);
    for (const actionId of ["application_valid", "application_invalid_open"]) {
      await h.driver.clickButton(USERS.sme1.id, { actionId, value: String(app.id), message: review });
      await h.settle();
      expect(JSON.stringify(h.fake.responses().at(-1)?.body)).toContain("事務局メンバーだけ");
    }
    expect(h.fake.calls("views.open")).toHaveLength(1);
    await h.driver.command(USERS.sme1.id, "/desk", "queue");
    await h.settle();
    expect(JSON.stringify(h.fake.responses().at(-1)?.body)).toContain("事務局メンバーだけ");
    const after = await h.db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(after.status).toBe("received");
    expect(await h.db.auditLog.count({ where: { entityType: "application" } })).toBe(1);
  });

  it("the same submission delivered twice creates one application", async () => {
    const view = await openForm(USERS.sme1.id);
    const values = h.driver.fill(view, FORM as never);
    const answers = await Promise.all([
      h.driver.submitView(USERS.sme1.id, view, values),
      h.driver.submitView(USERS.sme1.id, view, values),
    ]);
    await h.settle();
    expect(answers.map((a) => a.body?.response_action)).toEqual([undefined, undefined]);
    expect(await h.db.application.count()).toBe(1);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
    expect(h.fake.messages(USERS.sme1.id)).toHaveLength(1);
  });

  it("speaks English to an English-locale user", async () => {
    const view = await openForm(USERS.english.id);
    expect(view.view.title.text).toBe("Apply for guidance");
    const form = {
      "Company name": "Smith Trading 株式会社",
      "Company name (kana)": "スミストレーディング",
      Industry: "Wholesale trade",
      "Capital (yen)": "200000000",
      "Regular employees": "150",
      Prefecture: "Osaka",
      Address: "大阪市北区1-1",
      "Contact person": "John Smith",
      "Contact's email": "john@example.com",
      "Contact's phone": "06-1234-5678",
      "How did you hear of the program?": "Seminar or event",
    };
    const refused = await submit(USERS.english.id, form, view);
    expect(refused.body.errors.capital).toBe(
      "This company does not meet the SME criteria. Wholesale: capital of ¥100 million or less, or 100 regular employees or fewer.",
    );
    const ok = await submit(USERS.english.id, { ...form, "Regular employees": "80" }, view);
    expect(ok.body?.response_action).toBeUndefined();
    expect(h.fake.messages(USERS.english.id).at(-1)!.text).toContain(
      "We received the application of Smith Trading 株式会社",
    );
    // The secretariat channel stays Japanese.
    expect(h.fake.messages(SECRETARIAT_CHANNEL)[0].text).toContain("中小企業の申込み");

    const app = await h.db.application.findFirstOrThrow();
    const sec = await h.services.roles.resolveActor(USERS.sec1.id);
    await h.services.applications.markValid(sec, app.id);
    await h.settle();
    expect(h.fake.messages(USERS.english.id).at(-1)!.text).toContain("has been checked and accepted");
  });

  it("/desk queue lists the oldest first under Slack's block limit and says how many more exist", async () => {
    const sec = await h.services.roles.resolveActor(USERS.sec1.id);
    const service = h.services.applications;
    for (let i = 1; i <= 23; i++) {
      const input = service.parseForm(
        {
          received_via: "mail",
          received_on: `2019-09-${String(30 - i).padStart(2, "0")}`,
          company_name: `テスト商店${i}`,
          company_kana: "テストショウテン",
          corporate_number: "",
          industry: "IR",
          capital: "",
          employees: "5",
          prefecture: "13",
          address: "千代田区1-1",
          contact_name: "担当 者",
          contact_title: "",
          contact_email: "a@example.com",
          contact_phone: "03-1234-5678",
          contact_user: null,
          heard_from: "other",
          recruiter: null,
          schedule_wishes: "",
          overrides: [],
        },
        true,
      );
      await service.apply(sec, input, { submissionKey: `bulk-${i}`, onBehalf: true });
    }
    await h.settle();
    const res = await h.driver.command(USERS.sec1.id, "/desk", "queue");
    await h.settle();
    const body = h.fake.responses(res.responseUrl).at(-1)!.body;
    expect(body.blocks.length).toBeLessThanOrEqual(50);
    expect(body.text).toContain("23件");
    expect(JSON.stringify(body.blocks)).toContain("ほか 3 件");
    // Oldest received first: テスト商店23 was received on 9/7.
    expect(body.blocks[1].text.text).toContain("テスト商店23");

    // Screening from the (ephemeral) queue redraws it without the screened application.
    const oldest = await h.db.application.findFirstOrThrow({ where: { company: { name: "テスト商店23" } } });
    await h.driver.clickButton(USERS.sec1.id, {
      actionId: "application_valid",
      value: String(oldest.id),
      channelId: "C0GENERAL",
    });
    await h.settle();
    const redrawn = h.fake.responses().find((r) => r.body.replace_original === true)!;
    expect(redrawn.body.text).toContain("22件");
    expect(JSON.stringify(redrawn.body.blocks)).not.toContain("テスト商店23");
  });

  it("App Home: the secretariat sees counts, the queue and pending experts; others see how to apply", async () => {
    const app = await applyOk(USERS.sme1.id);
    const pending = await h.db.expert.create({
      data: {
        nameKanji: "鈴木 花子",
        nameKana: "すずき はなこ",
        qualification: "ITC",
        status: "pending",
        registeredOn: "2019-09-30",
      },
    });
    await h.driver.appHomeOpened(USERS.sec1.id);
    await h.settle();
    const home = JSON.stringify(h.fake.homeView(USERS.sec1.id)!.view.blocks);
    expect(home).toContain("審査待ち 1");
    expect(home).toContain("株式会社サンプル製作所");
    expect(home).toContain("application_valid");
    expect(home).toContain("鈴木 花子");
    expect(home).toContain("expert_approve");

    await h.driver.clickButton(USERS.sec1.id, {
      actionId: "application_valid",
      value: String(app.id),
      view: h.fake.homeView(USERS.sec1.id)!,
    });
    await h.settle();
    const refreshed = JSON.stringify(h.fake.homeView(USERS.sec1.id)!.view.blocks);
    expect(refreshed).toContain("有効 1");
    expect(refreshed).not.toContain("application_valid");
    expect((await h.db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("valid");
    expect(pending.status).toBe("pending");

    // Invalid from the Home tab: the reason modal, then the Home tab is redrawn.
    const second = await applyOk(USERS.outsider.id, { ...FORM, 企業名: "別会社", "法人番号（13桁）": "" });
    await h.driver.appHomeOpened(USERS.sec1.id);
    await h.settle();
    await h.driver.clickButton(USERS.sec1.id, {
      actionId: "application_invalid_open",
      value: String(second.id),
      view: h.fake.homeView(USERS.sec1.id)!,
    });
    await h.settle();
    const modal = h.fake.lastView(USERS.sec1.id)!;
    await h.driver.submitView(USERS.sec1.id, modal, h.driver.fill(modal, { 理由: "記入内容の不備" }));
    await h.settle();
    expect((await h.db.application.findUniqueOrThrow({ where: { id: second.id } })).invalidReason).toBe("incomplete");
    const afterInvalid = JSON.stringify(h.fake.homeView(USERS.sec1.id)!.view.blocks);
    expect(afterInvalid).toContain("無効 1");
    expect(afterInvalid).not.toContain("application_invalid_open");

    await h.driver.appHomeOpened(USERS.outsider.id);
    await h.settle();
    const outsiderHome = h.fake.homeView(USERS.outsider.id)!;
    expect(JSON.stringify(outsiderHome.view.blocks)).not.toContain("審査待ち");
    await h.driver.clickButton(USERS.outsider.id, { actionId: "application_apply_open", view: outsiderHome });
    await h.settle();
    expect(h.fake.lastView(USERS.outsider.id)!.view.title.text).toBe("専門家指導の申込み");
  });
});
