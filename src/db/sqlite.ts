import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import {
  busyError,
  type Database,
  type DbClient,
  isUrgent,
  type OpenOptions,
  STATEMENT_BUSY_BUDGET_MS,
  type TransactionScope,
  TX_BUSY_BUDGET_MS,
  withRawSql,
} from "./client.js";
import { databasePathOf, resolveDatabaseUrl } from "./database-url.js";
import { openSqliteReader } from "./reader.js";
import { SqliteLock } from "./sqlite-lock.js";

/**
 * Another process (the CLI, a backup tool) may hold SQLite's write lock. better-sqlite3 waits for
 * it synchronously, freezing every request of this process, so the driver waits only briefly and
 * we wait the rest of the budget (client.ts) asynchronously.
 */
const SYNC_BUSY_MS = 50;
/** SQLite takes the `?` placeholders as they are. */
const sameSql = (sql: string) => sql;

/** A write that changes nothing: it takes the write lock at the start of a transaction. */
const TAKE_WRITE_LOCK = 'UPDATE "Program" SET "id" = "id" WHERE 0';

export function isSqliteBusy(error: unknown): boolean {
  const e = error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } }; message?: string };
  return (
    e?.meta?.driverAdapterError?.cause?.originalCode === "SQLITE_BUSY" ||
    /SQLITE_BUSY|database is locked/.test(String(e?.message ?? ""))
  );
}

/** Retries `attempt` while the database is locked by another connection, up to `budgetMs`, never blocking the event loop. */
export async function whileBusy<T>(budgetMs: number, attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      if (Date.now() + pause > deadline) throw busyError();
      await new Promise((r) => setTimeout(r, pause));
    }
  }
}

export async function openSqlite(url: string | undefined, opts: OpenOptions = {}): Promise<Database> {
  const resolved = opts.readOnly ? `file:${databasePathOf(url)}` : resolveDatabaseUrl(url);
  const adapter = new PrismaBetterSQLite3({
    url: resolved,
    timeout: SYNC_BUSY_MS,
    ...(opts.readOnly ? { readonly: true, fileMustExist: true } : {}),
  });
  const base = new PrismaClient({ adapter });
  const lock = new SqliteLock();
  const inTx = new AsyncLocalStorage<TransactionScope>();
  let statements = 0;

  const client = base.$extends({
    query: {
      $allOperations({ args, query }) {
        statements++;
        // A plain query from inside an open transaction's callback shares its connection (and
        // its lock); one that outlives the transaction queues like any other.
        if (inTx.getStore()?.open) return query(args);
        return whileBusy(STATEMENT_BUSY_BUDGET_MS, () => lock.run(() => query(args), isUrgent()));
      },
    },
  }) as unknown as PrismaClient;
  withRawSql(client, sameSql);

  // WAL lets the CLI (backups, reports) read while the app writes.
  if (!opts.readOnly) await lock.run(() => base.$queryRawUnsafe("PRAGMA journal_mode = WAL"));
  await lock.run(() => base.$queryRawUnsafe("PRAGMA foreign_keys = ON"));
  const read = openSqliteReader(resolved, () => statements++);

  return {
    engine: "sqlite",
    client,
    read,
    transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
      const current = inTx.getStore();
      if (current?.open) return fn(current.tx);
      // The write lock is taken first, so a busy database fails before fn runs and a retry is safe.
      return whileBusy(TX_BUSY_BUDGET_MS, () =>
        lock.run(
          () =>
            client.$transaction(
              (tx) => {
                withRawSql(tx, sameSql);
                const scope: TransactionScope = { tx, open: true };
                return inTx.run(scope, async () => {
                  try {
                    await tx.$executeRawUnsafe(TAKE_WRITE_LOCK);
                    return await fn(tx);
                  } finally {
                    scope.open = false;
                  }
                });
              },
              { timeout: 30_000, maxWait: 30_000 },
            ),
          isUrgent(),
        ),
      );
    },
    statementCount: () => statements,
    disconnect: async () => {
      await read.close();
      await base.$disconnect();
    },
  };
}
