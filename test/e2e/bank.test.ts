/**
 * Bank accounts and the Zengin transfer file, driven through Slack like a person: an expert enters
 * their account (bad values first: every bad field says what is wrong), another expert cannot open
 * it, the secretariat pays a batch, sets the payer and gets the batch's transfer file in the
 * secretariat channel, read back field by field.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { corporateNumberCheckDigit } from "../../src/domain/corporate-number.js";
import { BANK_IDS } from "../../src/features/honoraria/bank/bank-ids.js";
import { HONORARIA_IDS } from "../../src/features/honoraria/honoraria-ids.js";
import { readZenginRecords, readZenginTransfer } from "../../src/features/honoraria/zengin/zengin-file.js";
import { createApplication, createCase, createExpert } from "../support/fixtures.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { autofill } from "../support/matrix-world.js";
import { dmTexts } from "../support/privacy.js";
import type { FillValue } from "../support/slack-driver.js";

const B = BANK_IDS.blocks;
const SEC = USERS.sec1.id;
const E1 = USERS.expert1.id;
const E2 = USERS.expert2.id;
const INVOICE = `T${corporateNumberCheckDigit("000012050002")}000012050002`;

describe("bank accounts and the Zengin transfer file", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ now: "2019-11-20T10:00:00" });
  });
  afterEach(async () => {
    await h?.stop();
  });

  /** An expert with `visits` accepted visits, each a payable ¥30,000 line (the visits feature's steps). */
  async function expertWithLines(over: { slackUserId?: string; nameKanji: string }, visits: number) {
    const expert = await createExpert(h.db, over);
    const app = await createApplication(h.db, {});
    const c = await createCase(h.db, { applicationId: app.id, expertId: expert.id });
    for (let round = 1; round <= visits; round++) {
      const visit = await h.db.visit.create({
        data: { caseId: c.id, round, expertId: expert.id, status: "completed", heldOn: `2019-10-0${round}` },
      });
      await h.db.honorariumLine.create({ data: { visitId: visit.id, expertId: expert.id, amountYen: 30000 } });
    }
    return expert;
  }

  /** Everything a user was told privately: replies, DMs, ephemerals and views. */
  function told(user: string): string {
    return [...dmTexts(h.fake, user), ...h.fake.responses().map((r) => JSON.stringify(r.body ?? null))].join("\n");
  }

  async function openAccount(user: string, expertId: number) {
    await h.driver.clickButton(user, { actionId: BANK_IDS.openAccountButton, value: String(expertId) });
    await h.settle();
    const view = h.fake.lastView(user);
    expect(view?.view.callback_id).toBe(BANK_IDS.accountModal);
    return view!;
  }

  async function submitAccount(user: string, view: any, byBlock: Record<string, FillValue>) {
    const res = await h.driver.submitView(user, view, autofill(view, byBlock));
    await h.settle();
    return res;
  }

  const account = (over: Record<string, FillValue> = {}): Record<string, FillValue> => ({
    [B.bank]: { value: "0001" },
    [B.branch]: { value: "0001:001" },
    [B.accountType]: { value: "1" },
    [B.accountNumber]: "1234567",
    [B.holderName]: "ヤマダ タロウ",
    [B.payeeKind]: { value: "individual" },
    ...over,
  });

  it("an expert enters their account: inline errors for each bad field, then saved; nobody else may open it", async () => {
    const e1 = await expertWithLines({ slackUserId: E1, nameKanji: "山田 太郎" }, 1);
    await expertWithLines({ slackUserId: E2, nameKanji: "鈴木 花子" }, 1);

    // The App Home asks for the account and offers the button.
    await h.driver.appHomeOpened(E1);
    await h.settle();
    const home = JSON.stringify(h.fake.homeView(E1)?.view.blocks);
    expect(home).toContain("振込先口座が未登録です");
    expect(home).toContain(BANK_IDS.openAccountButton);

    const view = await openAccount(E1, e1.id);
    // The bank search finds by name, kana and code; the branch search reads the chosen bank.
    const byName = await h.driver.suggest(E1, {
      actionId: BANK_IDS.bankOptions,
      blockId: B.bank,
      value: "みずほ",
      view,
    });
    expect(byName.options[0]).toMatchObject({ value: "0001", text: { text: "0001 みずほ（ミズホ）" } });
    const byKana = await h.driver.suggest(E1, {
      actionId: BANK_IDS.bankOptions,
      blockId: B.bank,
      value: "ミツイスミトモ",
      view,
    });
    expect(byKana.options.map((o: any) => o.value)).toContain("0009");
    const chosen = {
      [B.bank]: { [BANK_IDS.bankOptions]: { type: "external_select", selected_option: byName.options[0] } },
    };
    const branches = await h.driver.suggest(E1, {
      actionId: BANK_IDS.branchOptions,
      blockId: B.branch,
      value: "とうきょう",
      view,
      values: chosen,
    });
    expect(branches.options[0]).toMatchObject({ value: "0001:001", text: { text: "001 東京営業部（トウキヨウ）" } });
    const noBank = await h.driver.suggest(E1, {
      actionId: BANK_IDS.branchOptions,
      blockId: B.branch,
      value: "東京",
      view,
    });
    expect(noBank.options).toEqual([]);

    const bad = await submitAccount(
      E1,
      view,
      account({
        [B.branch]: { value: "0005:001" },
        [B.accountNumber]: "12345678",
        [B.holderName]: "山田 タロウ",
        [B.invoiceNumber]: "T8000012050002",
      }),
    );
    expect(bad.body.response_action).toBe("errors");
    expect(bad.body.errors[B.branch]).toContain("選んだ銀行のものではありません");
    expect(bad.body.errors[B.accountNumber]).toContain("7桁以内");
    expect(bad.body.errors[B.holderName]).toContain("使えない文字があります: 山 田");
    expect(bad.body.errors[B.invoiceNumber]).toContain("検査用数字");
    const badBank = await submitAccount(E1, view, account({ [B.bank]: { value: "0002" }, [B.invoiceNumber]: "1234" }));
    expect(badBank.body.errors[B.bank]).toContain("銀行コード「0002」は全銀協の銀行一覧にありません");
    expect(badBank.body.errors[B.invoiceNumber]).toContain("T に続く13桁");
    expect(await h.db.expertBankAccount.count()).toBe(0);

    const good = await submitAccount(E1, view, account({ [B.invoiceNumber]: INVOICE.toLowerCase() }));
    expect(good.body?.response_action).toBeUndefined();
    expect(await h.db.expertBankAccount.findUniqueOrThrow({ where: { expertId: e1.id } })).toMatchObject({
      bankCode: "0001",
      branchCode: "001",
      accountType: "1",
      accountNumber: "1234567",
      holderKana: "ﾔﾏﾀﾞ ﾀﾛｳ",
      payeeKind: "individual",
      invoiceNumber: INVOICE,
      updatedBy: E1,
    });
    expect(h.fake.messages(E1).at(-1)?.text).toContain("みずほ 東京営業部（001） 普通 1234567 ﾔﾏﾀﾞ ﾀﾛｳ");
    // The audit trail records the change without the account number in clear.
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "bank_account.create" } });
    expect(audit.after).toContain("****567");
    expect(audit.after).not.toContain("1234567");
    // The same submission delivered again changes nothing.
    await submitAccount(E1, view, account({ [B.invoiceNumber]: INVOICE }));
    expect(await h.db.auditLog.count({ where: { entityType: "expert_bank_account" } })).toBe(1);

    // The Home shows it masked; reopening shows it pre-filled to its owner.
    await h.driver.appHomeOpened(E1);
    await h.settle();
    expect(JSON.stringify(h.fake.homeView(E1)?.view.blocks)).toContain("****567");
    const again = await openAccount(E1, e1.id);
    expect(JSON.stringify(again.view.blocks)).toContain('"initial_value":"1234567"');

    // Another expert cannot open it, even with a forged button value.
    const opened = h.fake.views().length;
    await h.driver.clickButton(E2, { actionId: BANK_IDS.openAccountButton, value: String(e1.id) });
    await h.settle();
    expect(h.fake.views().length).toBe(opened);
    expect(told(E2)).toContain("本人と事務局だけが見られます");
    expect(told(E2)).not.toContain("1234567");
    // Nor submit into it.
    const forged = await h.driver.submitView(E2, again, autofill(again, account({ [B.accountNumber]: "7777777" })));
    expect(forged.body.response_action).toBe("errors");
    expect((await h.db.expertBankAccount.findUniqueOrThrow({ where: { expertId: e1.id } })).accountNumber).toBe(
      "1234567",
    );
  });

  it("the secretariat pays a batch, sets the payer and gets the batch's transfer file, read back field by field", async () => {
    const e1 = await expertWithLines({ slackUserId: E1, nameKanji: "山田 太郎" }, 2);
    const e2 = await expertWithLines({ slackUserId: E2, nameKanji: "鈴木 花子" }, 1);
    const e3 = await expertWithLines({ nameKanji: "佐藤 次郎" }, 1);

    // The batch is paid through the pay modal.
    await h.driver.clickButton(SEC, { actionId: HONORARIA_IDS.openPayButton, value: "pay" });
    await h.settle();
    const pay = h.fake.lastView(SEC)!;
    await h.driver.submitView(SEC, pay, autofill(pay, { [HONORARIA_IDS.blocks.paidOn]: "2019-11-25" }));
    await h.settle();
    const batch = await h.db.honorariumBatch.findFirstOrThrow();

    // The secretariat's Home offers the payer settings and the batch's file.
    await h.driver.appHomeOpened(SEC);
    await h.settle();
    const home = JSON.stringify(h.fake.homeView(SEC)?.view.blocks);
    expect(home).toContain("依頼人（振込元）が未設定です");
    expect(home).toContain(`"value":"${batch.id}"`);

    const transfer = async (user: string) => {
      await h.driver.clickButton(user, { actionId: BANK_IDS.transferFileButton, value: String(batch.id) });
      await h.settle();
    };
    await transfer(SEC);
    expect(told(SEC)).toContain("依頼人（振込元）が設定されていません");

    // The payer: bad values first, then good ones.
    await h.driver.clickButton(SEC, { actionId: BANK_IDS.openPayerButton, value: "payer" });
    await h.settle();
    const payerView = h.fake.lastView(SEC)!;
    expect(payerView.view.callback_id).toBe(BANK_IDS.payerModal);
    const payer = (over: Record<string, FillValue> = {}) =>
      autofill(payerView, {
        [B.payerCode]: "1234567890",
        [B.payerName]: "シヤ）チユウブセキユリテイ",
        [B.bank]: { value: "0005" },
        [B.branch]: { value: "0005:001" },
        [B.accountType]: { value: "2" },
        [B.accountNumber]: "7654321",
        ...over,
      });
    const badPayer = await h.driver.submitView(
      SEC,
      payerView,
      payer({ [B.payerCode]: "12345", [B.payerName]: "中部" }),
    );
    expect(badPayer.body.errors[B.payerCode]).toContain("10桁");
    expect(badPayer.body.errors[B.payerName]).toContain("使えない文字があります");
    await h.driver.submitView(SEC, payerView, payer());
    await h.settle();

    // No expert has an account yet: the refusal names them.
    await transfer(SEC);
    expect(told(SEC)).toContain("振込先口座が未登録の専門家がいます: 山田 太郎、鈴木 花子、佐藤 次郎");

    // The experts enter theirs with /expert bank; the secretariat enters the off-Slack expert's.
    await h.driver.command(E1, "/expert", "bank");
    await h.settle();
    await submitAccount(E1, h.fake.lastView(E1)!, account());
    await transfer(SEC);
    expect(told(SEC)).toContain("振込先口座が未登録の専門家がいます: 鈴木 花子、佐藤 次郎");
    await h.driver.command(E2, "/expert", "bank");
    await h.settle();
    const r2 = await submitAccount(
      E2,
      h.fake.lastView(E2)!,
      account({
        [B.bank]: { value: "9900" },
        [B.branch]: { value: "9900:018" },
        [B.accountNumber]: "12345",
        [B.holderName]: "すずき はなこ",
      }),
    );
    expect(r2.body?.response_action, JSON.stringify(r2.body)).toBeUndefined();
    const secView = await openAccount(SEC, e3.id);
    const r3 = await submitAccount(
      SEC,
      secView,
      account({
        [B.bank]: { value: "0009" },
        [B.branch]: { value: "0009:101" },
        [B.accountType]: { value: "2" },
        [B.accountNumber]: "42",
        [B.holderName]: "カ）サトウジムショ",
        [B.payeeKind]: { value: "corporation" },
      }),
    );
    expect(r3.body?.response_action, JSON.stringify(r3.body)).toBeUndefined();
    expect((await h.db.expertBankAccount.findMany()).map((a) => a.expertId)).toEqual([e1.id, e2.id, e3.id]);

    // An expert cannot make the file.
    await transfer(E1);
    expect(told(E1)).toContain("事務局メンバーだけ");

    await transfer(SEC);
    await transfer(SEC); // a double click shares one file
    const files = h.fake.files().filter((f) => f.channel_id === SECRETARIAT_CHANNEL);
    expect(files.map((f) => f.filename)).toEqual([`zengin-batch-${batch.id}-2019-11-25.txt`]);
    const bytes = files[0].bytes;
    expect(readZenginRecords(bytes).map((r) => r.length)).toEqual([120, 120, 120, 120, 120, 120]);
    const file = readZenginTransfer(bytes);
    expect(file.header).toMatchObject({
      payerCode: "1234567890",
      payerName: "ｼﾔ)ﾁﾕｳﾌﾞｾｷﾕﾘﾃｲ",
      transferDate: "--11-25",
      bankCode: "0005",
      branchCode: "001",
      accountType: "2",
      accountNumber: "7654321",
    });
    expect(
      file.payees.map((p) => [p.bankCode, p.branchCode, p.accountType, p.accountNumber, p.holderName, p.amountYen]),
    ).toEqual([
      // The net amounts the batch fixed: fees less 10.21 % withheld (the batch was paid before
      // anyone had an account, so all three were paid as individuals).
      ["0001", "001", "1", "1234567", "ﾔﾏﾀﾞ ﾀﾛｳ", 53874],
      ["9900", "018", "1", "0012345", "ｽｽﾞｷ ﾊﾅｺ", 26937],
      ["0009", "101", "2", "0000042", "ｶ)ｻﾄｳｼﾞﾑｼﾖ", 26937],
    ]);
    expect(file.payees.map((p) => Number(p.customerCode))).toEqual([e1.id, e2.id, e3.id]);
    expect(file.trailer).toEqual({ count: 3, totalYen: 107748 });
    expect(file.payees[0].bankName).toBe("ﾐｽﾞﾎ");
    expect(file.payees[0].branchName).toBe("ﾄｳｷﾖｳ");
    const posted = h.fake
      .calls()
      .find((c) => c.method === "files.completeUploadExternal" && c.args.channel_id === SECRETARIAT_CHANNEL);
    expect(String(posted?.args.initial_comment)).toContain("3件、合計 107,748円");
    expect(await h.db.auditLog.count({ where: { action: "honorarium.transfer_file" } })).toBe(1);
    expect(h.errors()).toEqual([]);
  });
});
