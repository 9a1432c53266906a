import { createServer } from "node:net";
import { Command } from "commander";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { registerDoctor } from "../../src/cli/commands/doctor.js";
import { registerOutbox } from "../../src/cli/commands/outbox.js";
import { type Harness, MAIL_FROM, startHarness } from "../support/harness.js";
import { startSmtp, type TestSmtp } from "../support/smtp.js";

/** Submits the public form as a browser would (GET for the cookie and hidden fields, then POST). */
async function applyOnWeb(baseUrl: string, company: string, email: string): Promise<number> {
  const form = await fetch(`${baseUrl}/apply`);
  const cookie = (form.headers.get("set-cookie") ?? "").split(";")[0] as string;
  const html = await form.text();
  const hidden = (name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1] ?? "";
  const body = new URLSearchParams({
    _csrf: hidden("_csrf"),
    submission: hidden("submission"),
    lang: "ja",
    company_name: company,
    company_kana: "テストメール",
    corporate_number: "",
    industry: "G",
    capital: "",
    employees: "8",
    prefecture: "13",
    address: "千代田区1-1",
    contact_name: "鈴木 一郎",
    contact_title: "",
    contact_email: email,
    contact_phone: "03-0000-1111",
    schedule_wishes: "",
    heard_from: "other",
  });
  const res = await fetch(`${baseUrl}/apply`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: body.toString(),
  });
  expect(res.status).toBe(303);
  return Number(/ref=(\d+)\./.exec(res.headers.get("location") ?? "")?.[1]);
}

/** Runs a `desk` command in-process with the given environment; its printed lines. */
async function desk(args: string[], env: Record<string, string>): Promise<string> {
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const exitCode = process.exitCode;
  try {
    const program = new Command().exitOverride();
    registerDoctor(program);
    registerOutbox(program);
    await program.parseAsync(["node", "desk", ...args]);
  } finally {
    spy.mockRestore();
    process.exitCode = exitCode;
    vi.unstubAllEnvs();
  }
  return out.join("");
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 1));
    });
  });
}

