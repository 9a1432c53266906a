import type { DbClient } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { type EmailPayload, EmailPayloadSchema, type PostPayload, type UploadPayload } from "./outbox.schemas.js";
import { enqueueOutbox } from "./outbox-repository.js";

/** What a notifier needs of delivery: a nudge after commit (the outbox dispatcher, or nothing in the CLI). */
export type DeliveryKick = { kick(): void };

export type MessageContent = { text: string; blocks?: unknown[] };

/**
 * What services use to tell people things. Writes go to the outbox inside the caller's
 * transaction (so a state change and its notification commit together); `kick()` after commit
 * starts delivery. Keys make each notification happen once: reuse a key and nothing new is sent.
 */
export class Notifier {
  constructor(
    private readonly dispatcher: DeliveryKick,
    private readonly clock: Clock,
  ) {}

  post(
    tx: DbClient,
    key: string,
    channel: string,
    content: MessageContent,
    extra: Pick<PostPayload, "threadOfKey" | "threadTs"> = {},
  ) {
    return enqueueOutbox(tx, key, { kind: "post", payload: { channel, ...content, ...extra } }, this.clock.now());
  }

  /** A DM: Slack delivers a message posted to a user ID in the app's Messages tab. */
  dm(tx: DbClient, key: string, userId: string, content: MessageContent) {
    return this.post(tx, key, userId, content);
  }

  /** Replaces the message sent earlier under `refKey`. */
  update(tx: DbClient, key: string, refKey: string, content: MessageContent) {
    return enqueueOutbox(tx, key, { kind: "update", payload: { refKey, ...content } }, this.clock.now());
  }

  upload(tx: DbClient, key: string, payload: UploadPayload) {
    return enqueueOutbox(tx, key, { kind: "upload", payload }, this.clock.now());
  }

  /**
   * An e-mail, sent through the same outbox as Slack messages (once per key, retried with backoff,
   * given up rows in `desk outbox list`). The payload is checked here so a bad address fails the
   * caller's transaction instead of dying in the queue.
   */
  email(tx: DbClient, key: string, mail: EmailPayload) {
    return enqueueOutbox(tx, key, { kind: "email", payload: EmailPayloadSchema.parse(mail) }, this.clock.now());
  }

  kick(): void {
    this.dispatcher.kick();
  }
}
