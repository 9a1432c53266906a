import type { WebClient } from "@slack/web-api";
import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import type { Logger } from "../../lib/logger.js";
import type { Mailer } from "./mailer.js";
import { EmailPayloadSchema, PostPayloadSchema, UpdatePayloadSchema, UploadPayloadSchema } from "./outbox.schemas.js";
import {
  claimOutbox,
  deferOutbox,
  deferOutboxKind,
  findDueOutbox,
  findOutboxByKey,
  markOutboxDead,
  markOutboxRetry,
  markOutboxSent,
  nextPendingAt,
  type OutboxMessage,
  redactSentEmailPayload,
} from "./outbox-repository.js";
import { RateGate, type RateLimit } from "./rate-gate.js";

/** Delivery policy. Defaults suit production; tests shorten the waits. */
export type DispatcherOptions = {
  /** Attempts before a message is given up and marked dead (visible in `desk doctor`). */
  maxAttempts: number;
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Slack allows about one message per second per channel. */
  channelGapMs: number;
  /** How long a claimed row stays locked before another worker may take it over. */
  lockMs: number;
  batchSize: number;
  /**
   * Calls per sliding window for each Slack method the outbox uses, kept under Slack's limits so
   * that hundreds of DMs in one morning go out without a storm of 429s (the app's interactive
   * calls share the same workspace budget, hence the headroom).
   */
  methodLimits: Record<SlackMethod, RateLimit>;
  /** How often to look for rows written by another process (`desk outbox retry`, a crashed instance); 0 = never. */
  pollMs: number;
};

/** The Slack method (rate-limit bucket) each outbox kind is sent with; "smtp" paces e-mail. */
export type SlackMethod = "chat.postMessage" | "chat.update" | "files.upload" | "smtp";
const METHOD_OF_KIND: Record<string, SlackMethod> = {
  post: "chat.postMessage",
  update: "chat.update",
  upload: "files.upload",
  email: "smtp",
};

export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  maxAttempts: 8,
  baseBackoffMs: 2_000,
  maxBackoffMs: 10 * 60_000,
  channelGapMs: 1_000,
  lockMs: 60_000,
  batchSize: 50,
  methodLimits: {
    "chat.postMessage": { limit: 300, windowMs: 60_000 },
    "chat.update": { limit: 40, windowMs: 60_000 },
    "files.upload": { limit: 60, windowMs: 60_000 },
    // Shared relays and providers throttle bursts; an announcement to thousands goes out paced.
    smtp: { limit: 120, windowMs: 60_000 },
  },
  pollMs: 30_000,
};

const RETRYABLE_PLATFORM_ERRORS = new Set([
  "ratelimited",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
]);

/**
 * Every post carries its outbox key as message metadata, so that before a post is tried again (its
 * earlier attempt timed out, the connection broke, the process died mid-send) the dispatcher can
 * look in the conversation for the copy Slack may have accepted, instead of posting a second one.
 */
export const OUTBOX_METADATA_EVENT = "desk_outbox_message";
/** The lookup reads back to a little before the row was written (Slack's and our clocks may differ). */
const LOOKUP_MARGIN_MS = 5 * 60_000;
const LOOKUP_PAGE_SIZE = 200;
const LOOKUP_MAX_PAGES = 3;

type SendOutcome =
  | { ok: true; ts: string | null; channel: string | null }
  | { ok: false; retryAfterMs: number | null; retryable: boolean; error: string };

/**
 * Sends the outbox: oldest first, each row claimed before sending so that two app instances never
 * send one row twice, Slack's Retry-After respected, failures retried with backoff, then given up.
 */