describe("e-mail through the outbox", () => {
  let smtp: TestSmtp;
  let h: Harness;

  beforeAll(async () => {
    smtp = await startSmtp();
    h = await startHarness({
      web: true,
      smtpUrl: smtp.url,
      appOptions: { dispatcherOptions: { maxAttempts: 3, baseBackoffMs: 20, maxBackoffMs: 50 } },
    });
  });
  afterEach(() => smtp.failWith(null));
  afterAll(async () => {
    await h?.stop();
    await smtp?.stop();
  });

  it("retries a temporary SMTP refusal (4xx) and delivers once the server accepts again", async () => {
    smtp.failWith({ code: 451, message: "Try again later" });
    const id = await applyOnWeb(h.baseUrl, "一時エラー株式会社", "temp@example.jp");
    const key = `application:${id}:receipt:mail`;
    await vi.waitFor(
      async () =>
        expect((await h.db.outboxMessage.findUniqueOrThrow({ where: { key } })).lastError).toMatch(/^smtp_451/),
      { timeout: 5_000 },
    );
    smtp.failWith(null);
    // The retry is due after the backoff on the app's clock (a manual clock in tests).
    h.clock.advance(60_000);
    await h.settle();
    const mail = await smtp.waitFor((m) => m.subject?.includes(`#${id}`) ?? false);
    expect(mail.to && "value" in mail.to ? mail.to.value[0]?.address : null).toBe("temp@example.jp");
    await h.settle();
    const row = await h.db.outboxMessage.findUniqueOrThrow({ where: { key } });
    expect(row.status).toBe("sent");
    expect(smtp.messages().filter((m) => m.subject?.includes(`#${id}`))).toHaveLength(1);
  });

  it("keeps no personal link in the database once a mail is sent; retries before sending still have the whole mail", async () => {
    smtp.failWith({ code: 451, message: "Try again later" });
    const id = await applyOnWeb(h.baseUrl, "保存トークン株式会社", "atrest@example.jp");
    const key = `application:${id}:receipt:mail`;
    await vi.waitFor(
      async () =>
        expect((await h.db.outboxMessage.findUniqueOrThrow({ where: { key } })).lastError).toMatch(/^smtp_451/),
      { timeout: 5_000 },
    );
    const waiting = JSON.parse((await h.db.outboxMessage.findUniqueOrThrow({ where: { key } })).payload);
    expect(waiting.text).toMatch(/\/s\/[A-Za-z0-9_-]{43}/);
    expect(waiting.html).toMatch(/\/s\/[A-Za-z0-9_-]{43}/);
    smtp.failWith(null);
    h.clock.advance(60_000);
    await h.settle();
    const mail = await smtp.waitFor((m) => m.subject?.includes(`#${id}`) ?? false);
    const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? "")?.[1] as string;
    expect(token).toBeTruthy();
    const row = await h.db.outboxMessage.findUniqueOrThrow({ where: { key } });
    expect(row.status).toBe("sent");
    expect(row.payload).not.toContain(token);
    expect(row.payload).not.toContain("/s/");
    const kept = JSON.parse(row.payload);
    expect(kept).toMatchObject({ to: "atrest@example.jp", text: "", html: "" });
    expect(kept.subject).toContain(`#${id}`);
    const env = { DATABASE_URL: h.env.DATABASE_URL, SLACK_BOT_TOKEN: "" };
    expect(await desk(["outbox", "list", "--key", key], env)).toContain("atrest@example.jp");
  });

  it("gives up a permanent refusal (5xx) at once: desk outbox list and desk doctor show it", async () => {
    smtp.failWith({ code: 550, message: "No such user" });
    const id = await applyOnWeb(h.baseUrl, "恒久エラー株式会社", "nobody@example.jp");
    const key = `application:${id}:receipt:mail`;
    await vi.waitFor(
      async () => expect((await h.db.outboxMessage.findUniqueOrThrow({ where: { key } })).status).toBe("dead"),
      { timeout: 5_000 },
    );
    const row = await h.db.outboxMessage.findUniqueOrThrow({ where: { key } });
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("smtp_550");
    // Given up, the mail keeps its body so that `desk outbox retry` can send it again.
    expect(JSON.parse(row.payload).text).toMatch(/\/s\/[A-Za-z0-9_-]{43}/);
    const env = { DATABASE_URL: h.env.DATABASE_URL, SLACK_BOT_TOKEN: "" };
    const list = await desk(["outbox", "list", "--status", "dead"], env);
    expect(list).toContain(key);
    expect(list).toContain("email");
    const doctor = await desk(["doctor"], { ...env, MAIL_FROM, SMTP_URL: smtp.url });
    expect(doctor).toMatch(/NG {2}outbox .*application:\d+:receipt:mail/);
    expect(doctor).toContain(`OK  mail`);
    expect(doctor).toContain(`via SMTP ${smtp.url}`);
  });

  it("retries while the SMTP server is unreachable, then gives up after the attempt limit", async () => {
    const port = await closedPort();
    const down = await startHarness({
      web: true,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      appOptions: { dispatcherOptions: { maxAttempts: 3, baseBackoffMs: 20, maxBackoffMs: 50 } },
    });
    try {
      const id = await applyOnWeb(down.baseUrl, "接続不可株式会社", "down@example.jp");
      const key = `application:${id}:receipt:mail`;
      await down.settle();
      for (let i = 0; i < 5; i++) {
        down.clock.advance(60_000);
        await down.settle();
      }
      const row = await down.db.outboxMessage.findUniqueOrThrow({ where: { key } });
      expect(row.attempts).toBe(3);
      expect(row.lastError).toMatch(/^smtp_(ECONNECTION|ESOCKET)/);
    } finally {
      await down.stop();
    }
  });

  it("desk doctor --mail connects to SMTP without sending, and says NG when it cannot", async () => {
    const before = smtp.messages().length;
    const ok = await desk(["doctor", "--mail"], {
      DATABASE_URL: h.env.DATABASE_URL,
      SLACK_BOT_TOKEN: "",
      MAIL_FROM,
      SMTP_URL: smtp.url,
    });
    expect(ok).toContain("OK  smtp connection");
    expect(smtp.messages().length).toBe(before);
    const port = await closedPort();
    const ng = await desk(["doctor", "--mail"], {
      DATABASE_URL: h.env.DATABASE_URL,
      SLACK_BOT_TOKEN: "",
      MAIL_FROM,
      SMTP_URL: `smtp://127.0.0.1:${port}`,
    });
    expect(ng).toContain("NG  smtp connection");
    const files = await desk(["doctor"], { DATABASE_URL: h.env.DATABASE_URL, SLACK_BOT_TOKEN: "", MAIL_FROM });
    expect(files).toContain("not sent: written as files in data/mail/*.eml");
  });
});
