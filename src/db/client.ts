import { AsyncLocalStorage } from "node:async_hooks";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { AppError } from "../lib/errors.js";
import { both } from "../lib/i18n.js";
import { type DatabaseEngine, databaseEngine } from "./database-url.js";
import { dbTexts } from "./db.texts.js";
import type { Reader } from "./reader.js";

/**
 * A Prisma client or a transaction client: what repositories take. Both engines' generated
 * clients have the same models and the same API for everything used here; the SQLite client's
 * types stand for both.
 */
export type DbClient = Prisma.TransactionClient;

/**
 * The shared client of either engine as the SQLite client's type. A query extension
 * (`$extends({ query })`) changes no model's API, but Prisma types the result as a new client whose
 * models tsc cannot match with the plain client's, and the PostgreSQL client is generated from the
 * same models (test/integration/schema-parity.test.ts): this is the one conversion back.
 */
export function asDeskClient(extended: object): PrismaClient {
  return extended as PrismaClient;
}

export interface Database {
  engine: DatabaseEngine;
  /** The shared client. Plain queries are safe to call at any time. */
  client: DbClient;
  /**
   * Hot-path reads straight through the driver (see reader.ts): the last committed state, without
   * waiting for a writer. Inside a transaction use the transaction client instead.
   */
  read: Reader;
  /**
   * Runs fn in one transaction; nested calls join the outer transaction. On PostgreSQL it is
   * Serializable and re-run when it collides with another instance's transaction, so fn must only
   * write through `tx` (what it does outside the database may happen more than once). When another
   * connection holds a lock it needs for longer than TX_BUSY_BUDGET_MS, it fails with busyError()
   * and nothing of it is written.
   */
  transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T>;
  /** Raw SQL statements executed since start (benchmarks count them). */
  statementCount(): number;
  /**
   * After a bulk load (the demo seeder, a restore): PostgreSQL's planner gets the tables' statistics
   * now instead of at autovacuum's next round (without them it plans for empty tables: the weekly
   * digest at scale 10 took 1.8 s instead of 0.3 s). SQLite plans without statistics: nothing to do.
   */
  refreshStatistics(): Promise<void>;
  disconnect(): Promise<void>;
}

/**
 * Raw statements on a client or a transaction client of openDatabase, written once for both
 * engines as for `Database.read` (`?` placeholders, quoted identifiers and aliases): the writes
 * every request makes (the audit entry of every change) skip Prisma compiling a query, about a
 * millisecond of CPU each. Answers are typed as the Reader's: numbers and text as they are,
 * Boolean and DateTime columns through booleanOf / dateOf (reader.ts).
 */
export interface RawSql {
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** Runs a statement; answers how many rows it changed. */
  run(sql: string, ...params: unknown[]): Promise<number>;
}

const raws = new WeakMap<DbClient, RawSql>();

/** The raw statements of a client: inside its transaction when it is a transaction client. */
export function rawSql(db: DbClient): RawSql {
  const raw = raws.get(db);
  if (!raw) throw new Error("rawSql: not a client of openDatabase (nor one of its transactions)");
  return raw;
}

/** Gives a client made by openDatabase (or one of its transaction clients) its raw statements. */
export function registerRawSql(db: DbClient, raw: RawSql): void {
  raws.set(db, raw);
}

/** Raw statements through Prisma's raw queries, the placeholders rewritten for the engine. */
export function prismaRawSql(db: DbClient, placeholders: (sql: string) => string): RawSql {
  return {
    all: (sql, ...params) => db.$queryRawUnsafe(placeholders(sql), ...params),
    run: (sql, ...params) => db.$executeRawUnsafe(placeholders(sql), ...params),
  };
}

export interface OpenOptions {
  /**
   * An existing database opened for looking only (`desk doctor`): nothing is created (SQLite: not
   * even the folder) and any write fails.
   */
  readOnly?: boolean;
  /** PostgreSQL: connections this process keeps open at most (DATABASE_POOL_SIZE). */
  poolSize?: number;
}

/** Opens the database a DATABASE_URL names: a SQLite file (`file:…`) or PostgreSQL (`postgresql://…`). */
export async function openDatabase(url: string | undefined, opts: OpenOptions = {}): Promise<Database> {
  if (databaseEngine(url) === "postgresql") {
    const { openPostgresql } = await import("./postgresql.js");
    return openPostgresql(url as string, opts);
  }
  const { openSqlite } = await import("./sqlite.js");
  return openSqlite(url, opts);
}

const urgency = new AsyncLocalStorage<true>();

/** Whether the current work was marked urgent (SQLite's lock serves it first). */
export function isUrgent(): boolean {
  return urgency.getStore() === true;
}

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
 * The open transaction of the current async context. `open` turns false when it ends, so work
 * started inside a transaction callback and still running after it (a detached write) is not
 * taken for part of it, nor of a later one.
 */
export type TransactionScope = { tx: DbClient; open: boolean };

/**
 * How long database work waits for a lock another connection holds (the CLI, a backup tool,
 * another instance, a DBA's session) before giving up with busyError(). A transaction waits
 * briefly: a view submission must be answered within Slack's 3 s, and "busy, try again" beats
 * silence. A single statement outside a transaction (the outbox marking a message sent) waits
 * longer: nobody is waiting on it.
 */
export const TX_BUSY_BUDGET_MS = 1_500;
export const STATEMENT_BUSY_BUDGET_MS = 10_000;

export const busyError = () =>
  new AppError(
    "busy",
    both(dbTexts, (t) => t.busy),
    { log: "database busy: another connection held the write lock or kept colliding" },
  );
