import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { slackFetch } from "../../../src/slack/slack-fetch.js";

type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };

/** What Slack's clients get from slackFetch: what they read of a fetch Response, fetch's errors. */
describe("slackFetch", () => {
  let server: Server;
  let base: string;
  let seen: Seen[];
  let answer: (req: IncomingMessage, res: ServerResponse) => void;

  beforeEach(async () => {
    seen = [];
    answer = (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json", "Retry-After": "3" });
      res.end(JSON.stringify({ ok: true, text: "受け付けました" }));
    };
    server = createServer((req, res) => {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (c: string) => {
        body += c;
      });
      req.on("end", () => {
        seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
        answer(req, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("posts a text body with its headers and answers status, headers and body", async () => {
    const body = `channel=U1&text=${encodeURIComponent("専門家の登録内容を更新しました。")}`;
    const res = await slackFetch(`${base}/api/chat.postMessage`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: "Bearer xoxb-1" },
      body,
    });
    expect(seen).toEqual([expect.objectContaining({ method: "POST", url: "/api/chat.postMessage", body })]);
    expect(seen[0].headers).toMatchObject({
      "content-type": "application/x-www-form-urlencoded",
      authorization: "Bearer xoxb-1",
      "content-length": String(Buffer.byteLength(body)),
    });
    expect(res).toMatchObject({ ok: true, status: 200, statusText: "OK", url: `${base}/api/chat.postMessage` });
    expect(res.headers.get("retry-after")).toBe("3");
    expect(res.headers.get("Content-Type")).toBe("application/json");
    expect(res.headers.get("x-missing")).toBeNull();
    expect(Object.fromEntries(res.headers.entries())).toMatchObject({ "retry-after": "3" });
    expect(await res.json()).toEqual({ ok: true, text: "受け付けました" });
  });

  it("answers an error status as fetch does, without throwing", async () => {
    answer = (_req, res) => {
      res.writeHead(404, "Not Found");
      res.end("used_url");
    };
    const res = await slackFetch(`${base}/hooks/expired`, { method: "POST", body: "{}" });
    expect(res).toMatchObject({ ok: false, status: 404, statusText: "Not Found" });
    expect(await res.text()).toBe("used_url");
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe("used_url");
  });

  it("rejects with the signal's reason when the answer is too late", async () => {
    answer = () => undefined;
    const late = slackFetch(`${base}/api/users.info`, { method: "POST", body: "", signal: AbortSignal.timeout(50) });
    await expect(late).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("rejects as fetch does when the server cannot be reached, or redirects a call that must not be", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(slackFetch(`http://127.0.0.1:${port}/api/auth.test`, { method: "POST" })).rejects.toThrow(TypeError);

    answer = (_req, res) => {
      res.writeHead(302, { Location: "https://example.com/" });
      res.end();
    };
    await expect(slackFetch(`${base}/api/auth.test`, { method: "POST", redirect: "error" })).rejects.toThrow(TypeError);
  });

  it("leaves other bodies (a file upload's form) to the global fetch", async () => {
    const form = new FormData();
    form.append("file", new Blob([Buffer.from("PNG")]), "chart.png");
    const res = await slackFetch(`${base}/upload/F1`, { method: "POST", body: form as never });
    expect(res.status).toBe(200);
    expect(seen[0].headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[0].body).toContain('filename="chart.png"');
  });
});
