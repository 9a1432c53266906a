import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { type Prisma, PrismaClient } from "../generated/prisma/client.js";
import { AppError } from "../lib/errors.js";
import { databasePathOf, resolveDatabaseUrl } from "./database-url.js";
import { openReader, type Reader } from "./reader.js";

/** A Prisma client or a transaction client: what repositories take. */
export type DbClient = Prisma.TransactionClient;

/**
 * One serialising lock for the whole process. The better-sqlite3 adapter runs every query on one
 * connection and only serialises transactions among themselves: a plain query issued while an
 * interactive transaction awaits would run inside it (and be rolled back with it). So plain
 * queries wait for open transactions, and transactions wait for each other.
 */
class Lock {
  private held = false;
  private readonly urgentQueue: (() => void)[] = [];
  private readonly queue: (() => void)[] = [];

  async run<T>(fn: () => Promise<T>): Promise<T> {
    await new Promise<void>((resolve) => {
      (urgency.getStore() ? this.urgentQueue : this.queue).push(resolve);
      this.grant();
    });
    try {
      return await fn();
    } finally {
      this.held = false;
      this.grant();
    }
  }

  private grant(): void {
    if (this.held) return;
    const next = this.urgentQueue.shift() ?? this.queue.shift();
    if (!next) return;
    this.held = true;
    // The driver answers synchronously, so granting the next turn at once would chain every
    // waiting query into one unbroken run of microtasks and starve the HTTP server (acks waited
    // seconds under load). setImmediate lets incoming requests be read and acked in between.
    setImmediate(next);
  }
}

const urgency = new AsyncLocalStorage<true>();

/**
 * Runs fn with its database work ahead of background work: what a person is waiting for (a modal
 * submission, an options load must be answered within Slack's 3 s) goes before deliveries and
 * the work that follows an ack.
 */
export function urgently<T>(fn: () => Promise<T>): Promise<T> {
  return urgency.run(true, fn);
}

/**
 * Runs fn as background work even when called from urgent work (the `after` step of a modal
 * submission that goes on for long, e.g. an announcement's thousands of recipients): the
 * submissions and option loads of others keep going first.
 */
export function inBackground<T>(fn: () => Promise<T>): Promise<T> {
  return urgency.exit(fn);
}

/**
 * Another process (the CLI, a backup tool, a second instance) may hold SQLite's write lock.
 * better-sqlite3 waits for it synchronously, freezing every request of this process, so the
 * driver waits only briefly and we wait the rest asynchronously, then give up with a clear
 * "busy, try again": a view submission must be answered within Slack's 3 s.
 */
const SYNC_BUSY_MS = 50;
const TX_BUSY_BUDGET_MS = 1_500;
/** Single statements (the outbox marking a message sent) wait longer: nobody is waiting on them. */
const STATEMENT_BUSY_BUDGET_MS = 10_000;
/** A write that changes nothing: it takes the write lock at the start of a transaction. */
const TAKE_WRITE_LOCK = 'UPDATE "Program" SET "id" = "id" WHERE 0';

export const busyError = () =>
  new AppError(
    "busy",
    {
      ja: "ただいま処理が混み合っているため、保存できませんでした（何も変更されていません）。少し待ってから、もう一度送信してください。",
      en: "The desk is busy and could not save this (nothing was changed). Please wait a moment and submit again.",
    },
    { log: "database busy: another connection held the write lock" },
  );

function isBusy(error: unknown): boolean {
  const e = error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } }; message?: string };
  return (
    e?.meta?.driverAdapterError?.cause?.originalCode === "SQLITE_BUSY" ||
    /SQLITE_BUSY|database is locked/.test(String(e?.message ?? ""))
  );
}

/** Retries `attempt` while the database is locked by another connection, up to `budgetMs`. */
async function whileBusy<T>(budgetMs: number, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() + pause > deadline) throw busyError();
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

export interface Database {
  /** The shared client. Plain queries are safe to call at any time. */
  client: DbClient;
  /**
   * Hot-path reads on a second, read-only connection (see reader.ts): the last committed state,
   * without waiting for the write lock. Inside a transaction use the transaction client instead.
   */
  read: Reader;
  /** Runs fn in one transaction; nested calls join the outer transaction. */
  transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T>;
  /** Raw SQL statements executed since start (benchmarks count them). */
  statementCount(): number;
  disconnect(): Promise<void>;
}

/**
 * `readOnly`: an existing file opened for looking only (`desk doctor`): nothing is created, not
 * even the folder, and any write fails.
 */
export async function openDatabase(url: string | undefined, opts: { readOnly?: boolean } = {}): Promise<Database> {
  const resolved = opts.readOnly ? `file:${databasePathOf(url)}` : resolveDatabaseUrl(url);
  const adapter = new PrismaBetterSQLite3({
    url: resolved,
    timeout: SYNC_BUSY_MS,
    ...(opts.readOnly ? { readonly: true, fileMustExist: true } : {}),
  });
  const base = new PrismaClient({ adapter });
  const lock = new Lock();
  const inTx = new AsyncLocalStorage<DbClient>();
  let statements = 0;

  const client = base.$extends({
    query: {
      $allOperations({ args, query }) {
        statements++;
        if (inTx.getStore()) return query(args);
        return whileBusy(STATEMENT_BUSY_BUDGET_MS, () => lock.run(() => query(args)));
      },
    },
  }) as unknown as PrismaClient;

  // WAL lets the CLI (backups, reports) read while the app writes.
  if (!opts.readOnly) await lock.run(() => base.$queryRawUnsafe("PRAGMA journal_mode = WAL"));
  await lock.run(() => base.$queryRawUnsafe("PRAGMA foreign_keys = ON"));
  const read = openReader(resolved, () => statements++);

  return {
    client,
    read,
    transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
      const current = inTx.getStore();
      if (current) return fn(current);
      // The write lock is taken first, so a busy database fails before fn runs and a retry is safe.
      return whileBusy(TX_BUSY_BUDGET_MS, () =>
        lock.run(() =>
          client.$transaction(
            (tx) =>
              inTx.run(tx, async () => {
                await tx.$executeRawUnsafe(TAKE_WRITE_LOCK);
                return fn(tx);
              }),
            { timeout: 30_000, maxWait: 30_000 },
          ),
        ),
      );
    },
    statementCount: () => statements,
    disconnect: async () => {
      read.close();
      await base.$disconnect();
    },
  };
}
