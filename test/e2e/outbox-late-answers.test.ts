/**
 * Slack accepts a post but its answer comes after the client gave up (or the process died before
 * recording it): the outbox looks for the post by its metadata before trying again, so the channel
 * and the DM end with one copy, and later updates of that message reach that copy.
 */
import { WebClient } from "@slack/web-api";
import { afterEach, describe, expect, it } from "vitest";
import { EXPERT_IDS } from "../../src/features/experts/experts-ids.js";
import { OUTBOX_METADATA_EVENT } from "../../src/features/outbox/outbox-dispatcher.js";
import { requeueDeadOutbox } from "../../src/features/outbox/outbox-repository.js";
import { type Harness, type HarnessOptions, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";

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

let h: Harness;
afterEach(async () => {
  await h?.stop();
});

async function start(opts: HarnessOptions = {}) {
  h = await startHarness({ appOptions: { apiTimeoutMs: 300 }, ...opts });
  return h;
}

/** `/expert register` and a filled form: the review post in the secretariat channel and a DM. */
async function register(userId: string) {
  await h.driver.command(userId, "/expert", "register");
  await h.settle();
  const view = h.fake.lastView(userId)!;
  await h.driver.submitView(userId, view, h.driver.fill(view, FORM));
  await h.settle();
}

async function retryRounds(rounds: number, stepMs = 1_000) {
  for (let i = 0; i < rounds; i++) {
    h.clock.advance(stepMs);
    await h.settle();
  }
}

const rows = () => h.db.outboxMessage.findMany({ orderBy: { id: "asc" } });

describe("chat.postMessage accepted by Slack, answered after the client's timeout", () => {
  it("the review post and the DM each end with ONE copy; the rows are marked sent with those messages' ts", async () => {
    await start();
    h.fake.failNext("chat.postMessage", { answerLateMs: 700 }, 2);
    await register(USERS.expert1.id);
    // Both posts are already in Slack, but the app does not know it yet.
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
    expect(h.fake.messages(USERS.expert1.id)).toHaveLength(1);
    expect((await rows()).map((r) => [r.status, r.attempts])).toEqual([
      ["pending", 1],
      ["pending", 1],
    ]);
    await h.fake.waitFor(() => h.fake.inFlight() === 0);
    await retryRounds(2);

    const review = h.fake.messages(SECRETARIAT_CHANNEL);
    const dm = h.fake.messages(USERS.expert1.id);
    expect(review).toHaveLength(1);
    expect(dm).toHaveLength(1);
    const [reviewRow, dmRow] = await rows();
    expect(reviewRow).toMatchObject({ status: "sent", resultTs: review[0].ts, recipient: SECRETARIAT_CHANNEL });
    // A DM is posted to the user ID; the row records the DM conversation, as for a normal send.
    expect(dmRow).toMatchObject({ status: "sent", resultTs: dm[0].ts, recipient: `D${USERS.expert1.id}` });
    expect(h.fake.calls("chat.postMessage").filter((c) => c.status === 200)).toHaveLength(0);
    expect(h.fake.calls("conversations.history")).toHaveLength(2);
    expect(review[0].metadata).toEqual({
      event_type: OUTBOX_METADATA_EVENT,
      event_payload: { outbox_key: reviewRow.key },
    });
  });

  it("approving the expert afterwards replaces the buttons on the one review message", async () => {
    await start();
    h.fake.failNext("chat.postMessage", { answerLateMs: 700 });
    await register(USERS.expert1.id);
    await h.fake.waitFor(() => h.fake.inFlight() === 0);
    await retryRounds(2);
    const expert = await h.db.expert.findUniqueOrThrow({ where: { slackUserId: USERS.expert1.id } });
    const [review] = h.fake.messages(SECRETARIAT_CHANNEL);
    expect(JSON.stringify(review.blocks)).toContain(EXPERT_IDS.approveButton);
    await h.driver.clickButton(USERS.sec1.id, {
      actionId: EXPERT_IDS.approveButton,
      value: String(expert.id),
      message: review,
    });
    await h.settle();
    const after = h.fake.messages(SECRETARIAT_CHANNEL);
    expect(after).toHaveLength(1);
    expect(after[0].updated).toBe(true);
    expect(JSON.stringify(after[0].blocks)).not.toContain(EXPERT_IDS.approveButton);
    expect(await h.db.outboxMessage.count({ where: { status: { not: "sent" } } })).toBe(0);
  });

  it("the lookup itself fails: a warning, and the post is sent again as before (two copies, the second recorded)", async () => {
    await start();
    h.fake.failNext("chat.postMessage", { answerLateMs: 700 });
    h.fake.failNext("conversations.history", { status: 500 });
    await register(USERS.expert1.id);
    await h.fake.waitFor(() => h.fake.inFlight() === 0);
    await retryRounds(2);
    const review = h.fake.messages(SECRETARIAT_CHANNEL);
    expect(review).toHaveLength(2);
    const [reviewRow] = await rows();
    expect(reviewRow).toMatchObject({ status: "sent", resultTs: review[1].ts });
    expect(h.logs.filter((l) => l.msg === "outbox lookup before a retry failed; sending again")).toEqual([
      expect.objectContaining({ level: "warn", key: reviewRow.key, error: "http_500" }),
    ]);
  });
});

describe("a message given up after a late answer and put back with `desk outbox retry`", () => {
  it("is found in the channel instead of being posted again", async () => {
    await start({ appOptions: { apiTimeoutMs: 300, dispatcherOptions: { maxAttempts: 1 } } });
    h.fake.failNext("chat.postMessage", { answerLateMs: 700 });
    await register(USERS.expert1.id);
    const [given] = await rows();
    expect(given).toMatchObject({ status: "dead", attempts: 1 });
    await h.fake.waitFor(() => h.fake.inFlight() === 0);
    expect(await requeueDeadOutbox(h.db, h.clock.now())).toBe(1);
    h.services.notifier.kick();
    await h.settle();
    const review = h.fake.messages(SECRETARIAT_CHANNEL);
    expect(review).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ status: "sent", resultTs: review[0].ts });
  });
});

