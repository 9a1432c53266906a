/**
 * Program channels: the secretariat channel receives SME data, so it must be private with the bot
 * in it; the digest channel may be public but the bot must be in it. Checked in the settings modal
 * (inline), and at start (the app refuses a public SECRETARIAT_CHANNEL_ID).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { startApp } from "../../src/app.js";
import { ConfigError, loadAppEnv } from "../../src/config/env.js";
import { openDatabase } from "../../src/db/client.js";
import { PROGRAM_IDS } from "../../src/features/program/program-ids.js";
import { ManualClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { freshDatabaseFile } from "../support/db-fixture.js";
import { type FakeChannel, FakeSlack } from "../support/fake-slack.js";
import { type Harness, SECRETARIAT_CHANNEL, startHarness, USERS } from "../support/harness.js";

const exec = promisify(execFile);
let h: Harness | undefined;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await h?.stop();
  h = undefined;
  for (const c of cleanups.splice(0).reverse()) await c();
});

const SECRETARIAT_LABEL = { ja: "事務局チャンネルID", en: "Secretariat channel ID" };
const DIGEST_LABEL = { ja: "ダイジェスト投稿チャンネルID", en: "Digest channel ID" };

/** Opens /desk settings as `userId` and submits it with the given fields changed. */
async function submitSettings(userId: string, fields: Record<string, string>) {
  await h!.driver.command(userId, "/desk", "settings");
  await h!.settle();
  const view = h!.fake.lastView(userId)!;
  expect(view.view.callback_id).toBe(PROGRAM_IDS.settingsModal);
  const res = await h!.driver.submitView(userId, view, h!.driver.fill(view, fields));
  await h!.settle();
  return res;
}

const program = () => h!.db.program.findFirstOrThrow({ where: { current: true } });
const settingsAudits = () => h!.db.auditLog.count({ where: { action: "program.update" } });

describe("/desk settings: the channel fields are checked in Slack before saving", () => {
  it("a public secretariat channel is refused inline, in Japanese, and nothing is saved", async () => {
    h = await startHarness();
    h.fake.addChannel({ id: "CPUBLIC1", name: "general-talk" });
    const before = await settingsAudits();
    const res = await submitSettings(USERS.sec1.id, { [SECRETARIAT_LABEL.ja]: "CPUBLIC1" });
    expect(res.body.response_action).toBe("errors");
    expect(res.body.errors[PROGRAM_IDS.blocks.secretariatChannelId]).toBe(
      "#general-talk は公開チャンネルです。申込者の情報が見えてしまうため、非公開チャンネルを指定してください。",
    );
    expect((await program()).secretariatChannelId).toBe(SECRETARIAT_CHANNEL);
    expect(await settingsAudits()).toBe(before);
  });

  it("an English speaker reads the refusal in English", async () => {
    h = await startHarness();
    h.fake.addChannel({ id: "CPUBLIC1", name: "general-talk" });
    await h.driver.command(USERS.english.id, "/desk", "help");
    await h.db.secretariatMember.create({ data: { slackUserId: USERS.english.id, addedBy: "test" } });
    await h.settle();
    const res = await submitSettings(USERS.english.id, { [SECRETARIAT_LABEL.en]: "CPUBLIC1" });
    expect(res.body.errors[PROGRAM_IDS.blocks.secretariatChannelId]).toBe(
      "#general-talk is a public channel. Applicants' information would be visible to everyone there: choose a private channel.",
    );
  });

  it("a private channel the bot was not invited to, an unknown ID, a digest channel without the bot: each named on its field", async () => {
    h = await startHarness();
    h.fake.addChannel({ id: "CHIDDEN1", isPrivate: true, isMember: false });
    h.fake.addChannel({ id: "CNOBOT01", name: "weekly", isMember: false });
    let res = await submitSettings(USERS.sec1.id, {
      [SECRETARIAT_LABEL.ja]: "CHIDDEN1",
      [DIGEST_LABEL.ja]: "CNOBOT01",
    });
    expect(res.body.errors[PROGRAM_IDS.blocks.secretariatChannelId]).toContain("チャンネル CHIDDEN1 が見つかりません");
    expect(res.body.errors[PROGRAM_IDS.blocks.secretariatChannelId]).toContain("/invite @セキュリティ指導デスク");
    expect(res.body.errors[PROGRAM_IDS.blocks.digestChannelId]).toBe(
      "ボットが #weekly に参加していません。/invite @セキュリティ指導デスク で招待してください。",
    );
    res = await submitSettings(USERS.sec1.id, { [SECRETARIAT_LABEL.ja]: "CNOSUCH99" });
    expect(res.body.errors[PROGRAM_IDS.blocks.secretariatChannelId]).toContain("チャンネル CNOSUCH99 が見つかりません");
    expect(await settingsAudits()).toBe(0);
  });

  it("Slack does not answer the check: a clear 'try again' on the field within Slack's 3 s, nothing saved", async () => {
    h = await startHarness();
    h.fake.addChannel({ id: "CPRIV002", isPrivate: true });
    h.fake.failNext("conversations.info", { delayMs: 2_500 });
    const res = await submitSettings(USERS.sec1.id, { [SECRETARIAT_LABEL.ja]: "CPRIV002" });
    expect(res.ms).toBeLessThan(3_000);
    expect(res.body.errors[PROGRAM_IDS.blocks.secretariatChannelId]).toContain("Slack に接続できないため");
    expect((await program()).secretariatChannelId).toBe(SECRETARIAT_CHANNEL);
  });

  it("a private channel with the bot, and a public digest channel with the bot, are saved with an audit entry", async () => {
    h = await startHarness();
    h.fake.addChannel({ id: "CPRIV002", isPrivate: true });
    h.fake.addChannel({ id: "CPUBDIG1" });
    const res = await submitSettings(USERS.sec1.id, {
      [SECRETARIAT_LABEL.ja]: "CPRIV002",
      [DIGEST_LABEL.ja]: "CPUBDIG1",
    });
    expect(res.body?.response_action).toBeUndefined();
    expect(await program()).toMatchObject({ secretariatChannelId: "CPRIV002", digestChannelId: "CPUBDIG1" });
    const audit = await h.db.auditLog.findFirstOrThrow({ where: { action: "program.update" } });
    expect(JSON.parse(audit.after ?? "{}")).toMatchObject({ secretariatChannelId: "CPRIV002" });
    // Saving the form again without touching the channels asks Slack nothing.
    const asked = h.fake.calls("conversations.info").length;
    await submitSettings(USERS.sec1.id, {});
    expect(h.fake.calls("conversations.info")).toHaveLength(asked);
  });
});

