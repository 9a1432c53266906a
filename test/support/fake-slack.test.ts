import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import { ErrorCode, type WebAPIPlatformError, type WebAPIRateLimitedError, WebClient } from "@slack/web-api";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { validateMessageBlocks, validateOptions, validateView } from "./block-kit-limits.js";
import { FakeSlack } from "./fake-slack.js";
import { fillView, SlackDriver } from "./slack-driver.js";

const USERS = [
  { id: "U0ALICE", name: "alice", realName: "佐藤 アリス" },
  { id: "U0BOB", name: "bob", locale: "en-US" },
];

const text = (t: string, type: "plain_text" | "mrkdwn" = "plain_text"): any => ({ type, text: t });
const modal = (title: string, blocks: any[] = [], extra: Record<string, unknown> = {}) => ({
  type: "modal",
  title: text(title),
  close: text("閉じる"),
  blocks: blocks.length > 0 ? blocks : [{ type: "section", text: text("hello", "mrkdwn") }],
  ...extra,
});

async function platformError(p: Promise<unknown>): Promise<WebAPIPlatformError> {
  try {
    await p;
  } catch (e) {
    return e as WebAPIPlatformError;
  }
  throw new Error("expected the call to fail");
}

let fake: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  fake = await FakeSlack.start({ users: USERS, channels: ["C0GENERAL", "C0DESK"] });
  client = new WebClient(fake.botToken, {
    slackApiUrl: fake.url,
    retryConfig: { retries: 0 },
    logLevel: LogLevel.ERROR,
  });
});
afterAll(() => fake.stop());
afterEach(() => {
  fake.reset();
  fake.setRateLimits(false);
  vi.restoreAllMocks();
});