export class OutboxDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private poller: NodeJS.Timeout | null = null;
  private readonly lastPostAt = new Map<string, number>();
  /** Until when (clock time) a method is paused after Slack answered 429 with Retry-After. */
  private readonly pausedUntil = new Map<SlackMethod, number>();
  private readonly gate: RateGate;
  readonly options: DispatcherOptions;
  private readonly imChannels = new Map<string, string>();

  constructor(
    private readonly db: Database,
    private readonly client: WebClient,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: Partial<DispatcherOptions> = {},
    /** Sends the "email" rows; null when mail is not configured (such rows are given up with a reason). */
    private readonly mailer: Mailer | null = null,
  ) {
    this.options = {
      ...DEFAULT_DISPATCHER_OPTIONS,
      ...options,
      methodLimits: { ...DEFAULT_DISPATCHER_OPTIONS.methodLimits, ...options.methodLimits },
    };
    this.gate = new RateGate(this.options.methodLimits);
  }

  /** Asks for a delivery pass soon (after a transaction that enqueued messages commits). */
  kick(): void {
    if (this.stopped) return;
    this.startPolling();
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Runs passes until nothing is due now; resolves when idle. Tests and jobs await it. */
  async drain(): Promise<void> {
    do {
      if (this.running) await this.running;
      this.again = false;
      this.running = this.loop().finally(() => {
        this.running = null;
      });
      await this.running;
    } while (this.again);
  }

  stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.poller) clearInterval(this.poller);
    return this.running ?? Promise.resolve();
  }

  private startPolling(): void {
    if (this.poller || this.options.pollMs <= 0) return;
    this.poller = setInterval(() => this.kick(), this.options.pollMs);
    this.poller.unref();
  }

  private async loop(): Promise<void> {
    try {
      for (;;) {
        const sent = await this.passOnce();
        if (sent === 0 && !this.again) break;
        this.again = false;
      }
      await this.scheduleNext();
    } catch (error) {
      this.logger.error("outbox dispatcher failed", { error: String(error) });
    }
  }

  private async scheduleNext(): Promise<void> {
    if (this.stopped) return;
    const next = await nextPendingAt(this.db.client);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!next) return;
    const wait = Math.max(50, next.getTime() - this.clock.now().getTime());
    this.timer = setTimeout(() => this.kick(), Math.min(wait, 2_147_000_000));
    this.timer.unref();
  }

  /** One batch; returns how many rows were handled. */
  async passOnce(): Promise<number> {
    const now = this.clock.now();
    const due = await findDueOutbox(this.db.client, now, this.options.batchSize);
    let handled = 0;
    /** Methods whose pending rows were all moved past a 429 pause during this pass. */
    const deferred = new Set<SlackMethod>();
    for (const row of due) {
      if (this.stopped) break;
      const method = METHOD_OF_KIND[row.kind] ?? "chat.postMessage";
      const paused = this.pausedUntil.get(method) ?? 0;
      if (paused > this.clock.now().getTime()) {
        // Slack asked the whole method to wait: sending the rest of the batch would only earn more 429s.
        if (!deferred.has(method)) await deferOutbox(this.db.client, row.id, new Date(paused));
        continue;
      }
      // Wait for a slot before claiming, so the lock is fresh when the send starts.
      await this.pace(row);
      await this.gate.take(method);
      const claimed = await claimOutbox(
        this.db.client,
        row,
        new Date(this.clock.now().getTime() + this.options.lockMs),
      );
      if (!claimed) continue;
      handled++;
      const outcome = await this.send(row);
      const at = this.clock.now();
      if (outcome.ok) {
        await markOutboxSent(
          this.db.client,
          row.id,
          at,
          outcome.ts,
          outcome.channel,
          row.kind === "email" ? { payload: redactSentEmailPayload(row.payload) } : {},
        );
        continue;
      }
      const attempts = row.attempts + 1;
      const rateLimited = outcome.error === "ratelimited";
      if (!outcome.retryable || (!rateLimited && attempts >= this.options.maxAttempts)) {
        await markOutboxDead(this.db.client, row.id, outcome.error);
        this.logger.error("outbox message given up", { key: row.key, attempts, error: outcome.error });
        continue;
      }
      const backoff = Math.min(this.options.maxBackoffMs, this.options.baseBackoffMs * 2 ** (attempts - 1));
      const delay = outcome.retryAfterMs ?? backoff;
      if (rateLimited) {
        this.pausedUntil.set(method, at.getTime() + delay);
        await deferOutboxKind(this.db.client, row.kind, new Date(at.getTime() + delay));
        deferred.add(method);
      }
      await markOutboxRetry(this.db.client, row.id, new Date(at.getTime() + delay), outcome.error, {
        refund: rateLimited,
      });
      this.logger.warn("outbox send failed, will retry", {
        key: row.key,
        attempts,
        delayMs: delay,
        error: outcome.error,
      });
    }
    return handled;
  }

  private async pace(row: OutboxMessage): Promise<void> {
    if (this.options.channelGapMs <= 0 || row.kind !== "post") return;
    const last = this.lastPostAt.get(row.recipient);
    const wait = last === undefined ? 0 : last + this.options.channelGapMs - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    this.lastPostAt.set(row.recipient, Date.now());
  }

  /**
   * files.completeUploadExternal shares into a conversation, not a user: a DM needs the IM
   * channel's ID (conversations.open, scope im:write). Posts take a user ID directly.
   */
  private async conversationFor(channel: string): Promise<string> {
    if (!isUserId(channel)) return channel;
    const cached = this.imChannels.get(channel);
    if (cached) return cached;
    const opened = await this.client.conversations.open({ users: channel });
    const id = (opened.channel as { id?: string } | undefined)?.id;
    if (!id) throw new Error(`conversations.open returned no channel for ${channel}`);
    this.imChannels.set(channel, id);
    return id;
  }

  /**
   * The message an earlier attempt of this row may have posted after all (Slack accepted it but the
   * answer never came back): found by its metadata in the conversation's recent history (or the
   * thread's replies), bounded to the time since the row was written. When the lookup itself fails,
   * null: the row is posted again, as before lookups existed (at-least-once).
   */
  private async findEarlierCopy(
    row: OutboxMessage,
    channel: string,
    threadTs: string | undefined,
  ): Promise<{ ts: string; channel: string } | null> {
    try {
      const conversation = await this.conversationFor(channel);
      const oldest = ((row.createdAt.getTime() - LOOKUP_MARGIN_MS) / 1000).toFixed(6);
      let cursor: string | undefined;
      for (let page = 0; page < LOOKUP_MAX_PAGES; page++) {
        const query = {
          channel: conversation,
          oldest,
          limit: LOOKUP_PAGE_SIZE,
          include_all_metadata: true,
          ...(cursor ? { cursor } : {}),
        };
        const res = threadTs
          ? await this.client.conversations.replies({ ...query, ts: threadTs })
          : await this.client.conversations.history(query);
        const hit = (res.messages ?? []).find((m) => {
          const meta = m.metadata as { event_type?: string; event_payload?: { outbox_key?: unknown } } | undefined;
          return meta?.event_type === OUTBOX_METADATA_EVENT && meta.event_payload?.outbox_key === row.key;
        });
        if (hit?.ts) {
          this.logger.info("outbox message found already posted; not sending it again", { key: row.key, ts: hit.ts });
          return { ts: hit.ts, channel: conversation };
        }
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!res.has_more || !cursor) break;
      }
      return null;
    } catch (error) {
      this.logger.warn("outbox lookup before a retry failed; sending again", {
        key: row.key,
        error: classify(error).error,
      });
      return null;
    }
  }

  private async send(row: OutboxMessage): Promise<SendOutcome> {
    try {
      const raw = JSON.parse(row.payload);
      if (row.kind === "post") {
        const p = PostPayloadSchema.parse(raw);
        let threadTs = p.threadTs;
        if (p.threadOfKey) {
          const parent = await findOutboxByKey(this.db.client, p.threadOfKey);
          if (!parent || parent.status === "dead")
            return { ok: false, retryable: false, retryAfterMs: null, error: "thread_parent_missing" };
          if (parent.status !== "sent")
            return { ok: false, retryable: true, retryAfterMs: 1_000, error: "thread_parent_not_sent" };
          threadTs = parent.resultTs ?? undefined;
        }
        if (mayAlreadyBePosted(row)) {
          const earlier = await this.findEarlierCopy(row, p.channel, threadTs);
          if (earlier) return { ok: true, ...earlier };
        }
        const res = await this.client.chat.postMessage({
          channel: p.channel,
          text: p.text,
          ...(p.blocks ? { blocks: p.blocks } : {}),
          ...(threadTs ? { thread_ts: threadTs } : {}),
          unfurl_links: false,
          metadata: { event_type: OUTBOX_METADATA_EVENT, event_payload: { outbox_key: row.key } },
        });
        return { ok: true, ts: res.ts ?? null, channel: res.channel ?? null };
      }
      if (row.kind === "update") {
        const p = UpdatePayloadSchema.parse(raw);
        const ref = await findOutboxByKey(this.db.client, p.refKey);
        if (!ref || ref.status === "dead") return { ok: true, ts: null, channel: null };
        if (ref.status !== "sent" || !ref.resultTs)
          return { ok: false, retryable: true, retryAfterMs: 1_000, error: "original_not_sent" };
        await this.client.chat.update({
          channel: ref.recipient,
          ts: ref.resultTs,
          text: p.text,
          ...(p.blocks ? { blocks: p.blocks } : {}),
        });
        return { ok: true, ts: ref.resultTs, channel: null };
      }
      if (row.kind === "upload") {
        const p = UploadPayloadSchema.parse(raw);
        await this.client.files.uploadV2({
          channel_id: await this.conversationFor(p.channel),
          file: Buffer.from(p.contentBase64, "base64"),
          filename: p.filename,
          title: p.title,
          ...(p.initialComment ? { initial_comment: p.initialComment } : {}),
        });
        return { ok: true, ts: null, channel: null };
      }
      if (row.kind === "email") {
        const p = EmailPayloadSchema.parse(raw);
        if (!this.mailer) return { ok: false, retryable: false, retryAfterMs: null, error: "mail_not_configured" };
        try {
          const sent = await this.mailer.send({ ...p, key: row.key, createdAt: row.createdAt });
          return { ok: true, ts: sent.messageId, channel: null };
        } catch (error) {
          return classifyMail(error);
        }
      }
      return { ok: false, retryable: false, retryAfterMs: null, error: `unknown kind ${row.kind}` };
    } catch (error) {
      return classify(error);
    }
  }
}