describe("start-up: the channels in the environment are checked", () => {
  async function boot(channels: FakeChannel[], env: Record<string, string>, before?: (fake: FakeSlack) => void) {
    const fake = await FakeSlack.start({ channels, botToken: "xoxb-chan" });
    cleanups.push(() => fake.stop());
    before?.(fake);
    const file = await freshDatabaseFile();
    cleanups.push(() => file.cleanup());
    const logs: Record<string, unknown>[] = [];
    const start = startApp({
      env: loadAppEnv({
        DATABASE_URL: file.url,
        SLACK_BOT_TOKEN: "xoxb-chan",
        SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
        SLACK_API_URL: fake.url,
        PORT: "0",
        JOBS_ENABLED: "false",
        ...env,
      }),
      clock: new ManualClock("2019-10-01T10:00:00"),
      logger: createLogger("debug", (line) => logs.push(JSON.parse(line))),
      skipMigrate: true,
      retryConfig: { retries: 0 },
      schedule: false,
    });
    start.then((app) => cleanups.push(() => app.stop())).catch(() => undefined);
    return { start, logs, file };
  }

  it("a public SECRETARIAT_CHANNEL_ID stops the start with a message naming the variable; nothing is seeded", async () => {
    const { start, file } = await boot([{ id: "CPUBLIC1", name: "general" }], { SECRETARIAT_CHANNEL_ID: "CPUBLIC1" });
    const error = await start.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(
      "SECRETARIAT_CHANNEL_ID (CPUBLIC1): #general is a public channel. Applicants' information would be visible to everyone there: choose a private channel.",
    );
    const db = await openDatabase(file.url);
    expect(await db.client.program.count()).toBe(0);
    await db.disconnect();
  });

  it("a DIGEST_CHANNEL_ID without the bot stops the start; a public one with the bot is fine", async () => {
    const bad = await boot(
      [
        { id: "CSEC0001", isPrivate: true },
        { id: "CDIG0001", isMember: false },
      ],
      {
        SECRETARIAT_CHANNEL_ID: "CSEC0001",
        DIGEST_CHANNEL_ID: "CDIG0001",
      },
    );
    await expect(bad.start).rejects.toThrow(/DIGEST_CHANNEL_ID \(CDIG0001\): The bot is not a member of #cdig0001/);

    const ok = await boot([{ id: "CSEC0001", isPrivate: true }, { id: "CDIG0001" }], {
      SECRETARIAT_CHANNEL_ID: "CSEC0001",
      DIGEST_CHANNEL_ID: "CDIG0001",
    });
    const app = await ok.start;
    expect(await app.db.client.program.findFirstOrThrow()).toMatchObject({
      secretariatChannelId: "CSEC0001",
      digestChannelId: "CDIG0001",
    });
  });

  it("Slack cannot answer conversations.info at start: a warning naming the variable, and the app starts", async () => {
    const { start, logs } = await boot(
      [{ id: "CSEC0001", isPrivate: true }],
      { SECRETARIAT_CHANNEL_ID: "CSEC0001" },
      (f) => f.failNext("conversations.info", { status: 503 }),
    );
    const app = await start;
    expect(app.port).toBeGreaterThan(0);
    expect(logs.filter((l) => l.level === "warn" && l.msg === "could not check a channel; carrying on")).toEqual([
      expect.objectContaining({ channel: "CSEC0001", source: "SECRETARIAT_CHANNEL_ID" }),
    ]);
  });
});

describe("the CLI follows the same channel rule as the app", () => {
  it("a fresh database, DIGEST_CHANNEL_ID set: `desk run weekly-digest --at …` seeds the program and posts the digest to the digest channel", async () => {
    const fake = await FakeSlack.start({
      channels: [{ id: "CSEC0001", isPrivate: true }, { id: "CDIG0001" }],
      botToken: "xoxb-cli",
    });
    cleanups.push(() => fake.stop());
    const file = await freshDatabaseFile();
    cleanups.push(() => file.cleanup());
    const out = await exec(process.execPath, ["bin/desk.js", "run", "weekly-digest", "--at", "2019-11-25T09:00"], {
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        DOTENV_CONFIG_PATH: "/nonexistent",
        DATABASE_URL: file.url,
        LOG_LEVEL: "error",
        SLACK_BOT_TOKEN: "xoxb-cli",
        SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
        SLACK_API_URL: fake.url,
        SECRETARIAT_CHANNEL_ID: "CSEC0001",
        DIGEST_CHANNEL_ID: "CDIG0001",
        PROGRAM_START: "2019-07-17",
        PROGRAM_END: "2020-01-31",
        PROGRAM_APPLY_FROM: "2019-08-14",
        PROGRAM_APPLY_UNTIL: "2019-11-21",
      },
      timeout: 60_000,
    });
    expect(out.stdout).toContain("weekly-digest: week ending 2019-11-24");
    expect(fake.messages("CDIG0001")).toHaveLength(1);
    expect(fake.messages("CDIG0001")[0].text).toContain("週次進捗ダイジェスト（2019/11/18〜2019/11/24）");
    expect(
      fake
        .files()
        .filter((f) => f.shared)
        .map((f) => f.channel_id),
    ).toEqual(["CDIG0001"]);
    expect(fake.messages("CSEC0001").every((m) => !m.text.includes("週次進捗ダイジェスト"))).toBe(true);
    const db = await openDatabase(file.url);
    cleanups.push(() => db.disconnect());
    expect(await db.client.program.findFirstOrThrow()).toMatchObject({
      secretariatChannelId: "CSEC0001",
      digestChannelId: "CDIG0001",
      startDate: "2019-07-17",
    });
  }, 120_000);

  it("the CLI refuses to post when SECRETARIAT_CHANNEL_ID is public, as the app refuses to start", async () => {
    const fake = await FakeSlack.start({ channels: [{ id: "CPUBLIC1", name: "general" }], botToken: "xoxb-cli" });
    cleanups.push(() => fake.stop());
    const file = await freshDatabaseFile();
    cleanups.push(() => file.cleanup());
    const failed = await exec(process.execPath, ["bin/desk.js", "run", "daily-reminders", "--at", "2019-11-25T09:00"], {
      env: {
        PATH: process.env.PATH ?? "",
        DOTENV_CONFIG_PATH: "/nonexistent",
        DATABASE_URL: file.url,
        SLACK_BOT_TOKEN: "xoxb-cli",
        SLACK_SIGNING_SECRET: "0123456789abcdef0123456789abcdef",
        SLACK_API_URL: fake.url,
        SECRETARIAT_CHANNEL_ID: "CPUBLIC1",
      },
      timeout: 60_000,
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(78);
    expect(failed?.stderr).toContain("SECRETARIAT_CHANNEL_ID (CPUBLIC1): #general is a public channel.");
    expect(fake.calls("chat.postMessage")).toHaveLength(0);
  }, 120_000);
});
