/**
 * A local stand-in for Slack's Web API, upload URLs and response URLs. It answers what
 * @slack/web-api sends, records every call, and refuses what real Slack refuses (tokens,
 * trigger ids, Block Kit limits, hashes, rate limits) so that tests see the same failures.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { validateMessageBlocks, validateView } from "./block-kit-limits.js";

export interface FakeSlackUser {
  id: string;
  name: string;
  realName?: string;
  /** Defaults to "ja-JP". */
  locale?: string;
}

export interface RecordedCall {
  method: string;
  args: Record<string, any>;
  response: Record<string, any>;
  /** HTTP status of the answer (429 when rate limited or faulted). */
  status: number;
  at: number;
}

export interface StoredMessage {
  /** As the app passed it: a user ID for DMs posted to a user. */
  channel: string;
  ts: string;
  text: string;
  blocks: any[] | undefined;
  thread_ts?: string;
  metadata?: any;
  updated: boolean;
}

export interface StoredEphemeral {
  channel: string;
  user: string;
  text: string;
  blocks: any[] | undefined;
  thread_ts?: string;
  message_ts: string;
}

export interface StoredScheduled {
  id: string;
  channel: string;
  post_at: number;
  text: string;
  blocks: any[] | undefined;
  thread_ts?: string;
}

export interface StoredView {
  id: string;
  userId: string;
  type: "modal" | "home";
  /** The view as Slack would send it back (with id, hash, state, generated block_ids). */
  view: any;
  hash: string;
  root_view_id: string;
  previous_view_id: string | null;
  closed: boolean;
}

export interface StoredFile {
  id: string;
  filename: string;
  title: string;
  length: number;
  bytes: Buffer;
  uploaded: boolean;
  shared: boolean;
  channel_id?: string;
  initial_comment?: string;
  thread_ts?: string;
}

export interface RecordedResponse {
  url: string;
  body: any;
  at: number;
}

/**
 * One planned failure of the next call to a method (or "response_url" for the next response URL
 * post). An empty fault lets the call through, so a queue can target the n-th call.
 */
export interface Fault {
  status?: number;
  error?: string;
  retryAfter?: number;
  /**
   * Waits before handling: nothing is stored until the wait ends, and nothing at all when the
   * caller gave up meanwhile (timed out or was killed), so such tests are deterministic.
   */
  delayMs?: number;
  /**
   * Slack accepts the call at once (a post is stored and visible in conversations.history) but its
   * answer arrives only after this wait, so a client with a shorter timeout never learns the ts.
   */
  answerLateMs?: number;
}

/** A channel the fake knows: private ones and the bot's membership change what Slack answers. */
export interface FakeChannel {
  id: string;
  /** Defaults to the channel's ID in lower case. */
  name?: string;
  /** Defaults to true for legacy "G…" IDs, false for "C…". */
  isPrivate?: boolean;
  /** Defaults to true. */
  isMember?: boolean;
}

export interface ResponseUrlContext {
  channel?: string;
  messageTs?: string;
  userId?: string;
}

export type FakeSlackOptions = {
  users?: FakeSlackUser[];
  channels?: (string | FakeChannel)[];
  botToken?: string;
  rateLimits?: boolean;
};

export const BOT_USER_ID = "UBOT";
export const BOT_ID = "BBOT";
export const TEAM_ID = "T0TEST";
const DEFAULT_TOKEN = "xoxb-fake-bot-token";
const TRIGGER_TTL_MS = 3000;
const MAX_MODAL_STACK = 3;
const MAX_RESPONSES_PER_URL = 5;
const MAX_TEXT = 40_000;
const MAX_SCHEDULE_AHEAD_S = 120 * 24 * 60 * 60;

/** Per-minute limits of the tiers in SLACK.md; chat.postMessage is handled separately. */
const TIER_LIMITS: Record<string, number> = {
  "chat.postEphemeral": 100,
  "views.open": 100,
  "views.update": 100,
  "views.push": 100,
  "views.publish": 100,
  "users.info": 100,
  "files.getUploadURLExternal": 100,
  "files.completeUploadExternal": 100,
  "chat.update": 50,
  "chat.scheduleMessage": 50,
  "conversations.open": 50,
  "conversations.info": 50,
  "conversations.history": 50,
  "conversations.replies": 50,
};
const POST_MESSAGE_WORKSPACE_PER_MINUTE = 600;
const SCHEDULE_PER_CHANNEL = { limit: 30, windowMs: 5 * 60_000 };

/** Fields WebClient sends as JSON strings. */
const JSON_FIELDS = new Set(["blocks", "attachments", "view", "files", "options", "option_groups", "metadata"]);

type Args = Record<string, any>;
type Result = Record<string, any>;
type Handler = (args: Args) => Result;

const ok = (extra: Result = {}): Result => ({ ok: true, ...extra });
const fail = (error: string, messages?: string[]): Result =>
  messages && messages.length > 0
    ? { ok: false, error, response_metadata: { messages: messages.map((m) => `[ERROR] ${m}`) } }
    : { ok: false, error };
const isObj = (v: unknown): v is Record<string, any> => typeof v === "object" && v !== null && !Array.isArray(v);
const flag = (v: unknown) => v === true || v === "true" || v === "1" || v === 1;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const clone = <T>(v: T): T => structuredClone(v);

function randomId(n: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join("");
}