describe("block-kit-limits", () => {
  it.each([
    ["header over 150", [{ type: "header", text: text("x".repeat(151)) }], "blocks[0].text.text"],
    ["mrkdwn header", [{ type: "header", text: text("x", "mrkdwn") }], "blocks[0].text.type"],
    ["empty text", [{ type: "section", text: text("", "mrkdwn") }], "blocks[0].text.text"],
    ["11 fields", [{ type: "section", fields: Array(11).fill(text("f")) }], "blocks[0].fields"],
    [
      "button text 76",
      [{ type: "actions", elements: [{ type: "button", action_id: "a", text: text("b".repeat(76)) }] }],
      "blocks[0].elements[0].text.text",
    ],
    [
      "duplicate action_id",
      [
        {
          type: "actions",
          elements: [
            { type: "button", action_id: "a", text: text("1") },
            { type: "button", action_id: "a", text: text("2") },
          ],
        },
      ],
      "blocks[0].elements[1].action_id",
    ],
    [
      "duplicate block_id",
      [
        { type: "divider", block_id: "x" },
        { type: "divider", block_id: "x" },
      ],
      "blocks[1].block_id",
    ],
    [
      "overflow with one option",
      [
        {
          type: "section",
          text: text("s"),
          accessory: { type: "overflow", action_id: "o", options: [{ text: text("a"), value: "a" }] },
        },
      ],
      "blocks[0].accessory.options",
    ],
    [
      "option value 151",
      [
        {
          type: "actions",
          elements: [{ type: "static_select", action_id: "s", options: [{ text: text("a"), value: "v".repeat(151) }] }],
        },
      ],
      "blocks[0].elements[0].options[0].value",
    ],
    ["51 blocks", Array(51).fill({ type: "divider" }), "blocks:"],
  ])("flags %s", (_name, blocks, path) => {
    const problems = validateMessageBlocks(blocks);
    expect(
      problems.some((p) => p.startsWith(path)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("counts Japanese characters, not bytes", () => {
    expect(validateMessageBlocks([{ type: "header", text: text("情".repeat(150)) }])).toEqual([]);
  });

  it("classifies view problems", () => {
    const input = { type: "input", block_id: "i", label: text("件名"), element: { type: "plain_text_input" } };
    expect(validateView(modal("ok", [input], { submit: text("送信") }))).toEqual({ error: null, problems: [] });
    expect(validateView(modal("ok", [input])).error).toBe("invalid_arguments");
    expect(validateView(modal("x".repeat(25))).error).toBe("invalid_arguments");
    expect(validateView(modal("ok", [], { private_metadata: "m".repeat(3001) })).error).toBe("invalid_arguments");
    expect(validateView({ type: "home", blocks: Array(101).fill({ type: "divider" }) }).error).toBe("invalid_blocks");
    const big = Array(90).fill({ type: "section", text: text("あ".repeat(1000), "mrkdwn") });
    expect(validateView(modal("big", big)).error).toBe("view_too_large");
  });

  it("checks block_suggestion answers", () => {
    expect(validateOptions({ options: [] })).toEqual([]);
    expect(validateOptions({ options: Array(101).fill({ text: text("a"), value: "a" }) })).toHaveLength(1);
    expect(validateOptions({ options: [{ text: text("a".repeat(76)), value: "a" }] })[0]).toMatch(/options\[0\]\.text/);
  });
});

describe("FakeSlack Web API", () => {
  it("records a message posted with WebClient and refuses a wrong token", async () => {
    const res = await client.chat.postMessage({ channel: "C0DESK", text: "受付しました" });
    expect(res.ok).toBe(true);
    expect(res.ts).toMatch(/^\d{10}\.\d{6}$/);
    const dm = await client.chat.postMessage({ channel: "U0ALICE", text: "DM" });
    expect(dm.channel).toBe("DU0ALICE");
    expect(Number(dm.ts)).toBeGreaterThan(Number(res.ts));
    expect(fake.messages("C0DESK")).toMatchObject([{ channel: "C0DESK", text: "受付しました", updated: false }]);
    expect(fake.messages("U0ALICE")).toHaveLength(1);
    expect(fake.calls("chat.postMessage")[0]?.args).toMatchObject({ channel: "C0DESK" });

    await client.chat.update({ channel: "DU0ALICE", ts: dm.ts!, text: "DM (edited)" });
    expect(fake.messages("U0ALICE")[0]).toMatchObject({ text: "DM (edited)", updated: true });

    const bad = new WebClient("xoxb-wrong", { slackApiUrl: fake.url, retryConfig: { retries: 0 } });
    expect((await platformError(bad.auth.test())).data.error).toBe("invalid_auth");
    expect((await platformError(client.chat.postMessage({ channel: "C0NOPE", text: "x" }))).data.error).toBe(
      "channel_not_found",
    );
    expect((await platformError(client.apiCall("chat.fly", {}))).data.error).toBe("unknown_method");
  });

  it("answers invalid_blocks for an over-long header, with the problem listed", async () => {
    const err = await platformError(
      client.chat.postMessage({
        channel: "C0DESK",
        text: "t",
        blocks: [{ type: "header", text: text("長".repeat(151)) }],
      }),
    );
    expect(err.code).toBe(ErrorCode.PlatformError);
    expect(err.data.error).toBe("invalid_blocks");
    expect(err.data.response_metadata?.messages?.[0]).toMatch(/blocks\[0\]\.text\.text: must be at most 150/);
    expect(fake.messages()).toEqual([]);
  });

  it("knows users and conversations", async () => {
    const info = await client.users.info({ user: "U0ALICE", include_locale: true });
    expect(info.user).toMatchObject({ id: "U0ALICE", real_name: "佐藤 アリス", tz: "Asia/Tokyo", locale: "ja-JP" });
    expect((await client.users.info({ user: "U0BOB" })).user?.locale).toBeUndefined();
    expect((await platformError(client.users.info({ user: "U0NOBODY" }))).data.error).toBe("user_not_found");
    expect((await client.conversations.open({ users: "U0BOB" })).channel?.id).toBe("DU0BOB");
    expect((await client.conversations.info({ channel: "C0DESK" })).channel?.is_member).toBe(true);
  });

  it("enforces trigger_id rules on views.open", async () => {
    const trigger = fake.issueTriggerId("U0ALICE");
    const opened = await client.views.open({ trigger_id: trigger, view: modal("申込") as any });
    expect(opened.view).toMatchObject({ root_view_id: opened.view?.id, previous_view_id: null, state: { values: {} } });
    expect(fake.lastView("U0ALICE")?.id).toBe(opened.view?.id);

    const reuse = await platformError(client.views.open({ trigger_id: trigger, view: modal("again") as any }));
    expect(reuse.data.error).toBe("exchanged_trigger_id");
    const unknown = await platformError(client.views.open({ trigger_id: "1.2.abc", view: modal("x") as any }));
    expect(unknown.data.error).toBe("invalid_trigger_id");

    const late = fake.issueTriggerId("U0ALICE");
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + 3001);
    const expired = await platformError(client.views.open({ trigger_id: late, view: modal("late") as any }));
    expect(expired.data.error).toBe("expired_trigger_id");
  });

  it("limits a modal stack to three views", async () => {
    await client.views.open({ trigger_id: fake.issueTriggerId("U0ALICE"), view: modal("1") as any });
    await client.views.push({ trigger_id: fake.issueTriggerId("U0ALICE"), view: modal("2") as any });
    const third = await client.views.push({ trigger_id: fake.issueTriggerId("U0ALICE"), view: modal("3") as any });
    expect(third.view?.previous_view_id).toBe(fake.views()[1]?.id);
    const fourth = await platformError(
      client.views.push({ trigger_id: fake.issueTriggerId("U0ALICE"), view: modal("4") as any }),
    );
    expect(fourth.data.error).toBe("push_limit_reached");
  });

  it("answers hash_conflict for a stale hash and issues a new hash on every update", async () => {
    const opened = await client.views.open({ trigger_id: fake.issueTriggerId("U0ALICE"), view: modal("v1") as any });
    const id = opened.view!.id!;
    const first = opened.view!.hash!;
    const updated = await client.views.update({ view_id: id, hash: first, view: modal("v2") as any });
    expect(updated.view?.hash).not.toBe(first);
    const stale = await platformError(client.views.update({ view_id: id, hash: first, view: modal("v3") as any }));
    expect(stale.data.error).toBe("hash_conflict");
    expect(fake.view(id)?.view.title.text).toBe("v2");

    await client.views.publish({ user_id: "U0BOB", view: { type: "home", blocks: [{ type: "divider" }] } });
    expect(fake.homeView("U0BOB")?.view.blocks[0].block_id).toEqual(expect.any(String));
  });

  it("uploads a file end to end with files.uploadV2", async () => {
    const content = Buffer.from("報告書,2025\n", "utf8");
    const res = await client.files.uploadV2({
      channel_id: "C0DESK",
      file: content,
      filename: "report.csv",
      title: "月次報告",
      initial_comment: "今月分です",
    });
    expect(res.ok).toBe(true);
    const [file] = fake.files();
    expect(file).toMatchObject({ filename: "report.csv", title: "月次報告", channel_id: "C0DESK", shared: true });
    expect(file?.initial_comment).toBe("今月分です");
    expect(file?.bytes.equals(content)).toBe(true);

    const never = await platformError(client.files.completeUploadExternal({ files: [{ id: "F0NEVER" }] }));
    expect(never.data.error).toBe("invalid_arguments");
  });

  it("answers 429 with Retry-After under failNext", async () => {
    fake.failNext("chat.postMessage", { status: 429, retryAfter: 7 });
    const strict = new WebClient(fake.botToken, {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    const err = (await platformError(strict.chat.postMessage({ channel: "C0DESK", text: "x" }))) as unknown;
    expect((err as WebAPIRateLimitedError).code).toBe(ErrorCode.RateLimitedError);
    expect((err as WebAPIRateLimitedError).retryAfter).toBe(7);
    expect(fake.calls("chat.postMessage")[0]?.status).toBe(429);

    fake.failNext("chat.postMessage", { error: "fatal_error" });
    expect((await platformError(client.chat.postMessage({ channel: "C0DESK", text: "x" }))).data.error).toBe(
      "fatal_error",
    );
    expect((await client.chat.postMessage({ channel: "C0DESK", text: "x" })).ok).toBe(true);
  });

  it("delays before storing, and stores nothing when the caller gave up during the delay", async () => {
    const impatient = new WebClient(fake.botToken, {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
      timeout: 100,
      logLevel: LogLevel.ERROR,
    });
    fake.failNext("chat.postMessage", { delayMs: 300 });
    const late = impatient.chat.postMessage({ channel: "C0DESK", text: "late" }).catch((e) => e);
    await fake.waitFor(() => fake.inFlight("chat.postMessage") === 1);
    expect(fake.messages("C0DESK")).toHaveLength(0);
    expect(String(await late)).toMatch(/timeout|abort/i);
    await fake.waitFor(() => fake.inFlight() === 0);
    expect(fake.messages("C0DESK")).toHaveLength(0);
    expect(fake.calls("chat.postMessage").map((c) => c.status)).toEqual([0]);

    // A patient caller gets the answer after the delay; an empty fault lets the next call through.
    fake.failNext("chat.postMessage", {});
    fake.failNext("chat.postMessage", { delayMs: 50 });
    await client.chat.postMessage({ channel: "C0DESK", text: "first" });
    await client.chat.postMessage({ channel: "C0DESK", text: "slow" });
    expect(fake.messages("C0DESK").map((m) => m.text)).toEqual(["first", "slow"]);
  });

  it("fails the next response URL post under failNext('response_url')", async () => {
    const url = fake.newResponseUrl();
    fake.failNext("response_url", { status: 500 });
    expect((await fetch(url, { method: "POST", body: JSON.stringify({ text: "a" }) })).status).toBe(500);
    expect((await fetch(url, { method: "POST", body: JSON.stringify({ text: "b" }) })).status).toBe(200);
    expect(fake.responses(url).map((r) => r.body.text)).toEqual(["b"]);
  });

  it("enforces rate limits when switched on", async () => {
    fake.setRateLimits(true, { "users.info": { perMinute: 2 } });
    const strict = new WebClient(fake.botToken, { slackApiUrl: fake.url, rejectRateLimitedCalls: true });
    await strict.chat.postMessage({ channel: "C0DESK", text: "1" });
    await strict.chat.postMessage({ channel: "C0GENERAL", text: "other channel" });
    const second = (await platformError(strict.chat.postMessage({ channel: "C0DESK", text: "2" }))) as unknown;
    expect((second as WebAPIRateLimitedError).retryAfter).toBe(1);

    await strict.users.info({ user: "U0ALICE" });
    await strict.users.info({ user: "U0ALICE" });
    const third = (await platformError(strict.users.info({ user: "U0ALICE" }))) as unknown;
    expect((third as WebAPIRateLimitedError).retryAfter).toBeGreaterThanOrEqual(59);

    const raw = await fetch(`${fake.url}users.info`, {
      method: "POST",
      headers: { Authorization: `Bearer ${fake.botToken}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "user=U0ALICE",
    });
    expect(raw.status).toBe(429);
    expect(Number(raw.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("accepts five posts per response URL", async () => {
    const url = fake.newResponseUrl();
    for (let i = 0; i < 5; i++) {
      const res = await fetch(url, { method: "POST", body: JSON.stringify({ text: `r${i}` }) });
      expect(res.status).toBe(200);
    }
    const sixth = await fetch(url, { method: "POST", body: JSON.stringify({ text: "r5" }) });
    expect(sixth.status).toBe(404);
    expect(await sixth.text()).toBe("used_url");
    expect(fake.responses(url).map((r) => r.body.text)).toEqual(["r0", "r1", "r2", "r3", "r4"]);
  });
});

describe("fill", () => {
  const sample = modal(
    "申込",
    [
      {
        type: "input",
        block_id: "company",
        label: text("会社名"),
        element: { type: "plain_text_input", action_id: "v" },
      },
      {
        type: "input",
        block_id: "note",
        label: text("備考"),
        optional: true,
        element: { type: "plain_text_input", action_id: "v", multiline: true, initial_value: "特になし" },
      },
      {
        type: "input",
        block_id: "pref",
        label: text("都道府県"),
        element: {
          type: "static_select",
          action_id: "v",
          option_groups: [
            { label: text("関東"), options: [{ text: text("東京都"), value: "13" }] },
            { label: text("近畿"), options: [{ text: text("大阪府"), value: "27" }] },
          ],
          initial_option: { text: text("東京都"), value: "13" },
        },
      },
      {
        type: "input",
        block_id: "topics",
        label: text("相談内容"),
        element: {
          type: "checkboxes",
          action_id: "v",
          options: [
            { text: text("ランサムウェア"), value: "ransom" },
            { text: text("情報漏えい"), value: "leak" },
          ],
        },
      },
      { type: "input", block_id: "day", label: text("希望日"), element: { type: "datepicker", action_id: "v" } },
      {
        type: "input",
        block_id: "expert",
        label: text("専門家"),
        element: { type: "external_select", action_id: "v", min_query_length: 1 },
      },
      { type: "input", block_id: "owner", label: text("担当"), element: { type: "users_select", action_id: "v" } },
    ],
    { submit: text("送信"), callback_id: "apply" },
  );

  it("enters values by label and keeps pre-filled defaults", () => {
    const values = fillView(sample, {
      会社名: "株式会社テスト",
      都道府県: "大阪府",
      相談内容: ["leak"],
      希望日: "2025-12-01",
      専門家: { value: "E1", text: "山田" },
    });
    expect(values).toEqual({
      company: { v: { type: "plain_text_input", value: "株式会社テスト" } },
      note: { v: { type: "plain_text_input", value: "特になし" } },
      pref: { v: { type: "static_select", selected_option: { text: text("大阪府"), value: "27" } } },
      topics: { v: { type: "checkboxes", selected_options: [{ text: text("情報漏えい"), value: "leak" }] } },
      day: { v: { type: "datepicker", selected_date: "2025-12-01" } },
      expert: { v: { type: "external_select", selected_option: { text: text("山田"), value: "E1" } } },
      owner: { v: { type: "users_select", selected_user: null } },
    });
    expect(fillView(sample).pref).toEqual({
      v: { type: "static_select", selected_option: { text: text("東京都"), value: "13" } },
    });
  });

  it("names the available labels when one is missing", () => {
    expect(() => fillView(sample, { 会社: "x" })).toThrow(/"会社名", "備考", "都道府県"/);
    expect(() => fillView(sample, { 都道府県: "北海道" })).toThrow(/東京都/);
  });
});

describe("SlackDriver against a Bolt app", () => {
  const signingSecret = "test-signing-secret";
  let app: App;
  let driver: SlackDriver;
  const form = modal(
    "相談申込",
    [
      {
        type: "input",
        block_id: "company",
        label: text("会社名"),
        element: { type: "plain_text_input", action_id: "v", max_length: 100 },
      },
      {
        type: "input",
        block_id: "expert",
        label: text("専門家"),
        optional: true,
        element: { type: "external_select", action_id: "pick", min_query_length: 1 },
      },
    ],
    { submit: text("送信"), callback_id: "apply", notify_on_close: true },
  );

  beforeAll(async () => {
    app = new App({
      token: fake.botToken,
      signingSecret,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
    });
    app.command("/desk", async ({ ack, body, client }) => {
      await ack();
      await client.views.open({ trigger_id: body.trigger_id, view: form as any });
    });
    app.view("apply", async ({ ack, view }) => {
      const company = view.state.values.company?.v?.value ?? "";
      if (company.trim().length < 2) await ack({ response_action: "errors", errors: { company: "2文字以上" } });
      else await ack();
    });
    app.view({ callback_id: "apply", type: "view_closed" }, async ({ ack }) => {
      await ack();
    });
    app.options("pick", async ({ ack, payload }) => {
      await ack({ options: [{ text: text(`${payload.value} 先生`), value: "E1" }] });
    });
    app.action("approve", async ({ ack, respond }) => {
      await ack();
      await respond({ replace_original: true, text: "承認しました" });
    });
    const server = (await app.start(0)) as Server;
    const port = (server.address() as AddressInfo).port;
    driver = new SlackDriver({ appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret, fake });
  });
  afterAll(() => app.stop());

  it("acks a signed command and the handler's modal is recorded", async () => {
    const res = await driver.command("U0ALICE", "/desk", "申込");
    expect(res.status).toBe(200);
    const view = await fake.waitFor(() => fake.lastView("U0ALICE"));
    expect(view.view.callback_id).toBe("apply");
    expect(fake.calls("views.open")[0]?.args.trigger_id).toBe(res.triggerId);

    const options = await driver.suggest("U0ALICE", { actionId: "pick", blockId: "expert", value: "山", view });
    expect(options.options[0].text.text).toBe("山 先生");

    const rejected = await driver.submitView("U0ALICE", view, driver.fill(view, { 会社名: " x" }));
    expect(rejected.body).toEqual({ response_action: "errors", errors: { company: "2文字以上" } });
    expect(fake.view(view.id)?.closed).toBe(false);
    await expect(driver.submitView("U0ALICE", view, driver.fill(view, {}))).rejects.toThrow(/"会社名" is required/);

    const accepted = await driver.submitView("U0ALICE", view, driver.fill(view, { 会社名: "株式会社テスト" }));
    expect(accepted.status).toBe(200);
    expect(fake.view(view.id)?.closed).toBe(true);
  });

  it("sends view_closed only when the view asked for it", async () => {
    await driver.command("U0BOB", "/desk");
    const view = await fake.waitFor(() => fake.lastView("U0BOB"));
    const closed = await driver.closeView("U0BOB", view);
    expect(closed).toMatchObject({ status: 200, sent: true });
    expect(fake.view(view.id)?.closed).toBe(true);
  });

  it("clicks a button on a stored message and the response URL replaces it", async () => {
    const posted = await client.chat.postMessage({
      channel: "C0DESK",
      text: "承認待ち",
      blocks: [
        { type: "actions", elements: [{ type: "button", action_id: "approve", text: text("承認"), value: "42" }] },
      ],
    });
    await expect(
      driver.clickButton("U0ALICE", { actionId: "nope", message: { channel: "C0DESK", ts: posted.ts! } }),
    ).rejects.toThrow(/Present: .*approve/);
    const res = await driver.clickButton("U0ALICE", {
      actionId: "approve",
      message: { channel: "C0DESK", ts: posted.ts! },
    });
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.responses(res.responseUrl).length > 0);
    expect(fake.messages("C0DESK")[0]).toMatchObject({ text: "承認しました", updated: true });
  });

  it("refuses a bad signature with 401", async () => {
    const body = "command=%2Fdesk&user_id=U0ALICE";
    const stale = await driver.raw(body, {
      ...driver.sign(body, Math.floor(Date.now() / 1000) - 6 * 60),
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(stale.status).toBe(401);
    const forged = await driver.raw(body, {
      ...driver.sign(`${body}&x=1`),
      "Content-Type": "application/x-www-form-urlencoded",
    });
    expect(forged.status).toBe(401);
  });
});

describe("fake Slack: channels, history and late answers", () => {
  it("conversations.info tells public from private and whether the bot is in; a private channel without the bot is not found", async () => {
    fake.addChannel({ id: "CPRIV01", name: "jimukyoku", isPrivate: true });
    fake.addChannel({ id: "CPUB002", name: "random", isMember: false });
    fake.addChannel({ id: "CHIDE03", isPrivate: true, isMember: false });
    expect((await client.conversations.info({ channel: "CPRIV01" })).channel).toMatchObject({
      name: "jimukyoku",
      is_private: true,
      is_member: true,
    });
    expect((await client.conversations.info({ channel: "CPUB002" })).channel).toMatchObject({
      is_private: false,
      is_member: false,
    });
    expect((await platformError(client.conversations.info({ channel: "CHIDE03" }))).data.error).toBe(
      "channel_not_found",
    );
    expect((await platformError(client.chat.postMessage({ channel: "CPUB002", text: "x" }))).data.error).toBe(
      "not_in_channel",
    );
  });

  it("conversations.history: newest first, bounded by oldest and limit with a cursor, metadata only when asked", async () => {
    const metadata = { event_type: "desk_outbox_message", event_payload: { outbox_key: "k1" } };
    const first = await client.chat.postMessage({ channel: "C0DESK", text: "一", metadata });
    const second = await client.chat.postMessage({ channel: "C0DESK", text: "二" });
    await client.chat.postMessage({ channel: "C0DESK", text: "返信", thread_ts: first.ts! });
    const all = await client.conversations.history({ channel: "C0DESK", include_all_metadata: true });
    expect(all.messages?.map((m) => m.text)).toEqual(["二", "一"]);
    expect(all.messages?.[1].metadata).toEqual(metadata);
    expect((await client.conversations.history({ channel: "C0DESK" })).messages?.[1].metadata).toBeUndefined();
    expect((await client.conversations.history({ channel: "C0DESK", oldest: first.ts! })).messages).toHaveLength(1);
    const page = await client.conversations.history({ channel: "C0DESK", limit: 1 });
    expect(page).toMatchObject({ has_more: true, messages: [{ ts: second.ts }] });
    const next = await client.conversations.history({
      channel: "C0DESK",
      limit: 1,
      cursor: page.response_metadata!.next_cursor!,
    });
    expect(next.messages?.map((m) => m.ts)).toEqual([first.ts]);
    const thread = await client.conversations.replies({ channel: "C0DESK", ts: first.ts! });
    expect(thread.messages?.map((m) => m.text)).toEqual(["一", "返信"]);
  });

  it("answerLateMs: the post is stored at once, the answer comes late (a client with a shorter timeout gives up)", async () => {
    const impatient = new WebClient(fake.botToken, {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
      timeout: 100,
      logLevel: LogLevel.ERROR,
    });
    fake.failNext("chat.postMessage", { answerLateMs: 400 });
    await expect(impatient.chat.postMessage({ channel: "C0DESK", text: "遅延" })).rejects.toThrow();
    expect(fake.messages("C0DESK").map((m) => m.text)).toEqual(["遅延"]);
    await fake.waitFor(() => fake.inFlight() === 0);
    expect(fake.calls("chat.postMessage").map((c) => c.status)).toEqual([0]);
  });
});
