import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { type Prisma, PrismaClient } from "../generated/prisma/client.js";
import { resolveDatabaseUrl } from "./database-url.js";

/** A Prisma client or a transaction client: what repositories take. */
export type DbClient = Prisma.TransactionClient;

/**
 * One serialising lock for the whole process. The better-sqlite3 adapter runs every query on one
 * connection and only serialises transactions among themselves: a plain query issued while an
 * interactive transaction awaits would run inside it (and be rolled back with it). So plain
 * queries wait for open transactions, and transactions wait for each other.
 */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export interface Database {
  /** The shared client. Plain queries are safe to call at any time. */
  client: DbClient;
  /** Runs fn in one transaction; nested calls join the outer transaction. */
  transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T>;
  /** Raw SQL statements executed since start (benchmarks count them). */
  statementCount(): number;
  disconnect(): Promise<void>;
}

export async function openDatabase(url: string | undefined): Promise<Database> {
  const resolved = resolveDatabaseUrl(url);
  const adapter = new PrismaBetterSQLite3({ url: resolved, timeout: 10_000 });
  const base = new PrismaClient({ adapter });
  const lock = new Lock();
  const inTx = new AsyncLocalStorage<DbClient>();
  let statements = 0;

  const client = base.$extends({
    query: {
      $allOperations({ args, query }) {
        statements++;
        if (inTx.getStore()) return query(args);
        return lock.run(() => query(args));
      },
    },
  }) as unknown as PrismaClient;

  // WAL lets the CLI (backups, reports) read while the app writes.
  await lock.run(() => base.$queryRawUnsafe("PRAGMA journal_mode = WAL"));
  await lock.run(() => base.$queryRawUnsafe("PRAGMA foreign_keys = ON"));

  return {
    client,
    transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
      const current = inTx.getStore();
      if (current) return fn(current);
      return lock.run(() =>
        client.$transaction((tx) => inTx.run(tx, () => fn(tx)), { timeout: 30_000, maxWait: 30_000 }),
      );
    },
    statementCount: () => statements,
    disconnect: () => base.$disconnect(),
  };
}
