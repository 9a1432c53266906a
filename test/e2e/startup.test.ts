import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { launch, ROOT } from "../support/child-process.js";
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

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`the real \`npm start\`: ${signal} to the npm process stops npm and the app within seconds, and the port closes`, async () => {
      const fake = await FakeSlack.start({ channels: [{ id: "CSEC", isPrivate: true }], botToken: "xoxb-start" });
      cleanups.push(() => fake.stop());
      const dir = mkdtempSync(join(tmpdir(), "desk-npm-"));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const port = 35000 + Math.floor(Math.random() * 1000);
      const npm = spawn("npm", ["start", "--silent"], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? "",
          DOTENV_CONFIG_PATH: "/nonexistent",
          SLACK_BOT_TOKEN: "xoxb-start",
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_API_URL: fake.url,
          SECRETARIAT_CHANNEL_ID: "CSEC",
          DATABASE_URL: `file:${join(dir, "desk.db")}`,
          PORT: String(port),
          JOBS_ENABLED: "false",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      npm.stdout.on("data", (d) => (out += d));
      npm.stderr.on("data", (d) => (out += d));
      const npmExited = new Promise<void>((resolve) => npm.on("close", () => resolve()));
      let tree: number[] = [];
      cleanups.push(() => {
        for (const pid of tree.filter(alive)) process.kill(pid, "SIGKILL");
        if (npm.exitCode === null) npm.kill("SIGKILL");
      });
      await waitFor(() => out.includes("running on port"));
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      // npm → (sh →) node: every process under npm must go, not only npm's direct child.
      tree = descendants(npm.pid!);
      expect(tree.length).toBeGreaterThan(0);

      npm.kill(signal);
      const stoppedBy = Date.now() + 5_000;
      await Promise.race([npmExited, new Promise((r) => setTimeout(r, 5_000))]);
      expect(npm.exitCode !== null || npm.signalCode !== null).toBe(true);
      await waitFor(() => !tree.some(alive), Math.max(0, stoppedBy - Date.now()));
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    }, 60_000);
  }
});

/** Every process below `pid` (children, grandchildren, …). */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .trim()
      .split(/\s+/)
      .map(Number);
  } catch {
    // pgrep exits 1 when there are none.
  }
  return children.flatMap((c) => [c, ...descendants(c)]);
}

/** Whether a process still exists (signal 0 checks without sending anything). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
