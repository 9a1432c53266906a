import { describe, expect, it } from "vitest";
import { ConfigError, loadAppEnv, loadWebEnv } from "../../../src/config/env.js";
import { messageIdFor, redactSmtpUrl } from "../../../src/features/outbox/mailer.js";
import { classifyMail } from "../../../src/features/outbox/outbox-dispatcher.js";
import { CsrfGuard } from "../../../src/web/csrf.js";
import { languageOf } from "../../../src/web/language.js";
import { matchPath } from "../../../src/web/router.js";

const SLACK = {
  SLACK_BOT_TOKEN: "xoxb-1",
  SLACK_SIGNING_SECRET: "0123456789abcdef",
  SECRETARIAT_CHANNEL_ID: "C0123",
};

describe("web and mail settings", () => {
  it("accepts https, and http only for localhost and 127.0.0.1, also in production", () => {
    expect(loadWebEnv({ PUBLIC_BASE_URL: "https://desk.example.jp/" }).PUBLIC_BASE_URL).toBe("https://desk.example.jp");
    expect(loadWebEnv({ PUBLIC_BASE_URL: "http://127.0.0.1:3000", NODE_ENV: "production" }).PUBLIC_BASE_URL).toBe(
      "http://127.0.0.1:3000",
    );
    expect(() => loadWebEnv({ PUBLIC_BASE_URL: "http://desk.example.jp" })).toThrow(/must start with https/);
    expect(() => loadWebEnv({ PUBLIC_BASE_URL: "https://desk.example.jp/desk" })).toThrow(/must not have a path/);
  });

  it("checks SMTP_URL, MAIL_FROM and LINK_SECRET with clear messages", () => {
    expect(() => loadWebEnv({ SMTP_URL: "http://mail" })).toThrow(/smtp:\/\/\[user:password@\]host/);
    expect(() => loadWebEnv({ MAIL_FROM: "desk" })).toThrow(/e-mail address/);
    expect(loadWebEnv({ MAIL_FROM: "事務局 <desk@example.jp>" }).MAIL_FROM).toBe("事務局 <desk@example.jp>");
    expect(() => loadWebEnv({ LINK_SECRET: "short" })).toThrow(/at least 32 characters/);
  });

  it("starts for Slack only without PUBLIC_BASE_URL, and asks for LINK_SECRET and MAIL_FROM with it", () => {
    expect(loadAppEnv(SLACK).PUBLIC_BASE_URL).toBeUndefined();
    try {
      loadAppEnv({ ...SLACK, PUBLIC_BASE_URL: "https://desk.example.jp" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems.join("\n")).toMatch(/LINK_SECRET is not set[\s\S]*MAIL_FROM is not set/);
    }
  });
});

describe("web router pieces", () => {
  it("matches path patterns with parameters", () => {
    expect(matchPath("/s/:token", "/s/abc")).toEqual({ token: "abc" });
    expect(matchPath("/s/:token", "/s/")).toBeNull();
    expect(matchPath("/s/:token", "/s/a/b")).toBeNull();
    expect(matchPath("/apply", "/apply")).toEqual({});
    expect(matchPath("/s/:token", "/s/%E0%A4%A")).toBeNull();
  });

  it("picks the language from ?lang, else Accept-Language by preference, else Japanese", () => {
    expect(languageOf("en", "ja")).toBe("en");
    expect(languageOf(null, "en-US,en;q=0.9,ja;q=0.8")).toBe("en");
    expect(languageOf(null, "fr;q=1, ja;q=0.5, en;q=0.7")).toBe("en");
    expect(languageOf(null, "de")).toBe("ja");
    expect(languageOf("xx", undefined)).toBe("ja");
  });

  it("CSRF tokens work only with their cookie and purpose", () => {
    const guard = new CsrfGuard("s".repeat(40), true);
    const cookies: Record<string, string> = {};
    const set: string[] = [];
    const token = guard.tokenFor(cookies, "/apply", set);
    expect(set[0]).toMatch(/^desk_csrf=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure/);
    expect(guard.verify(cookies, "/apply", token)).toBe(true);
    expect(guard.verify(cookies, "/s/:token", token)).toBe(false);
    expect(guard.verify({}, "/apply", token)).toBe(false);
    expect(guard.verify(cookies, "/apply", null)).toBe(false);
  });
});

describe("mail pieces", () => {
  it("classifies SMTP failures: 5xx permanent, 4xx and connection errors retried", () => {
    expect(classifyMail(Object.assign(new Error("No such user"), { responseCode: 550 })).retryable).toBe(false);
    expect(classifyMail(Object.assign(new Error("later"), { responseCode: 451 })).retryable).toBe(true);
    expect(classifyMail(Object.assign(new Error("refused"), { code: "ECONNECTION" }))).toMatchObject({
      retryable: true,
      error: "smtp_ECONNECTION: refused",
    });
  });

  it("derives a stable Message-ID from the outbox key and hides SMTP passwords", () => {
    const a = messageIdFor("application:1:receipt:mail", "事務局 <desk@example.jp>");
    expect(a).toBe(messageIdFor("application:1:receipt:mail", "desk@example.jp"));
    expect(a).toMatch(/^<desk\.[0-9a-f]{32}@example\.jp>$/);
    expect(redactSmtpUrl("smtp://user:secret@mail:587")).toBe("smtp://user:***@mail:587");
  });
});
