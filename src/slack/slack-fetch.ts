import http from "node:http";
import https from "node:https";

/**
 * The fetch Bolt's respond() and the Web API clients call Slack with. Node's fetch (undici's
 * WHATWG implementation) spent about 0.4 ms of CPU on each call, a tenth of what the whole request
 * cost: nearly every request sends one (a reply through response_url, a DM after a submission).
 * Plain requests with a text body (JSON, form-encoded: all of Slack's calls but file uploads) go
 * through node:http(s) on kept-alive connections and answer the part of the fetch Response those
 * libraries read; anything else (multipart uploads, Headers objects) goes to the global fetch.
 */
type Init = {
  method?: string;
  headers?: Record<string, string> | Headers | [string, string][];
  body?: unknown;
  redirect?: "error" | "follow" | "manual";
  signal?: AbortSignal | null;
};

export type SlackFetchResponse = {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null; entries(): IterableIterator<[string, string]> };
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
};

/** Idle connections close after 4 s, as fetch's do: before a server drops them under a request. */
const agents = {
  "http:": new http.Agent({ keepAlive: true, timeout: 4_000 }),
  "https:": new https.Agent({ keepAlive: true, timeout: 4_000 }),
};

function isPlainHeaders(headers: Init["headers"]): headers is Record<string, string> | undefined {
  return (
    headers === undefined || (typeof headers === "object" && !Array.isArray(headers) && !(headers instanceof Headers))
  );
}

export function slackFetch(input: string | URL, init: Init = {}): Promise<SlackFetchResponse> {
  const url = typeof input === "string" ? new URL(input) : input;
  const agent = agents[url.protocol as keyof typeof agents];
  const { body, headers } = init;
  if (!agent || (body !== undefined && typeof body !== "string") || !isPlainHeaders(headers))
    return fetch(input, init as RequestInit) as Promise<SlackFetchResponse>;
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<SlackFetchResponse>((resolve, reject) => {
    const request = (url.protocol === "https:" ? https : http).request(
      url,
      { method: init.method ?? "GET", headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          signal?.removeEventListener("abort", abort);
          const status = response.statusCode ?? 0;
          if (status >= 300 && status < 400 && response.headers.location && init.redirect !== "manual") {
            // Slack does not redirect API calls; fetch's own rules apply to whatever does.
            if (init.redirect === "error")
              reject(new TypeError(`fetch failed: redirected to ${response.headers.location}`));
            else resolve(fetch(input, init as RequestInit) as Promise<SlackFetchResponse>);
            return;
          }
          resolve(answer(url.href, status, response.statusMessage ?? "", response.rawHeaders, Buffer.concat(chunks)));
        });
      },
    );
    // As fetch does: an aborted call (a timeout) rejects with the signal's reason.
    const abort = () => {
      request.destroy();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", abort, { once: true });
    request.on("error", (error) => {
      signal?.removeEventListener("abort", abort);
      reject(new TypeError("fetch failed", { cause: error }));
    });
    request.end(body);
  });
}

function answer(url: string, status: number, statusText: string, raw: string[], body: Buffer): SlackFetchResponse {
  const headers = new Map<string, string>();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i].toLowerCase();
    const seen = headers.get(name);
    headers.set(name, seen === undefined ? raw[i + 1] : `${seen}, ${raw[i + 1]}`);
  }
  const text = () => body.toString("utf8");
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText,
    url,
    headers: { get: (name) => headers.get(name.toLowerCase()) ?? null, entries: () => headers.entries() },
    text: async () => text(),
    json: async () => JSON.parse(text()),
    arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  };
}