/** Slack fills in block_id/action_id the app left out; tests then see the same ids the app would. */
function withGeneratedIds(blocks: any[] | undefined): any[] | undefined {
  if (!Array.isArray(blocks)) return blocks;
  const fillAction = (el: any) =>
    isObj(el) && el.type !== "image" && el.type !== "plain_text" && el.type !== "mrkdwn" && el.action_id === undefined
      ? { ...el, action_id: randomId(5) }
      : el;
  return blocks.map((b) => {
    if (!isObj(b)) return b;
    const out: any = { ...b, block_id: b.block_id ?? randomId(4) };
    if (b.type === "actions" && Array.isArray(b.elements)) out.elements = b.elements.map(fillAction);
    if (b.type === "input" && b.element) out.element = fillAction(b.element);
    if (b.type === "section" && b.accessory) out.accessory = fillAction(b.accessory);
    return out;
  });
}

function parseMultipart(body: Buffer, contentType: string): { fields: Record<string, string>; files: Buffer[] } {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const fields: Record<string, string> = {};
  const files: Buffer[] = [];
  if (!m) return { fields, files };
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const start = pos + boundary.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const headerEnd = body.indexOf("\r\n\r\n", start);
    if (headerEnd === -1) break;
    const next = body.indexOf(boundary, headerEnd + 4);
    if (next === -1) break;
    const headers = body.subarray(start + 2, headerEnd).toString();
    const content = body.subarray(headerEnd + 4, next - 2);
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
    if (/filename="/i.test(headers) || name === "body" || name === "file") files.push(Buffer.from(content));
    else fields[name] = content.toString();
    pos = next;
  }
  return { fields, files };
}

function decodeArgs(raw: Buffer, contentType: string): Args {
  const text = raw.toString("utf8");
  let args: Args = {};
  if (contentType.startsWith("application/json")) {
    args = text ? JSON.parse(text) : {};
  } else if (contentType.startsWith("multipart/form-data")) {
    args = parseMultipart(raw, contentType).fields;
  } else {
    for (const [k, v] of new URLSearchParams(text)) args[k] = v;
  }
  for (const key of Object.keys(args)) {
    if (JSON_FIELDS.has(key) && typeof args[key] === "string") {
      try {
        args[key] = JSON.parse(args[key]);
      } catch {
        // Left as a string: the method answers *_format / invalid_arguments, as Slack does.
      }
    }
  }
  return args;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: string | object, headers: Record<string, string> = {}): true {
  const isJson = typeof body !== "string";
  res.writeHead(status, {
    "Content-Type": isJson ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    ...headers,
  });
  res.end(isJson ? JSON.stringify(body) : body);
  return true;
}

export class FakeSlack {
  readonly botToken: string;
  private server!: Server;
  private port = 0;
  private readonly users = new Map<string, FakeSlackUser>();
  private readonly channels = new Map<string, Required<FakeChannel>>();
  private rateLimitsOn: boolean;
  private rateOverrides: Record<string, { perMinute: number }> = {};

  private callLog: RecordedCall[] = [];
  private messageStore: StoredMessage[] = [];
  private ephemeralStore: StoredEphemeral[] = [];
  private scheduledStore: StoredScheduled[] = [];
  private responseLog: RecordedResponse[] = [];
  private viewStore = new Map<string, StoredView & { seq: number }>();
  private stacks = new Map<string, string[]>();
  private fileStore = new Map<string, StoredFile>();
  private triggers = new Map<string, { userId: string; issuedAt: number; used: boolean }>();
  private responseUrls = new Map<string, { count: number; ctx: ResponseUrlContext }>();
  private faults = new Map<string, Fault[]>();
  private delayedNow = new Map<string, number>();
  private windows = new Map<string, number[]>();
  private seq = 0;
  private lastTsMicros = 0;

  private readonly handlers: Record<string, Handler> = {
    "auth.test": () =>
      ok({
        url: "https://fake-workspace.slack.com/",
        team: "Fake Workspace",
        user: "desk-bot",
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        bot_id: BOT_ID,
        is_enterprise_install: false,
      }),
    "chat.postMessage": (a) => this.postMessage(a),
    "chat.update": (a) => this.updateMessage(a),
    "chat.delete": (a) => this.deleteMessage(a),
    "chat.postEphemeral": (a) => this.postEphemeral(a),
    "chat.scheduleMessage": (a) => this.scheduleMessage(a),
    "chat.deleteScheduledMessage": (a) => this.deleteScheduled(a),
    "conversations.open": (a) => this.openConversation(a),
    "conversations.info": (a) => this.conversationInfo(a),
    "conversations.history": (a) => this.conversationHistory(a),
    "conversations.replies": (a) => this.conversationReplies(a),
    "users.info": (a) => this.userInfo(a),
    "views.open": (a) => this.viewsOpen(a),
    "views.push": (a) => this.viewsPush(a),
    "views.update": (a) => this.viewsUpdate(a),
    "views.publish": (a) => this.viewsPublish(a),
    "files.getUploadURLExternal": (a) => this.getUploadUrl(a),
    "files.completeUploadExternal": (a) => this.completeUpload(a),
  };

  private constructor(opts: FakeSlackOptions) {
    this.botToken = opts.botToken ?? DEFAULT_TOKEN;
    this.rateLimitsOn = opts.rateLimits ?? false;
    for (const u of opts.users ?? []) this.addUser(u);
    for (const c of opts.channels ?? []) this.addChannel(c);
  }

