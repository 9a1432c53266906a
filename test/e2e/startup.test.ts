import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { launch } from "../support/child-process.js";
import { FakeSlack } from "../support/fake-slack.js";
import { SlackDriver } from "../support/slack-driver.js";

const SECRET = "0123456789abcdef0123456789abcdef";

const run = (env: Record<string, string>) => launch(["src/main.ts"], env);

async function waitFor(check: () => boolean, ms = 30_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("npm start", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("without Slack settings prints the precise fix and exits non-zero", async () => {
    const p = run({});
    const code = await p.exited;
    expect(code).not.toBe(0);
    expect(p.output()).toContain("SLACK_BOT_TOKEN is not set");
    expect(p.output()).toContain("SLACK_SIGNING_SECRET is not set");
    expect(p.output()).toContain("SECRETARIAT_CHANNEL_ID is not set");
  });

  it("names a malformed setting", async () => {
    const p = run({
      SLACK_BOT_TOKEN: "oops",
      SLACK_SIGNING_SECRET: SECRET,
      SECRETARIAT_CHANNEL_ID: "C123",
      PORT: "99999",
    });
    expect(await p.exited).not.toBe(0);
    expect(p.output()).toContain("SLACK_BOT_TOKEN must be the bot token");
    expect(p.output()).toMatch(/PORT/);
  });

  it("with settings pointing at the fake Slack: migrates an empty database, serves /slack/events, stops on SIGTERM", async () => {
    const fake = await FakeSlack.start({
      users: [{ id: "USEC1", name: "sec" }],
      channels: [{ id: "CSEC", isPrivate: true }],
      botToken: "xoxb-start",
    });
    cleanups.push(() => fake.stop());
    const dir = mkdtempSync(join(tmpdir(), "desk-start-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const dbFile = join(dir, "desk.db");
    const port = 34000 + Math.floor(Math.random() * 1000);
    const p = run({
      SLACK_BOT_TOKEN: "xoxb-start",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: fake.url,
      SECRETARIAT_CHANNEL_ID: "CSEC",
      SECRETARIAT_USER_IDS: "USEC1",
      DATABASE_URL: `file:${dbFile}`,
      PORT: String(port),
      JOBS_ENABLED: "false",
    });
    cleanups.push(() => {
      if (p.child.exitCode === null) p.child.kill("SIGKILL");
    });
    await waitFor(() => p.output().includes("running on port"));
    expect(existsSync(dbFile)).toBe(true);
    const driver = new SlackDriver({ appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: SECRET, fake });
    const res = await driver.command("USEC1", "/desk", "help");
    expect(res.status).toBe(200);
    await waitFor(() => fake.responses().length > 0);
    expect(JSON.stringify(fake.responses()[0].body)).toContain("/desk admin");
    p.child.kill("SIGTERM");
    expect(await p.exited).toBe(0);
  });
});
