/**
 * A slice of a program run through Slack — experts register, SMEs apply (one by mail through the
 * secretariat), matching, a visit and its report, the daily and weekly jobs (reminders, digest),
 * a briefing session, FAQ and questions — and then everything the app posted anywhere is scanned:
 * SME names, contacts, emails and phones appear only in the secretariat channel and in DMs; an
 * SME's DMs carry neither another SME's data nor an expert's email or phone.
 */
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corporateNumberCheckDigit } from "../../src/domain/corporate-number.js";
import { APPLICATION_IDS } from "../../src/features/applications/applications-ids.js";
import { BRIEFING_IDS } from "../../src/features/briefings/briefings-ids.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import { HELPDESK_IDS } from "../../src/features/helpdesk/helpdesk-ids.js";
import { BANK_IDS } from "../../src/features/honoraria/bank/bank-ids.js";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { JOBS } from "../../src/jobs/index.js";
import type { FakeSlack } from "../support/fake-slack.js";
import { DIGEST_CHANNEL, type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { autofill, expertForm } from "../support/matrix-world.js";
import { assertNoPersonalData, dmTexts, findPersonalData } from "../support/privacy.js";
import type { FillValue } from "../support/slack-driver.js";
import { reportValues } from "../support/visit-fixtures.js";

const SME2 = { id: "USME2", name: "sato", realName: "佐藤 二", locale: "ja-JP" };
const SEC = USERS.sec1.id;

type Sme = { company: string; contact: string; email: string; phone: string; address: string; corp: string };

function corporateNumber(base12: string): string {
  return `${corporateNumberCheckDigit(base12)}${base12}`;
}

const SMES: Record<"a" | "b" | "c", Sme> = {
  a: {
    company: "株式会社秘密電機",
    contact: "秘密 花子",
    email: "hanako@himitsu-denki.example.jp",
    phone: "052-111-2233",
    address: "名古屋市中区錦秘密1-2-3",
    corp: corporateNumber("180301018771"),
  },
  b: {
    company: "有限会社内緒精工",
    contact: "内緒 次郎",
    email: "jiro@naisho-seiko.example.jp",
    phone: "0566-22-3344",
    address: "刈谷市内緒町4-5-6",
    corp: corporateNumber("180302018772"),
  },
  c: {
    company: "合同会社非公開商事",
    contact: "非公開 三郎",
    email: "saburo@hikokai.example.jp",
    phone: "052-999-8877",
    address: "豊橋市非公開通7-8-9",
    corp: corporateNumber("180303018773"),
  },
};

const EXPERTS = {
  e1: { user: USERS.expert1.id, name: "山田 太郎", email: "yamada-home@example.jp", phone: "090-1234-5678" },
  e2: { user: USERS.expert2.id, name: "鈴木 花子", email: "suzuki-home@example.jp", phone: "080-8765-4321" },
};

/** Expert 1's bank account as entered, and its holder name as the transfer file writes it. */
const BANK = { number: "7654321", holder: "ヤマダ　タロウ", holderKana: "ﾔﾏﾀﾞ ﾀﾛｳ", invoice: "T7000012050002" };
const bankSecrets = [BANK.number, BANK.holder, BANK.holderKana, BANK.invoice];

const smeSecrets = (s: Sme) => [s.company, s.contact, s.email, s.phone, s.address];
const expertSecrets = [EXPERTS.e1.email, EXPERTS.e1.phone, EXPERTS.e2.email, EXPERTS.e2.phone];

describe("privacy: a program slice, then every channel is scanned for personal data", () => {
  let h: Harness;
  const ids = { apps: {} as Record<string, number>, cases: {} as Record<string, number> };

  async function lastView(user: string, callbackId: string) {
    await h.settle();
    const view = h.fake.lastView(user);
    expect(view?.view.callback_id, JSON.stringify(h.fake.responses().at(-1)?.body ?? null)).toBe(callbackId);
    return view!;
  }

  async function submit(user: string, view: any, byBlock: Record<string, FillValue> = {}) {
    const res = await h.driver.submitView(user, view, autofill(view, byBlock));
    expect(res.body?.response_action, JSON.stringify(res.body)).not.toBe("errors");
    await h.settle();
  }

  async function click(user: string, actionId: string, value: string, message?: { channel: string; ts: string }) {
    await h.driver.clickButton(user, { actionId, value, ...(message ? { message } : {}) });
    await h.settle();
  }

  async function registerExpert(e: (typeof EXPERTS)["e1"], n: number) {
    const B = EXPERT_IDS.blocks;
    await h.driver.command(e.user, "/expert", "register");
    await submit(
      e.user,
      await lastView(e.user, EXPERT_IDS.registerModal),
      expertForm(n, { [B.nameKanji]: e.name, [B.capacity]: "5", [B.email]: e.email, [B.phone]: e.phone }),
    );
    const expert = await h.db.expert.findUniqueOrThrow({ where: { slackUserId: e.user } });
    await click(SEC, EXPERT_IDS.approveButton, String(expert.id));
    return expert.id;
  }

  async function apply(user: string, s: Sme) {
    const B = APPLICATION_IDS.blocks;
    await h.driver.command(user, "/apply");
    await submit(user, await lastView(user, APPLICATION_IDS.applyModal), {
      [B.companyName]: s.company,
      [B.companyKana]: "カブシキガイシャ",
      [B.corporateNumber]: s.corp,
      [B.industry]: { value: "E" },
      [B.capital]: "10000000",
      [B.employees]: "25",
      [B.prefecture]: { value: "23" },
      [B.address]: s.address,
      [B.contactName]: s.contact,
      [B.contactTitle]: "総務部長",
      [B.contactEmail]: s.email,
      [B.contactPhone]: s.phone,
      [B.scheduleWishes]: "平日午後を希望",
    });
    const app = await h.db.application.findFirstOrThrow({ where: { contactEmail: s.email } });
    await click(SEC, APPLICATION_IDS.validButton, String(app.id));
    return app.id;
  }

  /** Proposes two candidates, the SME (or the secretariat for it) picks `expertId`, the secretariat approves. */
  async function match(appId: number, expertId: number, smeUser: string | null) {
    await click(SEC, MATCHING_IDS.proposeButton, String(appId));
    await submit(SEC, await lastView(SEC, MATCHING_IDS.proposeModal), { [MATCHING_IDS.blocks.count]: "2" });
    const proposal = await h.db.proposal.findFirstOrThrow({ where: { applicationId: appId } });
    if (smeUser) {
      const value = `${proposal.id}:${expertId}`;
      const dm = h.fake.messages(smeUser).find((m) => JSON.stringify(m.blocks ?? []).includes(`"${value}"`));
      expect(dm, "the SME got the candidates by DM").toBeDefined();
      await click(smeUser, MATCHING_IDS.chooseButton, value, { channel: smeUser, ts: dm!.ts });
    } else {
      await click(SEC, MATCHING_IDS.recordChoiceButton, String(proposal.id));
      await submit(SEC, await lastView(SEC, MATCHING_IDS.recordChoiceModal), {
        [MATCHING_IDS.blocks.expert]: { value: String(expertId) },
      });
    }
    await click(SEC, MATCHING_IDS.approveButton, String(appId));
    await submit(SEC, await lastView(SEC, MATCHING_IDS.approveModal), {
      [MATCHING_IDS.blocks.firstVisitTarget]: "2019-10-20",
    });
    return (await h.db.case.findUniqueOrThrow({ where: { applicationId: appId } })).id;
  }

  beforeAll(async () => {
    h = await startHarness({ users: [SME2] });
    const e1 = await registerExpert(EXPERTS.e1, 1);
    const e2 = await registerExpert(EXPERTS.e2, 2);

    // Expert 1 enters a bank account and invoice number.
    await click(EXPERTS.e1.user, BANK_IDS.openAccountButton, String(e1));
    await submit(EXPERTS.e1.user, await lastView(EXPERTS.e1.user, BANK_IDS.accountModal), {
      [BANK_IDS.blocks.bank]: { value: "0001" },
      [BANK_IDS.blocks.branch]: { value: "0001:001" },
      [BANK_IDS.blocks.accountNumber]: BANK.number,
      [BANK_IDS.blocks.holderName]: BANK.holder,
      [BANK_IDS.blocks.invoiceNumber]: BANK.invoice,
    });
    // Expert 2 tries to open it with a forged button value.
    await click(EXPERTS.e2.user, BANK_IDS.openAccountButton, String(e1));

    ids.apps.a = await apply(USERS.sme1.id, SMES.a);
    ids.apps.b = await apply(SME2.id, SMES.b);
    ids.apps.c = await apply(SEC, SMES.c);
    ids.cases.a = await match(ids.apps.a, e1, USERS.sme1.id);
    ids.cases.b = await match(ids.apps.b, e2, SME2.id);
    ids.cases.c = await match(ids.apps.c, e1, null);

    // Visits: case A's first visit is planned, held and reported; case B's is planned.
    const plan = { [VISIT_IDS.blocks.time]: "10:00", [VISIT_IDS.blocks.place]: "本社会議室" };
    await click(EXPERTS.e1.user, VISIT_IDS.scheduleNextButton, String(ids.cases.a));
    await submit(EXPERTS.e1.user, await lastView(EXPERTS.e1.user, VISIT_IDS.scheduleModal), {
      ...plan,
      [VISIT_IDS.blocks.date]: "2019-10-08",
    });
    await click(EXPERTS.e2.user, VISIT_IDS.scheduleNextButton, String(ids.cases.b));
    await submit(EXPERTS.e2.user, await lastView(EXPERTS.e2.user, VISIT_IDS.scheduleModal), {
      ...plan,
      [VISIT_IDS.blocks.date]: "2019-10-09",
    });
    h.clock.set("2019-10-08T18:00:00");
    const visitA = await h.db.visit.findFirstOrThrow({ where: { caseId: ids.cases.a, round: 1 } });
    await click(EXPERTS.e1.user, VISIT_IDS.openLogButton, String(visitA.id));
    const report = await lastView(EXPERTS.e1.user, VISIT_IDS.reportModal);
    const res = await h.driver.submitView(
      EXPERTS.e1.user,
      report,
      h.driver.fill(report, reportValues(report, 1, { 実施日: "2019-10-08" })),
    );
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    const r = await h.db.visitReport.findFirstOrThrow({ where: { visitId: visitA.id } });
    await click(SEC, VISIT_IDS.acceptReportButton, String(r.id));

    // A briefing session with one seat: one expert gets it, the other waits; then it is cancelled.
    await h.driver.command(SEC, "/desk", "briefing create");
    await submit(SEC, await lastView(SEC, BRIEFING_IDS.createModal), {
      [BRIEFING_IDS.blocks.heldOn]: "2019-10-25",
      [BRIEFING_IDS.blocks.startTime]: "14:00",
      [BRIEFING_IDS.blocks.city]: "名古屋",
      [BRIEFING_IDS.blocks.capacity]: "1",
    });
    const session = await h.db.briefingSession.findFirstOrThrow();
    await click(EXPERTS.e1.user, BRIEFING_IDS.registerButton, String(session.id));
    await click(EXPERTS.e2.user, BRIEFING_IDS.registerButton, String(session.id));
    await click(SEC, BRIEFING_IDS.cancelButton, String(session.id));
    await submit(SEC, await lastView(SEC, BRIEFING_IDS.cancelModal), { [BRIEFING_IDS.blocks.reason]: "会場の都合" });

    // FAQ and a question to the secretariat, answered.
    await h.driver.command(USERS.sme1.id, "/desk", "faq 謝金");
    await h.settle();
    await click(USERS.sme1.id, HELPDESK_IDS.askButton, `${SMES.a.company}の訪問日程を変更したいです`);
    const ticket = await h.db.ticket.findFirstOrThrow();
    await click(SEC, HELPDESK_IDS.answerButton, String(ticket.id));
    await submit(SEC, await lastView(SEC, HELPDESK_IDS.answerModal), {
      [HELPDESK_IDS.blocks.answer]: "担当の専門家から改めて連絡します。",
    });

    // The scheduled jobs of the next Monday morning: reminders, the weekly digest (an end date
    // close enough that cases are at risk, and an expert who asked for the weekly summary), surveys.
    await h.driver.command(EXPERTS.e1.user, "/expert", "weekly on");
    await h.services.program.update({ endDate: "2019-10-31", applyUntil: "2019-10-14" }, SEC);
    h.clock.set("2019-10-14T09:30:00");
    for (const job of JOBS) await job.run(h.app.ctx, h.clock.now());
    await h.settle();
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it("the slice ran: personal data reached the secretariat channel and the digest was posted", () => {
    const secretariat = JSON.stringify(h.fake.messages(SECRETARIAT_CHANNEL));
    expect(secretariat).toContain(SMES.a.company);
    expect(h.fake.messages(DIGEST_CHANNEL).length).toBeGreaterThan(0);
    expect(secretariat).toContain("間に合わないおそれ");
    expect(dmTexts(h.fake, EXPERTS.e1.user).join("\n")).toContain(SMES.c.company);
    expect(h.errors()).toEqual([]);
  });

  it("no channel other than the secretariat's carries an SME's or an expert's personal data", async () => {
    await assertNoPersonalData(h.fake, {
      channelsAllowed: [SECRETARIAT_CHANNEL],
      secrets: [...smeSecrets(SMES.a), ...smeSecrets(SMES.b), ...smeSecrets(SMES.c), ...expertSecrets, ...bankSecrets],
    });
  });

  it("an expert's bank account reaches only that expert and the secretariat", async () => {
    expect(await h.db.expertBankAccount.count()).toBe(1);
    expect(dmTexts(h.fake, EXPERTS.e1.user).join("\n")).toContain(BANK.number);
    for (const user of [EXPERTS.e2.user, USERS.sme1.id, SME2.id]) {
      const texts = dmTexts(h.fake, user).join("\n");
      expect(
        bankSecrets.filter((s) => texts.includes(s)),
        `${user}'s DMs and views`,
      ).toEqual([]);
    }
    // Nowhere, not even in the secretariat channel, is the number posted as a message.
    const channels = JSON.stringify(
      h.fake.calls().filter((c) => c.method === "chat.postMessage" && String(c.args.channel).startsWith("C")),
    );
    expect(bankSecrets.filter((s) => channels.includes(s))).toEqual([]);
    // The export carries it only with personal data.
    const full = (await h.services.exports.export("experts", "csv")).content.toString("utf8");
    const safe = (await h.services.exports.export("experts", "csv", { personal: false })).content.toString("utf8");
    expect(full).toContain(BANK.number);
    expect(full).toContain("account_number");
    expect(bankSecrets.filter((s) => safe.includes(s))).toEqual([]);
    expect(safe).not.toContain("account_number");
  });

  it("an SME's DMs carry neither another SME's data nor an expert's email or phone", () => {
    for (const [user, own] of [
      [USERS.sme1.id, "a"],
      [SME2.id, "b"],
    ] as const) {
      const texts = dmTexts(h.fake, user).join("\n");
      expect(texts.length, `${user} got DMs`).toBeGreaterThan(0);
      const others = (Object.keys(SMES) as (keyof typeof SMES)[]).filter((k) => k !== own);
      const leaked = [...others.flatMap((k) => smeSecrets(SMES[k])), ...expertSecrets].filter((s) => texts.includes(s));
      expect(leaked, `${user}'s DMs`).toEqual([]);
    }
  });

  it("an expert's DMs carry no SME data of cases that are not theirs", () => {
    // Expert 2 holds case B only; A and C are expert 1's.
    const texts = dmTexts(h.fake, EXPERTS.e2.user).join("\n");
    const leaked = [...smeSecrets(SMES.a), ...smeSecrets(SMES.c)].filter((s) => texts.includes(s));
    expect(leaked).toEqual([]);
  });

  it("the scan itself finds a planted name, email and phone in a public channel and in a shared file", async () => {
    const planted = {
      calls: () => [
        {
          method: "chat.postMessage",
          args: { channel: "C0GENERAL", text: `今週は${SMES.b.company}を訪問`, blocks: undefined },
          response: { ok: true },
        },
        {
          method: "chat.update",
          args: { channel: DIGEST_CHANNEL, text: "連絡先 someone@example.org / 03-1234-5678" },
          response: { ok: true },
        },
        { method: "chat.postMessage", args: { channel: SEC, text: SMES.a.email }, response: { ok: true } },
        {
          method: "chat.postMessage",
          args: { channel: SECRETARIAT_CHANNEL, text: SMES.a.contact },
          response: { ok: true },
        },
      ],
      responses: () => [],
      files: () => [
        {
          filename: "list.csv",
          channel_id: DIGEST_CHANNEL,
          bytes: Buffer.from(`会社,電話\n${SMES.c.company},${SMES.c.phone}\n`),
        },
        // A Zengin transfer file (Shift_JIS, half-width kana) shared in the wrong channel.
        {
          filename: "zengin-batch-1.txt",
          channel_id: "C0GENERAL",
          bytes: iconv.encode(`2${"0001"}${"ﾐｽﾞﾎ".padEnd(15)}${BANK.holderKana}\r\n`, "Shift_JIS"),
        },
      ],
    } as unknown as FakeSlack;
    const findings = await findPersonalData(planted, {
      channelsAllowed: [SECRETARIAT_CHANNEL],
      secrets: [SMES.b.company, SMES.c.company, SMES.a.email, SMES.a.contact, BANK.holderKana],
    });
    expect(findings.map((f) => `${f.channel} ${f.found}`).sort()).toEqual(
      [
        `C0GENERAL ${SMES.b.company}`,
        `${DIGEST_CHANNEL} someone@example.org`,
        `${DIGEST_CHANNEL} 03-1234-5678`,
        `${DIGEST_CHANNEL} ${SMES.c.company}`,
        `${DIGEST_CHANNEL} ${SMES.c.phone}`,
        `C0GENERAL ${BANK.holderKana}`,
      ].sort(),
    );
  });
});