  static async start(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
    const fake = new FakeSlack(opts);
    fake.server = createServer((req, res) => {
      fake.route(req, res).catch((err) => {
        if (!res.headersSent) send(res, 500, { ok: false, error: "fatal_error", detail: String(err) });
      });
    });
    await new Promise<void>((resolve) => fake.server.listen(0, "127.0.0.1", resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  async stop(): Promise<void> {
    // WebClient's fetch keeps connections alive; close them or close() waits for their timeout.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** What the app passes as `slackApiUrl`. */
  get url(): string {
    return `${this.baseUrl}/api/`;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  // ---------------------------------------------------------------- test-facing API

  addUser(user: FakeSlackUser): void {
    this.users.set(user.id, { ...user, locale: user.locale ?? "ja-JP" });
  }

  addChannel(channel: string | FakeChannel): void {
    const c = typeof channel === "string" ? { id: channel } : channel;
    this.channels.set(c.id, {
      id: c.id,
      name: c.name ?? c.id.toLowerCase(),
      isPrivate: c.isPrivate ?? c.id.startsWith("G"),
      isMember: c.isMember ?? true,
    });
  }

  /** Changes a known channel (made private or public, the bot invited or removed). */
  setChannel(id: string, patch: Partial<Omit<FakeChannel, "id">>): void {
    const c = this.channels.get(id);
    if (!c) throw new Error(`FakeSlack.setChannel: unknown channel ${id}`);
    this.addChannel({ ...c, ...patch });
  }

  user(id: string): FakeSlackUser | undefined {
    return this.users.get(id);
  }

  calls(method?: string): RecordedCall[] {
    return clone(method ? this.callLog.filter((c) => c.method === method) : this.callLog);
  }

  /** DMs posted to a user ID and to its "D…" channel are the same conversation. */
  messages(channel?: string): StoredMessage[] {
    const list = channel
      ? this.messageStore.filter((m) => this.sameConversation(m.channel, channel))
      : this.messageStore;
    return clone(list);
  }

  ephemerals(user?: string): StoredEphemeral[] {
    return clone(user ? this.ephemeralStore.filter((e) => e.user === user) : this.ephemeralStore);
  }

  scheduled(channel?: string): StoredScheduled[] {
    const list = channel
      ? this.scheduledStore.filter((s) => this.sameConversation(s.channel, channel))
      : this.scheduledStore;
    return clone(list);
  }

  responses(url?: string): RecordedResponse[] {
    return clone(url ? this.responseLog.filter((r) => r.url === url) : this.responseLog);
  }

  views(): StoredView[] {
    return [...this.viewStore.values()].map(({ seq: _seq, ...v }) => clone(v));
  }

  view(id: string): StoredView | undefined {
    return this.views().find((v) => v.id === id);
  }

  /** The most recently opened, pushed or updated modal (closed or not). */
  lastView(userId?: string): StoredView | undefined {
    const modals = [...this.viewStore.values()]
      .filter((v) => v.type === "modal" && (!userId || v.userId === userId))
      .sort((a, b) => b.seq - a.seq);
    return modals[0] ? this.view(modals[0].id) : undefined;
  }

  /** The modal the user is looking at now: top of their newest open stack. */
  currentView(userId: string): StoredView | undefined {
    const open = [...this.viewStore.values()]
      .filter((v) => v.type === "modal" && v.userId === userId && !v.closed)
      .sort((a, b) => b.seq - a.seq)[0];
    if (!open) return undefined;
    const stack = this.stacks.get(open.root_view_id) ?? [];
    return this.view(stack[stack.length - 1] ?? open.id);
  }

  homeView(userId: string): StoredView | undefined {
    return this.views().find((v) => v.type === "home" && v.userId === userId);
  }

  files(): StoredFile[] {
    return [...this.fileStore.values()].map((f) => ({ ...f, bytes: Buffer.from(f.bytes) }));
  }

  issueTriggerId(userId: string): string {
    const id = `${Date.now()}.${Math.floor(Math.random() * 1e10)}.${randomBytes(16).toString("hex")}`;
    this.triggers.set(id, { userId, issuedAt: Date.now(), used: false });
    return id;
  }

  /** A response URL; `ctx` ties it to a message so replace_original/delete_original act on it. */
  newResponseUrl(ctx: ResponseUrlContext = {}): string {
    const id = `${TEAM_ID}/${Date.now()}/${randomBytes(12).toString("hex")}`;
    this.responseUrls.set(id, { count: 0, ctx });
    return `${this.baseUrl}/response/${id}`;
  }

  failNext(method: string, fault: Fault, times = 1): void {
    const queue = this.faults.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push({ ...fault });
    this.faults.set(method, queue);
  }

  /** Calls to `method` (all methods when absent) held by a `delayMs` fault right now. */
  inFlight(method?: string): number {
    if (method) return this.delayedNow.get(method) ?? 0;
    return [...this.delayedNow.values()].reduce((a, b) => a + b, 0);
  }

  setRateLimits(on: boolean, overrides: Record<string, { perMinute: number }> = {}): void {
    this.rateLimitsOn = on;
    this.rateOverrides = { ...overrides };
    this.windows.clear();
  }

  /** Polls until `probe` returns something truthy; for work the app does after it acked. */
  async waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 2000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = probe();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`FakeSlack.waitFor: condition not met within ${timeoutMs} ms`);
      await sleep(10);
    }
  }

  reset(): void {
    this.callLog = [];
    this.messageStore = [];
    this.ephemeralStore = [];
    this.scheduledStore = [];
    this.responseLog = [];
    this.viewStore.clear();
    this.stacks.clear();
    this.fileStore.clear();
    this.triggers.clear();
    this.responseUrls.clear();
    this.faults.clear();
    this.windows.clear();
  }

  /**
   * What Slack does with the app's answer to a view_submission: close, update, push, clear,
   * or show errors. Returns the problems Slack would show the user as a generic failure.
   */
  applySubmissionResponse(viewId: string, httpStatus: number, body: unknown): string[] {
    const rec = this.viewStore.get(viewId);
    if (!rec) return [`view ${viewId} is not known to the fake`];
    if (httpStatus !== 200)
      return [`the app answered HTTP ${httpStatus}; Slack keeps the modal open and shows an error`];
    const action = isObj(body) ? body.response_action : undefined;
    if (action === undefined) {
      this.popView(rec.root_view_id, viewId);
      return [];
    }
    if (action === "clear") {
      this.closeStack(rec.root_view_id);
      return [];
    }
    if (action === "errors") {
      const errors = isObj(body) && isObj(body.errors) ? body.errors : undefined;
      if (!errors) return ["response_action errors needs an errors object"];
      const inputIds = new Set(
        (rec.view.blocks ?? []).filter((b: any) => b?.type === "input").map((b: any) => b.block_id),
      );
      return Object.keys(errors)
        .filter((k) => !inputIds.has(k))
        .map((k) => `errors.${k}: no input block with that block_id in view ${viewId}`);
    }
    if (action === "update" || action === "push") {
      const view = isObj(body) ? body.view : undefined;
      const check = validateView(view);
      if (check.error) return [`response_action ${action}: ${check.error}`, ...check.problems];
      if (action === "update") {
        this.replaceView(rec, view);
        return [];
      }
      const stack = this.stacks.get(rec.root_view_id) ?? [];
      if (stack.length >= MAX_MODAL_STACK) return ["response_action push: push_limit_reached"];
      this.storeModal(view, rec.userId, rec.root_view_id, stack[stack.length - 1] ?? rec.id);
      return [];
    }
    return [`unknown response_action ${JSON.stringify(action)}`];
  }

  /** The user closed a modal (× or Cancel): its stack loses the top view, or all with clear_on_close. */
  closeViewByUser(viewId: string): void {
    const rec = this.viewStore.get(viewId);
    if (!rec) return;
    if (rec.view.clear_on_close) this.closeStack(rec.root_view_id);
    else this.popView(rec.root_view_id, viewId);
  }

  // ---------------------------------------------------------------- HTTP

  private async route(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    const raw = await readBody(req);
    const contentType = String(req.headers["content-type"] ?? "");
    if (req.method !== "POST") return send(res, 405, "method_not_allowed");
    if (path.startsWith("/api/")) return this.handleApi(path.slice(5), req, raw, contentType, res);
    if (path.startsWith("/upload/")) return this.handleUpload(decodeURIComponent(path.slice(8)), raw, contentType, res);
    if (path.startsWith("/response/")) return this.handleResponseUrl(path.slice(10), raw, res);
    return send(res, 404, "not_found");
  }

  private async handleApi(
    method: string,
    req: IncomingMessage,
    raw: Buffer,
    contentType: string,
    res: ServerResponse,
  ): Promise<boolean> {
    let args: Args;
    try {
      args = decodeArgs(raw, contentType);
    } catch {
      return this.answer(res, method, {}, 200, fail("invalid_json"));
    }
    const fault = this.faults.get(method)?.shift();
    if (fault?.delayMs) {
      let gone = false;
      res.on("close", () => {
        if (!res.writableFinished) gone = true;
      });
      this.delayedNow.set(method, (this.delayedNow.get(method) ?? 0) + 1);
      await sleep(fault.delayMs);
      this.delayedNow.set(method, (this.delayedNow.get(method) ?? 1) - 1);
      // The caller hung up while Slack was slow: it never learns the outcome, and the fake stores nothing.
      if (gone) {
        this.callLog.push({ method, args, response: fail("caller_gone"), status: 0, at: Date.now() });
        return true;
      }
    }
    if (fault?.status) {
      const headers: Record<string, string> = {};
      if (fault.status === 429 && fault.retryAfter !== undefined) headers["Retry-After"] = String(fault.retryAfter);
      const body = fail(fault.status === 429 ? "ratelimited" : (fault.error ?? "fatal_error"));
      return this.answer(res, method, args, fault.status, body, headers);
    }
    if (fault?.error) return this.answer(res, method, args, 200, fail(fault.error));

    const auth = String(req.headers.authorization ?? "");
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : args.token;
    if (token !== this.botToken) return this.answer(res, method, args, 200, fail("invalid_auth"));

    const handler = this.handlers[method];
    if (!handler) return this.answer(res, method, args, 200, fail("unknown_method"));

    const retryAfter = this.rateLimitsOn ? this.takeRateSlot(method, args) : 0;
    if (retryAfter > 0)
      return this.answer(res, method, args, 429, fail("ratelimited"), { "Retry-After": String(retryAfter) });

    const result = handler(args);
    if (fault?.answerLateMs) {
      let gone = false;
      res.on("close", () => {
        if (!res.writableFinished) gone = true;
      });
      this.delayedNow.set(method, (this.delayedNow.get(method) ?? 0) + 1);
      await sleep(fault.answerLateMs);
      this.delayedNow.set(method, (this.delayedNow.get(method) ?? 1) - 1);
      // Done at Slack, but the caller stopped waiting: it never learns the answer.
      if (gone) {
        this.callLog.push({ method, args, response: clone(result), status: 0, at: Date.now() });
        return true;
      }
    }
    return this.answer(res, method, args, 200, result);
  }

  private answer(
    res: ServerResponse,
    method: string,
    args: Args,
    status: number,
    response: Result,
    headers: Record<string, string> = {},
  ): boolean {
    this.callLog.push({ method, args, response: clone(response), status, at: Date.now() });
    return send(res, status, response, headers);
  }

  private handleUpload(fileId: string, raw: Buffer, contentType: string, res: ServerResponse): boolean {
    const file = this.fileStore.get(fileId);
    if (!file) return send(res, 404, "file_not_found");
    const bytes = contentType.startsWith("multipart/form-data") ? parseMultipart(raw, contentType).files[0] : raw;
    file.bytes = bytes ?? Buffer.alloc(0);
    file.uploaded = true;
    return send(res, 200, `OK - ${file.bytes.length}`);
  }

  private handleResponseUrl(id: string, raw: Buffer, res: ServerResponse): boolean {
    const entry = this.responseUrls.get(id);
    if (!entry) return send(res, 404, "no_active_hooks");
    const fault = this.faults.get("response_url")?.shift();
    if (fault?.status) return send(res, fault.status, fault.error ?? "internal_error");
    if (entry.count >= MAX_RESPONSES_PER_URL) return send(res, 404, "used_url");
    let body: any;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      return send(res, 400, "invalid_payload");
    }
    if (body?.blocks !== undefined && validateMessageBlocks(body.blocks).length > 0)
      return send(res, 400, "invalid_blocks");
    entry.count++;
    this.responseLog.push({ url: `${this.baseUrl}/response/${id}`, body, at: Date.now() });
    const { channel, messageTs } = entry.ctx;
    const target =
      channel && messageTs
        ? this.messageStore.find((m) => m.ts === messageTs && this.sameConversation(m.channel, channel))
        : undefined;
    if (target && flag(body.delete_original)) this.messageStore.splice(this.messageStore.indexOf(target), 1);
    else if (target && flag(body.replace_original)) {
      target.text = String(body.text ?? "");
      target.blocks = withGeneratedIds(body.blocks);
      target.updated = true;
    }
    return send(res, 200, "ok");
  }

  // ---------------------------------------------------------------- rate limits

  /** Sliding windows on real time; returns seconds to wait, or 0 when the call may pass. */
  private takeRateSlot(method: string, args: Args): number {
    const limits: Array<{ key: string; limit: number; windowMs: number }> = [];
    const override = this.rateOverrides[method]?.perMinute;
    if (method === "chat.postMessage") {
      const channel = this.conversationKey(String(args.channel ?? ""));
      const perChannel = this.rateOverrides["chat.postMessage#channel"]?.perMinute;
      limits.push(
        perChannel !== undefined
          ? { key: `${method}#${channel}`, limit: perChannel, windowMs: 60_000 }
          : { key: `${method}#${channel}`, limit: 1, windowMs: 1000 },
        { key: method, limit: override ?? POST_MESSAGE_WORKSPACE_PER_MINUTE, windowMs: 60_000 },
      );
    } else {
      const perMinute = override ?? TIER_LIMITS[method];
      if (perMinute !== undefined) limits.push({ key: method, limit: perMinute, windowMs: 60_000 });
    }
    const now = Date.now();
    let wait = 0;
    for (const { key, limit, windowMs } of limits) {
      const hits = (this.windows.get(key) ?? []).filter((t) => t > now - windowMs);
      this.windows.set(key, hits);
      if (hits.length >= limit) {
        const freesAt = (hits[hits.length - limit] ?? now) + windowMs;
        wait = Math.max(wait, Math.max(1, Math.ceil((freesAt - now) / 1000)));
      }
    }
    if (wait > 0) return wait;
    for (const { key } of limits) this.windows.get(key)?.push(now);
    return 0;
  }

  // ---------------------------------------------------------------- conversations

  /** The conversation ID Slack would use: user IDs and their DM channel map to "D<user>". */
  private conversationKey(channel: string): string {
    if (this.users.has(channel) || channel === BOT_USER_ID) return `D${channel}`;
    return channel;
  }

  private sameConversation(a: string, b: string): boolean {
    return this.conversationKey(a) === this.conversationKey(b);
  }

  private knownConversation(channel: unknown): string | null {
    if (typeof channel !== "string" || channel === "") return null;
    if (this.channels.has(channel)) return channel;
    if (this.users.has(channel)) return `D${channel}`;
    if (channel.startsWith("D") && this.users.has(channel.slice(1))) return channel;
    return null;
  }

  private nextTs(): string {
    const micros = Math.max(Date.now() * 1000, this.lastTsMicros + 100);
    this.lastTsMicros = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, "0")}`;
  }

  private checkContent(args: Args): Result | null {
    const hasText = typeof args.text === "string" && args.text !== "";
    const hasBlocks = args.blocks !== undefined;
    if (!hasText && !hasBlocks && args.attachments === undefined) return fail("no_text");
    if (hasBlocks) {
      if (typeof args.blocks === "string") return fail("invalid_blocks_format");
      const problems = validateMessageBlocks(args.blocks);
      if (problems.length > 0) return fail("invalid_blocks", problems);
    }
    return null;
  }

  private postMessage(a: Args): Result {
    const conv = this.knownConversation(a.channel);
    if (!conv) return fail("channel_not_found");
    const notIn = this.membershipError(conv);
    if (notIn) return fail(notIn);
    const bad = this.checkContent(a);
    if (bad) return bad;
    const msg: StoredMessage = {
      channel: String(a.channel),
      ts: this.nextTs(),
      text: String(a.text ?? "").slice(0, MAX_TEXT),
      blocks: withGeneratedIds(a.blocks),
      updated: false,
    };
    if (a.thread_ts !== undefined) msg.thread_ts = String(a.thread_ts);
    if (a.metadata !== undefined) msg.metadata = a.metadata;
    this.messageStore.push(msg);
    return ok({ channel: conv, ts: msg.ts, message: this.messageJson(msg) });
  }

  private messageJson(m: StoredMessage): Result {
    return {
      type: "message",
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      team: TEAM_ID,
      text: m.text,
      ts: m.ts,
      ...(m.blocks ? { blocks: m.blocks } : {}),
      ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}),
      ...(m.metadata ? { metadata: m.metadata } : {}),
    };
  }

  private findMessage(channel: unknown, ts: unknown): StoredMessage | undefined {
    if (typeof channel !== "string" || typeof ts !== "string") return undefined;
    return this.messageStore.find((m) => m.ts === ts && this.sameConversation(m.channel, channel));
  }

  private updateMessage(a: Args): Result {
    if (!this.knownConversation(a.channel)) return fail("channel_not_found");
    const msg = this.findMessage(a.channel, a.ts);
    if (!msg) return fail("message_not_found");
    if (a.blocks !== undefined) {
      const bad = this.checkContent({ blocks: a.blocks });
      if (bad) return bad;
    } else if (a.text === undefined) return fail("no_text");
    if (a.text !== undefined) msg.text = String(a.text).slice(0, MAX_TEXT);
    if (a.blocks !== undefined) msg.blocks = withGeneratedIds(a.blocks);
    if (a.metadata !== undefined) msg.metadata = a.metadata;
    msg.updated = true;
    return ok({
      channel: this.conversationKey(msg.channel),
      ts: msg.ts,
      text: msg.text,
      message: this.messageJson(msg),
    });
  }

  private deleteMessage(a: Args): Result {
    const msg = this.findMessage(a.channel, a.ts);
    if (!msg) return fail("message_not_found");
    this.messageStore.splice(this.messageStore.indexOf(msg), 1);
    return ok({ channel: this.conversationKey(msg.channel), ts: msg.ts });
  }

  private postEphemeral(a: Args): Result {
    if (!this.knownConversation(a.channel)) return fail("channel_not_found");
    if (typeof a.user !== "string" || !this.users.has(a.user)) return fail("user_not_found");
    const bad = this.checkContent(a);
    if (bad) return bad;
    const e: StoredEphemeral = {
      channel: String(a.channel),
      user: a.user,
      text: String(a.text ?? "").slice(0, MAX_TEXT),
      blocks: withGeneratedIds(a.blocks),
      message_ts: this.nextTs(),
    };
    if (a.thread_ts !== undefined) e.thread_ts = String(a.thread_ts);
    this.ephemeralStore.push(e);
    return ok({ message_ts: e.message_ts });
  }

  private scheduleMessage(a: Args): Result {
    const conv = this.knownConversation(a.channel);
    if (!conv) return fail("channel_not_found");
    const postAt = Number(a.post_at);
    const now = Date.now() / 1000;
    if (!Number.isFinite(postAt)) return fail("invalid_time");
    if (postAt <= now) return fail("time_in_past");
    if (postAt > now + MAX_SCHEDULE_AHEAD_S) return fail("time_too_far");
    const bad = this.checkContent(a);
    if (bad) return bad;
    if (this.rateLimitsOn) {
      const key = `schedule#${conv}`;
      const hits = (this.windows.get(key) ?? []).filter((t) => t > Date.now() - SCHEDULE_PER_CHANNEL.windowMs);
      if (hits.length >= SCHEDULE_PER_CHANNEL.limit) return fail("restricted_too_many");
      this.windows.set(key, [...hits, Date.now()]);
    }
    const s: StoredScheduled = {
      id: `Q${randomId(10).toUpperCase()}`,
      channel: String(a.channel),
      post_at: Math.floor(postAt),
      text: String(a.text ?? "").slice(0, MAX_TEXT),
      blocks: withGeneratedIds(a.blocks),
    };
    if (a.thread_ts !== undefined) s.thread_ts = String(a.thread_ts);
    this.scheduledStore.push(s);
    return ok({
      channel: conv,
      scheduled_message_id: s.id,
      post_at: s.post_at,
      message: { type: "delayed_message", text: s.text, bot_id: BOT_ID, user: BOT_USER_ID, blocks: s.blocks },
    });
  }

  private deleteScheduled(a: Args): Result {
    const i = this.scheduledStore.findIndex(
      (s) => s.id === a.scheduled_message_id && this.sameConversation(s.channel, String(a.channel ?? "")),
    );
    if (i < 0) return fail("invalid_scheduled_message_id");
    this.scheduledStore.splice(i, 1);
    return ok();
  }

  private openConversation(a: Args): Result {
    if (typeof a.channel === "string") {
      const conv = this.knownConversation(a.channel);
      return conv ? ok({ channel: { id: conv } }) : fail("channel_not_found");
    }
    const ids = String(a.users ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length === 0) return fail("users_list_not_supplied");
    const unknown = ids.find((id) => !this.users.has(id));
    if (unknown) return fail("user_not_found");
    if (ids.length === 1) return ok({ channel: { id: `D${ids[0]}` } });
    const id = `G${ids
      .join("")
      .replace(/[^A-Z0-9]/g, "")
      .slice(0, 10)}`;
    if (!this.channels.has(id)) this.addChannel({ id, isPrivate: true });
    return ok({ channel: { id } });
  }

  /** Slack hides a private channel from a bot outside it; a public one refuses posts with not_in_channel. */
  private membershipError(conv: string): string | null {
    const c = this.channels.get(conv);
    if (!c || c.isMember) return null;
    return c.isPrivate ? "channel_not_found" : "not_in_channel";
  }

  private conversationInfo(a: Args): Result {
    const conv = this.knownConversation(a.channel);
    if (!conv) return fail("channel_not_found");
    if (conv.startsWith("D"))
      return ok({ channel: { id: conv, is_im: true, user: conv.slice(1), is_member: true, is_archived: false } });
    const c = this.channels.get(conv)!;
    if (!c.isMember && c.isPrivate) return fail("channel_not_found");
    return ok({
      channel: {
        id: conv,
        name: c.name,
        is_channel: !c.isPrivate,
        is_group: c.isPrivate,
        is_private: c.isPrivate,
        is_im: false,
        is_member: c.isMember,
        is_archived: false,
      },
    });
  }

  /**
   * Top-level messages newest first, `oldest`/`latest` exclusive bounds on ts, `limit` (default
   * 100) with a cursor; message metadata only with include_all_metadata, as Slack does.
   */
  private conversationHistory(a: Args): Result {
    const conv = this.knownConversation(a.channel);
    if (!conv) return fail("channel_not_found");
    const notIn = this.membershipError(conv);
    if (notIn) return fail(notIn);
    const list = this.messageStore
      .filter((m) => this.sameConversation(m.channel, conv) && (m.thread_ts === undefined || m.thread_ts === m.ts))
      .reverse();
    return this.page(list, a);
  }

  /** A thread: its parent, then the replies, oldest first. */
  private conversationReplies(a: Args): Result {
    const conv = this.knownConversation(a.channel);
    if (!conv) return fail("channel_not_found");
    const notIn = this.membershipError(conv);
    if (notIn) return fail(notIn);
    const parent = this.findMessage(conv, a.ts);
    if (!parent) return fail("thread_not_found");
    const list = this.messageStore.filter(
      (m) => this.sameConversation(m.channel, conv) && (m === parent || m.thread_ts === parent.ts),
    );
    return this.page(list, a);
  }

  private page(list: StoredMessage[], a: Args): Result {
    const oldest = a.oldest !== undefined ? Number(a.oldest) : Number.NEGATIVE_INFINITY;
    const latest = a.latest !== undefined ? Number(a.latest) : Number.POSITIVE_INFINITY;
    const inRange = list.filter((m) => Number(m.ts) > oldest && Number(m.ts) <= latest);
    const limit = Math.min(Math.max(Number(a.limit ?? 100) || 100, 1), 999);
    const start = a.cursor ? Number(Buffer.from(String(a.cursor), "base64").toString()) || 0 : 0;
    const slice = inRange.slice(start, start + limit);
    const more = start + limit < inRange.length;
    const withMeta = flag(a.include_all_metadata);
    return ok({
      messages: slice.map((m) => {
        const { metadata, ...json } = this.messageJson(m);
        return withMeta && metadata ? { ...json, metadata } : json;
      }),
      has_more: more,
      response_metadata: { next_cursor: more ? Buffer.from(String(start + limit)).toString("base64") : "" },
    });
  }

  private userInfo(a: Args): Result {
    if (a.user === BOT_USER_ID)
      return ok({ user: { id: BOT_USER_ID, name: "desk-bot", is_bot: true, tz: "Asia/Tokyo", profile: {} } });
    const u = typeof a.user === "string" ? this.users.get(a.user) : undefined;
    if (!u) return fail("user_not_found");
    const realName = u.realName ?? u.name;
    return ok({
      user: {
        id: u.id,
        team_id: TEAM_ID,
        name: u.name,
        real_name: realName,
        tz: "Asia/Tokyo",
        tz_label: "Japan Standard Time",
        tz_offset: 32400,
        ...(flag(a.include_locale) ? { locale: u.locale } : {}),
        is_bot: false,
        deleted: false,
        profile: { real_name: realName, display_name: u.name },
      },
    });
  }

  // ---------------------------------------------------------------- views

  private checkTrigger(triggerId: unknown): { userId: string } | Result {
    const t = typeof triggerId === "string" ? this.triggers.get(triggerId) : undefined;
    if (!t) return fail("invalid_trigger_id");
    if (t.used) return fail("exchanged_trigger_id");
    if (Date.now() - t.issuedAt > TRIGGER_TTL_MS) return fail("expired_trigger_id");
    return { userId: t.userId };
  }

  private checkViewArg(view: unknown): Result | null {
    if (typeof view === "string") return fail("invalid_arguments", ["view: is not valid JSON"]);
    const check = validateView(view);
    return check.error ? fail(check.error, check.problems) : null;
  }

  private externalIdTaken(view: any, exceptId?: string): boolean {
    if (typeof view?.external_id !== "string" || view.external_id === "") return false;
    return [...this.viewStore.values()].some((v) => v.id !== exceptId && v.view.external_id === view.external_id);
  }

  private fullView(view: any, id: string, hash: string, root: string, previous: string | null): any {
    return {
      ...view,
      id,
      team_id: TEAM_ID,
      blocks: withGeneratedIds(view.blocks),
      private_metadata: view.private_metadata ?? "",
      callback_id: view.callback_id ?? "",
      external_id: view.external_id ?? "",
      state: { values: {} },
      hash,
      clear_on_close: Boolean(view.clear_on_close),
      notify_on_close: Boolean(view.notify_on_close),
      root_view_id: root,
      previous_view_id: previous,
      app_id: "A0TEST",
      bot_id: BOT_ID,
    };
  }

  private newHash(): string {
    return `${Math.floor(Date.now() / 1000)}.${randomId(8)}`;
  }

  private storeModal(view: any, userId: string, root: string | null, previous: string | null): StoredView {
    const id = `V${randomId(10).toUpperCase()}`;
    const hash = this.newHash();
    const rootId = root ?? id;
    const rec = {
      id,
      userId,
      type: "modal" as const,
      view: this.fullView(view, id, hash, rootId, previous),
      hash,
      root_view_id: rootId,
      previous_view_id: previous,
      closed: false,
      seq: ++this.seq,
    };
    this.viewStore.set(id, rec);
    const stack = this.stacks.get(rootId) ?? [];
    stack.push(id);
    this.stacks.set(rootId, stack);
    return rec;
  }

  private replaceView(rec: StoredView & { seq: number }, view: any): void {
    rec.hash = this.newHash();
    rec.view = this.fullView(view, rec.id, rec.hash, rec.root_view_id, rec.previous_view_id);
    rec.seq = ++this.seq;
  }

  private popView(root: string, viewId: string): void {
    const stack = this.stacks.get(root) ?? [];
    const i = stack.indexOf(viewId);
    const removed = i >= 0 ? stack.splice(i) : [viewId];
    for (const id of removed) {
      const v = this.viewStore.get(id);
      if (v) v.closed = true;
    }
  }

  private closeStack(root: string): void {
    for (const id of this.stacks.get(root) ?? []) {
      const v = this.viewStore.get(id);
      if (v) v.closed = true;
    }
    this.stacks.set(root, []);
  }

  private viewsOpen(a: Args): Result {
    const trig = this.checkTrigger(a.trigger_id);
    if (!("userId" in trig)) return trig;
    const bad = this.checkViewArg(a.view);
    if (bad) return bad;
    if (a.view.type !== "modal") return fail("invalid_arguments", ["view.type: views.open takes a modal"]);
    if (this.externalIdTaken(a.view)) return fail("duplicate_external_id");
    this.triggers.get(a.trigger_id)!.used = true;
    return ok({ view: clone(this.storeModal(a.view, trig.userId, null, null).view) });
  }

  private viewsPush(a: Args): Result {
    const trig = this.checkTrigger(a.trigger_id);
    if (!("userId" in trig)) return trig;
    const bad = this.checkViewArg(a.view);
    if (bad) return bad;
    const current = this.currentView(trig.userId);
    if (!current) return fail("not_found", ["views.push needs a modal that is open for this user"]);
    const stack = this.stacks.get(current.root_view_id) ?? [];
    if (stack.length >= MAX_MODAL_STACK) return fail("push_limit_reached");
    if (this.externalIdTaken(a.view)) return fail("duplicate_external_id");
    this.triggers.get(a.trigger_id)!.used = true;
    return ok({ view: clone(this.storeModal(a.view, trig.userId, current.root_view_id, current.id).view) });
  }

  private viewsUpdate(a: Args): Result {
    const rec =
      typeof a.view_id === "string" && a.view_id !== ""
        ? this.viewStore.get(a.view_id)
        : typeof a.external_id === "string"
          ? [...this.viewStore.values()].find((v) => v.view.external_id === a.external_id)
          : undefined;
    if (a.view_id === undefined && a.external_id === undefined)
      return fail("invalid_arguments", ["view_id or external_id is required"]);
    if (!rec || rec.closed) return fail("not_found");
    if (a.hash !== undefined && a.hash !== rec.hash) return fail("hash_conflict");
    const bad = this.checkViewArg(a.view);
    if (bad) return bad;
    if (a.view.type !== rec.type) return fail("invalid_arguments", [`view.type: must stay ${rec.type}`]);
    if (this.externalIdTaken(a.view, rec.id)) return fail("duplicate_external_id");
    this.replaceView(rec, a.view);
    return ok({ view: clone(rec.view) });
  }

  private viewsPublish(a: Args): Result {
    if (typeof a.user_id !== "string" || !this.users.has(a.user_id)) return fail("user_not_found");
    const bad = this.checkViewArg(a.view);
    if (bad) return bad;
    if (a.view.type !== "home") return fail("invalid_arguments", ["view.type: views.publish takes a home view"]);
    const existing = [...this.viewStore.values()].find((v) => v.type === "home" && v.userId === a.user_id);
    if (existing && a.hash !== undefined && a.hash !== existing.hash) return fail("hash_conflict");
    if (existing) {
      this.replaceView(existing, a.view);
      return ok({ view: clone(existing.view) });
    }
    const id = `V${randomId(10).toUpperCase()}`;
    const hash = this.newHash();
    const rec = {
      id,
      userId: a.user_id,
      type: "home" as const,
      view: this.fullView(a.view, id, hash, id, null),
      hash,
      root_view_id: id,
      previous_view_id: null,
      closed: false,
      seq: ++this.seq,
    };
    this.viewStore.set(id, rec);
    return ok({ view: clone(rec.view) });
  }

  // ---------------------------------------------------------------- files

  private getUploadUrl(a: Args): Result {
    const length = Number(a.length);
    if (typeof a.filename !== "string" || a.filename === "") return fail("invalid_arguments", ["filename is required"]);
    if (!Number.isInteger(length) || length < 1)
      return fail("invalid_arguments", ["length must be a positive integer"]);
    const id = `F${randomId(10).toUpperCase()}`;
    this.fileStore.set(id, {
      id,
      filename: a.filename,
      title: a.filename,
      length,
      bytes: Buffer.alloc(0),
      uploaded: false,
      shared: false,
    });
    return ok({ upload_url: `${this.baseUrl}/upload/${id}`, file_id: id });
  }

  private completeUpload(a: Args): Result {
    if (!Array.isArray(a.files) || a.files.length === 0)
      return fail("invalid_arguments", ["files must be a JSON array of {id, title}"]);
    const problems = a.files.flatMap((f: any, i: number) => {
      const file = this.fileStore.get(f?.id);
      if (!file) return [`files[${i}].id: unknown file ${JSON.stringify(f?.id)}`];
      return file.uploaded ? [] : [`files[${i}].id: ${f.id} was never uploaded`];
    });
    if (problems.length > 0) return fail("invalid_arguments", problems);
    if (a.channel_id !== undefined && !this.knownConversation(a.channel_id)) return fail("channel_not_found");
    const shared = a.files.map((f: any) => {
      const file = this.fileStore.get(f.id)!;
      file.title = typeof f.title === "string" && f.title !== "" ? f.title : file.filename;
      file.shared = a.channel_id !== undefined;
      if (a.channel_id !== undefined) file.channel_id = String(a.channel_id);
      if (a.initial_comment !== undefined) file.initial_comment = String(a.initial_comment);
      if (a.thread_ts !== undefined) file.thread_ts = String(a.thread_ts);
      return { id: file.id, name: file.filename, title: file.title, size: file.bytes.length };
    });
    return ok({ files: shared });
  }
}
