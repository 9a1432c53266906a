import type { DbClient } from "../../db/client.js";
import type { OutboxMessage } from "../../generated/prisma/client.js";
import type { OutboxItem } from "./outbox.schemas.js";

export type { OutboxMessage };

/** Adds a message under a unique key; a key already present is left as it is (exactly once). */
export async function enqueueOutbox(db: DbClient, key: string, item: OutboxItem, now: Date): Promise<boolean> {
  const existing = await db.outboxMessage.findUnique({ where: { key }, select: { id: true } });
  if (existing) return false;
  const recipient =
    item.kind === "update" ? item.payload.refKey : item.kind === "email" ? item.payload.to : item.payload.channel;
  await db.outboxMessage.create({
    data: {
      key,
      kind: item.kind,
      recipient,
      payload: JSON.stringify(item.payload),
      nextAttemptAt: now,
      createdAt: now,
    },
  });
  return true;
}

export async function findDueOutbox(db: DbClient, now: Date, limit: number): Promise<OutboxMessage[]> {
  return db.outboxMessage.findMany({
    where: {
      OR: [
        { status: "pending", nextAttemptAt: { lte: now } },
        // A "sending" row whose lock expired belongs to a process that died mid-send.
        { status: "sending", lockedUntil: { lte: now } },
      ],
    },
    orderBy: { id: "asc" },
    take: limit,
  });
}

/**
 * Claims a row for sending; false when another worker got it first. Only the row as `seen` is
 * claimed: an expired "sending" row stays "sending" when another instance retakes it (only its
 * lock moves), and a row may have been tried and put back meanwhile, so the status alone would let
 * two workers claim the same row.
 */
export async function claimOutbox(
  db: DbClient,
  seen: Pick<OutboxMessage, "id" | "status" | "attempts" | "lockedUntil" | "nextAttemptAt">,
  lockedUntil: Date,
): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: {
      id: seen.id,
      status: seen.status,
      attempts: seen.attempts,
      lockedUntil: seen.lockedUntil,
      nextAttemptAt: seen.nextAttemptAt,
    },
    data: { status: "sending", lockedUntil, attempts: { increment: 1 } },
  });
  return count === 1;
}

/**
 * A sent e-mail's body carries the SME's personal link: once the mail is out, only what
 * `desk outbox list` shows (address, name, language, subject) stays in the database. Pending and
 * given-up rows keep the whole mail, so retries and `desk outbox retry` can still send it.
 */
export function redactSentEmailPayload(payload: string): string {
  const p = JSON.parse(payload) as Record<string, unknown>;
  return JSON.stringify({
    to: p.to,
    ...(p.toName !== undefined ? { toName: p.toName } : {}),
    locale: p.locale,
    subject: p.subject,
    text: "",
    html: "",
    ...(Array.isArray(p.attachments) ? { attachments: p.attachments.map(redactAttachment) } : {}),
  });
}

function redactAttachment(a: unknown) {
  const { filename, contentType } = a as { filename?: unknown; contentType?: unknown };
  return { filename, contentType, contentBase64: "" };
}

export async function markOutboxSent(
  db: DbClient,
  id: number,
  at: Date,
  resultTs: string | null,
  resultChannel: string | null,
  opts: { payload?: string } = {},
) {
  await db.outboxMessage.update({
    where: { id },
    data: {
      status: "sent",
      sentAt: at,
      resultTs,
      lockedUntil: null,
      lastError: null,
      ...(resultChannel ? { recipient: resultChannel } : {}),
      ...(opts.payload !== undefined ? { payload: opts.payload } : {}),
    },
  });
}

/** Back to pending for a later attempt; `refund` gives the attempt back (Slack's rate limit is no failure of the message). */
export async function markOutboxRetry(
  db: DbClient,
  id: number,
  nextAttemptAt: Date,
  error: string,
  opts: { refund?: boolean } = {},
) {
  await db.outboxMessage.update({
    where: { id },
    data: {
      status: "pending",
      nextAttemptAt,
      lockedUntil: null,
      lastError: error,
      ...(opts.refund ? { attempts: { decrement: 1 } } : {}),
    },
  });
}

/** Moves every pending row of a kind that is due before `until` to `until` (a 429 pauses the whole method). */
export async function deferOutboxKind(db: DbClient, kind: string, until: Date): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { kind, status: "pending", nextAttemptAt: { lt: until } },
    data: { nextAttemptAt: until },
  });
}

/** Moves a pending row's next attempt later without claiming it (its method is paused by a 429). */
export async function deferOutbox(db: DbClient, id: number, until: Date): Promise<void> {
  await db.outboxMessage.updateMany({ where: { id, status: "pending" }, data: { nextAttemptAt: until } });
}

export async function markOutboxDead(db: DbClient, id: number, error: string) {
  await db.outboxMessage.update({ where: { id }, data: { status: "dead", lockedUntil: null, lastError: error } });
}

export async function findOutboxByKey(db: DbClient, key: string) {
  return db.outboxMessage.findUnique({ where: { key } });
}

export async function nextPendingAt(db: DbClient): Promise<Date | null> {
  const row = await db.outboxMessage.findFirst({
    where: { status: { in: ["pending", "sending"] } },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true, lockedUntil: true, status: true },
  });
  if (!row) return null;
  return row.status === "sending" && row.lockedUntil ? row.lockedUntil : row.nextAttemptAt;
}

export async function countOutboxByStatus(db: DbClient): Promise<Record<string, number>> {
  const rows = await db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
}

export async function findDeadOutbox(db: DbClient, limit = 20) {
  return db.outboxMessage.findMany({ where: { status: "dead" }, orderBy: { id: "desc" }, take: limit });
}

export async function listOutbox(db: DbClient, opts: { status?: string; keyPrefix?: string; limit: number }) {
  return db.outboxMessage.findMany({
    where: {
      ...(opts.status ? { status: opts.status } : {}),
      ...(opts.keyPrefix ? { key: { startsWith: opts.keyPrefix } } : {}),
    },
    orderBy: { id: "desc" },
    take: opts.limit,
    select: {
      id: true,
      key: true,
      kind: true,
      recipient: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
    },
  });
}

/** Puts given-up rows back in the queue with fresh attempts; returns how many. */
export async function requeueDeadOutbox(db: DbClient, now: Date, opts: { key?: string } = {}): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { status: "dead", ...(opts.key ? { key: opts.key } : {}) },
    data: { status: "pending", attempts: 0, nextAttemptAt: now, lockedUntil: null },
  });
  return count;
}