describe("a process died after Slack accepted a post, before the outbox recorded it", () => {
  it("the row taken over after its claim expired is found in the channel and marked sent; nothing is posted twice", async () => {
    await start();
    await h.app.db.transaction((tx) =>
      h.services.notifier.post(tx, "late:crash-1", SECRETARIAT_CHANNEL, { text: "申込みを受け付けました" }),
    );
    // What the dead process left behind: Slack has the post (with its key); the row says "sending".
    const dead = new WebClient(h.env.SLACK_BOT_TOKEN, { slackApiUrl: h.fake.url, retryConfig: { retries: 0 } });
    const posted = await dead.chat.postMessage({
      channel: SECRETARIAT_CHANNEL,
      text: "申込みを受け付けました",
      metadata: { event_type: OUTBOX_METADATA_EVENT, event_payload: { outbox_key: "late:crash-1" } },
    });
    await h.db.outboxMessage.update({
      where: { key: "late:crash-1" },
      data: { status: "sending", attempts: 1, lockedUntil: new Date(h.clock.now().getTime() - 1_000) },
    });
    h.services.notifier.kick();
    await h.settle();
    expect(h.fake.messages(SECRETARIAT_CHANNEL)).toHaveLength(1);
    expect(await h.db.outboxMessage.findUniqueOrThrow({ where: { key: "late:crash-1" } })).toMatchObject({
      status: "sent",
      resultTs: posted.ts,
    });
  });

  it("a thread reply is looked for among the thread's replies", async () => {
    await start();
    await h.app.db.transaction(async (tx) => {
      await h.services.notifier.post(tx, "late:parent", SECRETARIAT_CHANNEL, { text: "問い合わせ" });
    });
    h.services.notifier.kick();
    await h.settle();
    const parent = h.fake.messages(SECRETARIAT_CHANNEL)[0];
    h.fake.failNext("chat.postMessage", { answerLateMs: 700 });
    await h.app.db.transaction((tx) =>
      h.services.notifier.post(
        tx,
        "late:reply",
        SECRETARIAT_CHANNEL,
        { text: "回答しました" },
        { threadOfKey: "late:parent" },
      ),
    );
    h.services.notifier.kick();
    await h.settle();
    await h.fake.waitFor(() => h.fake.inFlight() === 0);
    await retryRounds(2);
    const replies = h.fake.messages(SECRETARIAT_CHANNEL).filter((m) => m.thread_ts === parent.ts);
    expect(replies).toHaveLength(1);
    expect(h.fake.calls("conversations.replies")).toHaveLength(1);
    expect(await h.db.outboxMessage.findUniqueOrThrow({ where: { key: "late:reply" } })).toMatchObject({
      status: "sent",
      resultTs: replies[0].ts,
    });
  });
});