/**
 * Whether an earlier attempt may have reached Slack: any attempt counted (a 429 gives its attempt
 * back: Slack refused it for sure), or a row given up and put back by `desk outbox retry` (which
 * resets the count but keeps the last error).
 */
function mayAlreadyBePosted(row: OutboxMessage): boolean {
  return row.attempts > 0 || (row.lastError !== null && row.lastError !== "ratelimited");
}

/**
 * SMTP failures: a 5xx reply is permanent (unknown mailbox, refused sender), so the row is given up
 * at once; 4xx replies and connection, DNS or timeout errors are retried with backoff.
 */
export function classifyMail(error: unknown): Extract<SendOutcome, { ok: false }> {
  const e = error as { responseCode?: number; code?: string; message?: string };
  const code = typeof e.responseCode === "number" ? e.responseCode : null;
  const detail = (e.message ?? String(error)).replace(/\s+/g, " ").slice(0, 300);
  if (code !== null) return { ok: false, retryable: code < 500, retryAfterMs: null, error: `smtp_${code}: ${detail}` };
  return { ok: false, retryable: true, retryAfterMs: null, error: `smtp_${e.code ?? "error"}: ${detail}` };
}

function isUserId(channel: string): boolean {
  return /^[UW][A-Z0-9]+$/.test(channel);
}

function classify(error: unknown): Extract<SendOutcome, { ok: false }> {
  const e = error as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string };
    statusCode?: number;
    message?: string;
  };
  if (e.code === "slack_webapi_rate_limited_error") {
    return { ok: false, retryable: true, retryAfterMs: Math.max(1, e.retryAfter ?? 1) * 1000, error: "ratelimited" };
  }
  if (e.code === "slack_webapi_platform_error") {
    const name = e.data?.error ?? "platform_error";
    return { ok: false, retryable: RETRYABLE_PLATFORM_ERRORS.has(name), retryAfterMs: null, error: name };
  }
  if (e.code === "slack_webapi_http_error") {
    return { ok: false, retryable: true, retryAfterMs: null, error: `http_${e.statusCode ?? "error"}` };
  }
  return { ok: false, retryable: true, retryAfterMs: null, error: e.message ?? String(error) };
}
