/**
 * Faults: Slack's Web API failing (500, 429 with Retry-After, ok:false, no answer in time) on every
 * kind of outgoing call, response URLs failing, and the database locked by another process.
 * What a user would notice: a clear private message instead of silence, nothing half-done, and
 * every notification delivered exactly once (or given up loudly).
 */
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerDoctor } from "../../src/cli/commands/doctor.js";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import { MATCHING_IDS } from "../../src/features/matching/matching-ids.js";
import { VISIT_IDS } from "../../src/features/visits/visits-ids.js";
import { holdWriteLock } from "../support/db-lock.js";
import type { Fault } from "../support/fake-slack.js";
import { createApplication, createExpert } from "../support/fixtures.js";
import { type Harness, type HarnessOptions, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";
import { visitCase } from "../support/visit-fixtures.js";

const FORM = {
  "氏名（漢字）": "山田 太郎",
  "氏名（かな）": "やまだ たろう",
  資格: "情報処理安全確保支援士（RISS）",
  "情報処理安全確保支援士 登録番号": "012345",
  居住都道府県: "愛知県",
  訪問できる都道府県: ["愛知県", "岐阜県"],
  支援経験のある業種: ["製造業"],
  同時に担当できる最大件数: "3",
  "自己紹介・得意分野": "製造業のISMS構築支援が得意です。",
};
const SLACK_FAILED = "処理中に問題が発生しました。入力済みの内容は保存されていません";
const BUSY_JA = "ただいま処理が混み合っているため";

/** Every way Slack's Web API fails an outgoing call. `slow` outlasts a trigger_id (3 s). */
const FAULTS: [string, Fault][] = [
  ["HTTP 500", { status: 500 }],
  ["429 with Retry-After", { status: 429, retryAfter: 1 }],
  ["ok:false internal_error", { error: "internal_error" }],
  ["no answer in time", { delayMs: 3_200 }],
];

let h: Harness;
afterEach(async () => {
  await h?.stop();
  vi.unstubAllEnvs();
});

async function start(opts: HarnessOptions = {}) {
  h = await startHarness(opts);
  return h;
}

const replies = (userId?: string) =>
  h.fake
    .responses()
    .map((r) => String(r.body.text ?? ""))
    .concat(userId ? h.fake.messages(userId).map((m) => m.text) : []);

/** `/expert register` and a filled form: the review post in the secretariat channel and a DM. */
async function register(userId: string, form: Record<string, unknown> = FORM) {
  await h.driver.command(userId, "/expert", "register");
  await h.settle();
  const view = h.fake.lastView(userId)!;
  const res = await h.driver.submitView(userId, view, h.driver.fill(view, form as never));
  await h.settle();
  return { view, res };
}

const expertOf = (userId: string) => h.db.expert.findUniqueOrThrow({ where: { slackUserId: userId } });

/** Advances the manual clock past every backoff and delivers what is due, `rounds` times. */
async function retryRounds(rounds: number, stepMs = 1_000) {
  for (let i = 0; i < rounds; i++) {
    h.clock.advance(stepMs);
    await h.settle();
  }
}

describe("Slack fails an interactive call: the user is told privately, nothing is half-done", () => {
  for (const [name, fault] of FAULTS) {
    it(`views.open (${name}): a clear private message, no modal, nothing saved; running the command again works`, async () => {
      await start();
      h.fake.failNext("views.open", fault);
      const res = await h.driver.command(USERS.expert1.id, "/expert", "register");
      expect(res.status).toBe(200);
      expect(res.ms).toBeLessThan(3_000);
      await h.settle();
      expect(h.fake.lastView(USERS.expert1.id)).toBeUndefined();
      expect(replies().join("\n")).toContain(SLACK_FAILED);
      expect(await h.db.expert.count()).toBe(0);
      expect(await h.db.auditLog.count({ where: { entityType: "expert" } })).toBe(0);

      await h.driver.command(USERS.expert1.id, "/expert", "register");
      await h.settle();
      expect(h.fake.lastView(USERS.expert1.id)?.view.callback_id).toBe(EXPERT_IDS.registerModal);
    });
  }

  it("an English speaker reads the message in English", async () => {
    await start();
    await h.driver.command(USERS.english.id, "/desk", "help");
    await h.settle();
    h.fake.failNext("views.open", { status: 500 });
    await h.driver.command(USERS.english.id, "/expert", "register");
    await h.settle();
    expect(replies().at(-1)).toContain("Something went wrong while processing this; nothing was changed.");
  });

  it("with the production retry policy one 500 and one 429 (Retry-After) are ridden out and the modal opens", async () => {
    await start({ appOptions: { retryConfig: { retries: 2, factor: 1, minTimeout: 50, maxTimeout: 50 } } });
    h.fake.failNext("views.open", { status: 500 });
    await h.driver.command(USERS.expert1.id, "/expert", "register");
    await h.settle();
    expect(h.fake.lastView(USERS.expert1.id)?.view.callback_id).toBe(EXPERT_IDS.registerModal);

    h.fake.failNext("views.open", { status: 429, retryAfter: 1 });
    await h.driver.command(USERS.expert2.id, "/expert", "register");
    await h.settle();
    expect(h.fake.lastView(USERS.expert2.id)?.view.callback_id).toBe(EXPERT_IDS.registerModal);
    expect(h.fake.calls("views.open").map((c) => c.status)).toEqual([500, 200, 429, 200]);
    expect(replies()).toEqual([]);
  });

  it("views.update fails while editing the candidate list: told privately, the modal and the database unchanged", async () => {
    await start();
    const a = await createExpert(h.db, { nameKanji: "山田 太郎", slackUserId: USERS.expert1.id, prefecture: 23 });
    await createExpert(h.db, { nameKanji: "鈴木 花子", slackUserId: USERS.expert2.id, prefecture: 23 });
    const app = await createApplication(h.db, { company: { name: "株式会社サンプル製作所", prefecture: 23 } });
    await h.driver.clickButton(USERS.sec1.id, { actionId: MATCHING_IDS.proposeButton, value: String(app.id) });
    await h.settle();
    const view = h.fake.lastView(USERS.sec1.id)!;
    expect(view.view.callback_id).toBe(MATCHING_IDS.proposeModal);
    for (const [, fault] of FAULTS.slice(0, 3)) {
      h.fake.failNext("views.update", fault);
      await h.driver.clickButton(USERS.sec1.id, {
        actionId: MATCHING_IDS.removeCandidate,
        blockId: `candidate_${a.id}`,
        view,
      });
      await h.settle();
      expect(h.fake.view(view.id)?.hash).toBe(view.hash);
      expect(replies(USERS.sec1.id).at(-1)).toContain(SLACK_FAILED);
    }
    expect(await h.db.proposal.count()).toBe(0);
    expect(h.errors().every((e) => String(e.msg) === "handler failed")).toBe(true);
  });

  it("views.push fails from the case page: told privately, the case unchanged", async () => {
    await start({ now: "2019-11-01T10:00:00" });
    const { case: c } = await visitCase(h);
    await h.driver.command(USERS.sec1.id, "/desk", `case ${c.id}`);
    await h.settle();
    const page = h.fake.lastView(USERS.sec1.id)!;
    for (const [, fault] of FAULTS.slice(0, 3)) {
      h.fake.failNext("views.push", fault);
      await h.driver.clickButton(USERS.sec1.id, {
        actionId: VISIT_IDS.completeCaseButton,
        value: String(c.id),
        view: page,
      });
      await h.settle();
      expect(h.fake.currentView(USERS.sec1.id)?.id).toBe(page.id);
      expect(replies(USERS.sec1.id).at(-1)).toContain(SLACK_FAILED);
    }
    expect((await h.db.case.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("active");
  });

  for (const [name, fault] of FAULTS) {
    it(`users.info (${name}): the request is still served, in the stored language or Japanese`, async () => {
      await start();
      h.fake.failNext("users.info", { ...fault, ...(fault.delayMs ? { delayMs: 2_000 } : {}) });
      const res = await h.driver.command(USERS.english.id, "/desk", "help");
      expect(res.status).toBe(200);
      await h.settle();
      // users.info gets a second at most (a modal submission must be answered within 3 s).
      expect(res.ms).toBeLessThan(1_500);
      expect(replies().at(-1)).toContain("できること");
      expect(await h.db.slackUser.count({ where: { slackUserId: USERS.english.id } })).toBe(0);
      // Slack recovers: the next request learns the language and answers in English.
      await h.fake.waitFor(() => h.fake.inFlight() === 0, 5_000);
      await h.driver.command(USERS.english.id, "/desk", "help");
      await h.settle();
      expect(replies().at(-1)).toContain("what you can do");
    });
  }

  it("a slow users.info during a modal submission: answered within Slack's 3 s, the registration saved", async () => {
    await start();
    await h.driver.command(USERS.expert1.id, "/expert", "register");
    await h.settle();
    const view = h.fake.lastView(USERS.expert1.id)!;
    // The cached language is gone, so the submission asks Slack again; Slack does not answer for 5 s.
    await h.db.slackUser.deleteMany();
    h.fake.failNext("users.info", { delayMs: 5_000 });
    const res = await h.driver.submitView(USERS.expert1.id, view, h.driver.fill(view, FORM));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(2_500);
    expect(res.body?.response_action).toBeUndefined();
    await h.settle();
    expect((await expertOf(USERS.expert1.id)).status).toBe("pending");
  });

  it("the response URL fails: the answer arrives as a DM instead of being lost", async () => {
    await start();
    h.fake.failNext("response_url", { status: 500 });
    await h.driver.command(USERS.expert1.id, "/desk", "help");
    await h.settle();
    expect(h.fake.responses()).toEqual([]);
    expect(h.fake.messages(USERS.expert1.id).at(-1)?.text).toContain("できること");

    // A refusal of a button click too (the approval is the secretariat's).
    const expert = await createExpert(h.db, { status: "pending" });
    h.fake.failNext("response_url", { status: 404, error: "used_url" });
    await h.driver.clickButton(USERS.outsider.id, { actionId: EXPERT_IDS.approveButton, value: String(expert.id) });
    await h.settle();
    expect(h.fake.messages(USERS.outsider.id).at(-1)?.text).toContain("事務局メンバーだけ");
    expect((await h.db.expert.findUniqueOrThrow({ where: { id: expert.id } })).status).toBe("pending");
  });
});

describe("Slack fails an outbox delivery: retried with backoff, delivered exactly once, or given up loudly", () => {
  it.each(FAULTS.filter(([, f]) => !f.delayMs))(
    "chat.postMessage (%s) twice: the review post and the DM each arrive once",
    async (_name, fault) => {
      await start();
      h.fake.failNext("chat.postMessage", fault, 2);
      await register(USERS.expert1.id);
      expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(0);
      const waiting = await h.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
      expect(waiting.map((r) => r.status)).toEqual(["pending", "pending"]);
      if (fault.status === 429) {
        // Slack's Retry-After is honoured to the millisecond and costs no attempt.
        for (const r of waiting) expect(r.nextAttemptAt.getTime() - h.clock.now().getTime()).toBe(1_000);
        expect(waiting.map((r) => r.attempts)).toEqual([0, 0]);
        h.clock.advance(999);
        await h.settle();
        expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(0);
      }
      await retryRounds(3);
      expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
      expect(h.fake.messages(USERS.expert1.id)).toHaveLength(1);
      expect((await h.db.outboxMessage.findMany()).map((r) => r.status)).toEqual(["sent", "sent"]);
    },
  );

  it("chat.postMessage without an answer in time: the timed-out call stored nothing, the retry delivers once", async () => {
    await start({ appOptions: { apiTimeoutMs: 300 } });
    h.fake.failNext("chat.postMessage", { delayMs: 700 });
    await register(USERS.expert1.id);
    const first = await h.db.outboxMessage.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(first).toMatchObject({ status: "pending", attempts: 1 });
    expect(first.lastError).toMatch(/timeout|abort/i);
    await h.fake.waitFor(() => h.fake.inFlight() === 0);
    await retryRounds(2);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
    // The review post: one call abandoned (status 0, nothing stored), one delivered; plus the DM.
    expect(
      h.fake
        .calls("chat.postMessage")
        .map((c) => c.status)
        .sort(),
    ).toEqual([0, 200, 200]);
    expect(h.fake.messages(USERS.expert1.id)).toHaveLength(1);
  });

  it("chat.update fails (500, 429, internal_error): the review message is updated once after the approval", async () => {
    await start();
    await register(USERS.expert1.id);
    const expert = await expertOf(USERS.expert1.id);
    const review = h.fake.messages(SECRETARIAT_CHANNEL)[0];
    h.fake.failNext("chat.update", { status: 500 });
    h.fake.failNext("chat.update", { status: 429, retryAfter: 2 });
    h.fake.failNext("chat.update", { error: "internal_error" });
    await h.driver.clickButton(USERS.sec1.id, {
      actionId: EXPERT_IDS.approveButton,
      value: String(expert.id),
      message: review,
    });
    await h.settle();
    await retryRounds(4, 2_000);
    const ok = h.fake.calls("chat.update").filter((c) => c.status === 200 && c.response.ok);
    expect(ok).toHaveLength(1);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)[0].updated).toBe(true);
    expect(h.fake.messages(USERS.expert1.id).filter((m) => m.text.includes("承認されました"))).toHaveLength(1);
    expect(await h.db.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
  });

  it("a file upload fails at each of its three steps: the file is shared once", async () => {
    await start();
    h.fake.failNext("files.getUploadURLExternal", { status: 500 });
    h.fake.failNext("files.completeUploadExternal", { error: "internal_error" });
    h.fake.failNext("files.completeUploadExternal", { status: 429, retryAfter: 1 });
    const png = Buffer.from("fake chart bytes").toString("base64");
    await h.app.db.transaction((tx) =>
      h.services.notifier.upload(tx, "faults:chart", {
        channel: SECRETARIAT_CHANNEL,
        contentBase64: png,
        filename: "chart.png",
        title: "週次グラフ",
      }),
    );
    h.services.notifier.kick();
    await h.settle();
    await retryRounds(4);
    const shared = h.fake.files().filter((f) => f.shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({ channel_id: SECRETARIAT_CHANNEL, title: "週次グラフ" });
    expect(await h.db.outboxMessage.findFirstOrThrow({ where: { key: "faults:chart" } })).toMatchObject({
      status: "sent",
    });
  });

  it("after the attempt limit the message is given up: status dead, an error logged, `desk doctor` says NG", async () => {
    await start({ appOptions: { dispatcherOptions: { maxAttempts: 3 } } });
    h.fake.failNext("chat.postMessage", { status: 500 }, 10);
    await register(USERS.expert1.id);
    await retryRounds(4);
    const rows = await h.db.outboxMessage.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ["dead", 3, "http_500"],
      ["dead", 3, "http_500"],
    ]);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(0);
    const givenUp = h.errors().filter((e) => e.msg === "outbox message given up");
    expect(givenUp.map((e) => e.key)).toEqual(rows.map((r) => r.key));
    // Slack recovers; nothing more is sent by itself (a dead row waits for `desk outbox retry`).
    await retryRounds(2);
    expect(h.fake.calls("chat.postMessage")).toHaveLength(6);

    const out = await doctor(h.env.DATABASE_URL);
    const line = out.split("\n").find((l) => l.includes("outbox"))!;
    expect(line).toMatch(/^NG\s+outbox/);
    expect(line).toContain("2 message(s) given up");
    expect(line).toContain(`${rows[0].key} (http_500)`);
    expect(line).toContain("desk outbox retry");
  });

  it("a permanent refusal (channel_not_found) is given up at once, without retries", async () => {
    await start();
    h.fake.failNext("chat.postMessage", { error: "channel_not_found" });
    await register(USERS.expert1.id);
    const review = await h.db.outboxMessage.findFirstOrThrow({ orderBy: { id: "asc" } });
    expect(review).toMatchObject({ status: "dead", attempts: 1, lastError: "channel_not_found" });
    expect(h.fake.messages(USERS.expert1.id)).toHaveLength(1);
  });
});

/** `desk doctor` against a database; its printed lines. */
async function doctor(databaseUrl: string): Promise<string> {
  vi.stubEnv("DATABASE_URL", databaseUrl);
  vi.stubEnv("SLACK_BOT_TOKEN", "");
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const exitCode = process.exitCode;
  try {
    const program = new Command().exitOverride();
    registerDoctor(program);
    await program.parseAsync(["node", "desk", "doctor"]);
  } finally {
    spy.mockRestore();
    process.exitCode = exitCode;
  }
  return out.join("");
}

describe("the database is locked by another process", () => {
  it("a short lock: the submission and the click wait for it and succeed, within Slack's 3 s", async () => {
    await start();
    await register(USERS.expert2.id);
    const pending = await expertOf(USERS.expert2.id);
    await h.driver.command(USERS.expert1.id, "/expert", "register");
    await h.settle();
    const view = h.fake.lastView(USERS.expert1.id)!;

    const lock = await holdWriteLock(h.env.DATABASE_URL, 600);
    const [submit, click] = await Promise.all([
      h.driver.submitView(USERS.expert1.id, view, h.driver.fill(view, FORM)),
      h.driver.clickButton(USERS.sec1.id, { actionId: EXPERT_IDS.approveButton, value: String(pending.id) }),
    ]);
    await lock.released;
    await h.settle();
    expect(submit.status).toBe(200);
    expect(submit.ms).toBeLessThan(3_000);
    expect(submit.body?.response_action).toBeUndefined();
    expect(click.status).toBe(200);
    expect((await expertOf(USERS.expert1.id)).status).toBe("pending");
    expect((await expertOf(USERS.expert2.id)).status).toBe("active");
    expect(replies().at(-1)).toContain("承認しました");
    expect(h.errors()).toEqual([]);
  });

  it("a long lock: 'busy, please resubmit' inline and privately, nothing half-written; resubmitting works", async () => {
    await start();
    await register(USERS.expert2.id);
    const pending = await expertOf(USERS.expert2.id);
    const views = [];
    for (const user of [USERS.expert1.id, USERS.sme1.id]) {
      await h.driver.command(user, "/expert", "register");
      await h.settle();
      views.push(h.fake.lastView(user)!);
    }
    const outboxBefore = await h.db.outboxMessage.count();

    const lock = await holdWriteLock(h.env.DATABASE_URL, 3_000);
    const started = Date.now();
    const [s1, s2, click] = await Promise.all([
      h.driver.submitView(USERS.expert1.id, views[0], h.driver.fill(views[0], FORM)),
      h.driver.submitView(USERS.sme1.id, views[1], h.driver.fill(views[1], { ...FORM, "氏名（漢字）": "田中 一" })),
      h.driver.clickButton(USERS.sec1.id, { actionId: EXPERT_IDS.approveButton, value: String(pending.id) }),
    ]);
    for (const s of [s1, s2]) {
      expect(s.status).toBe(200);
      expect(s.ms).toBeLessThan(3_000);
      expect(s.body.response_action).toBe("errors");
      expect(s.body.errors[EXPERT_IDS.blocks.nameKanji]).toContain(BUSY_JA);
    }
    expect(click.status).toBe(200);
    await h.settle();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(replies().at(-1)).toContain(BUSY_JA);
    // Nothing of the three changes was written: no expert rows, no audit rows, no notifications.
    expect(await h.db.expert.count()).toBe(1);
    expect((await expertOf(USERS.expert2.id)).status).toBe("pending");
    expect(await h.db.auditLog.count({ where: { action: { in: ["expert.approve"] } } })).toBe(0);
    expect(await h.db.outboxMessage.count()).toBe(outboxBefore);
    expect(h.errors()).toEqual([]);

    // The lock clears; the same modals (still open with what was typed) and the button work.
    await lock.released;
    const again = await Promise.all([
      h.driver.submitView(USERS.expert1.id, views[0], h.driver.fill(views[0], FORM)),
      h.driver.submitView(USERS.sme1.id, views[1], h.driver.fill(views[1], { ...FORM, "氏名（漢字）": "田中 一" })),
      h.driver.clickButton(USERS.sec1.id, { actionId: EXPERT_IDS.approveButton, value: String(pending.id) }),
    ]);
    expect(again.map((r) => r.body?.response_action)).toEqual([undefined, undefined, undefined]);
    await h.settle();
    expect(await h.db.expert.count({ where: { status: "pending" } })).toBe(2);
    expect((await expertOf(USERS.expert2.id)).status).toBe("active");
    expect(await h.db.auditLog.count({ where: { action: "expert.register" } })).toBe(3);
    expect(await h.db.auditLog.count({ where: { action: "expert.approve" } })).toBe(1);
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(3);
    expect(await h.db.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
  });

  it("the outbox waits for the lock and marks its sends: no message twice", async () => {
    await start();
    await register(USERS.expert1.id);
    const expert = await expertOf(USERS.expert1.id);
    // Slack answers the approval DM slowly; the lock is taken meanwhile, so marking it sent must wait.
    h.fake.failNext("chat.postMessage", { delayMs: 300 });
    await h.driver.clickButton(USERS.sec1.id, { actionId: EXPERT_IDS.approveButton, value: String(expert.id) });
    await h.fake.waitFor(() => h.fake.inFlight("chat.postMessage") === 1);
    const lock = await holdWriteLock(h.env.DATABASE_URL, 1_500);
    await lock.released;
    await h.settle();
    await retryRounds(2, 61_000);
    expect(h.fake.messages(USERS.expert1.id).filter((m) => m.text.includes("承認されました"))).toHaveLength(1);
    expect(await h.db.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
  });
});
