import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type BetterSqlite3 from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import {
  asDeskClient,
  busyError,
  type Database,
  type DbClient,
  isUrgent,
  type OpenOptions,
  prismaRawSql,
  type RawSql,
  rawSql,
  registerRawSql,
  STATEMENT_BUSY_BUDGET_MS,
  type TransactionScope,
  TX_BUSY_BUDGET_MS,
} from "./client.js";
import { databasePathOf, resolveDatabaseUrl } from "./database-url.js";
import { openSqliteReader, preparedStatements, sqliteValue } from "./reader.js";
import { SqliteLock } from "./sqlite-lock.js";

/**
 * Another process (the CLI, a backup tool) may hold SQLite's write lock. better-sqlite3 waits for
 * it synchronously, freezing every request of this process, so the driver waits only briefly and
 * we wait the rest of the budget (client.ts) asynchronously.
 */
const SYNC_BUSY_MS = 50;
/** SQLite takes the `?` placeholders as they are. */
const sameSql = (sql: string) => sql;

/**
 * The Prisma adapter, keeping hold of its one connection: a transaction's raw statements run on
 * it directly (the transaction is open on that connection, and this process's lock keeps
 * everything else off it), prepared once. Through Prisma each cost 0.3 ms of CPU, compiled and
 * prepared again every time. Should the adapter ever keep its connection elsewhere, they go
 * through Prisma as on PostgreSQL.
 */
function isSqliteConnection(value: unknown): value is BetterSqlite3.Database {
  return typeof value === "object" && value !== null && typeof Reflect.get(value, "prepare") === "function";
}

class ConnectionKeepingAdapter extends PrismaBetterSQLite3 {
  connection: BetterSqlite3.Database | null = null;

  override async connect() {
    const adapter = await super.connect();
    // The adapter keeps its connection in a field it does not declare.
    const held: unknown = Reflect.get(adapter, "client");
    this.connection = isSqliteConnection(held) ? held : null;
    return adapter;
  }
}

/**
 * A transaction's direct statements, refused once it ended: run on the connection afterwards,
 * a detached write would land outside any transaction, or inside the next one.
 */
function whileOpen(scope: TransactionScope, raw: RawSql): RawSql {
  const ended = () =>
    Promise.reject(new Error("Transaction already closed: a statement cannot run after its transaction ended"));
  return {
    all: (sql, ...params) => (scope.open ? raw.all(sql, ...params) : ended()),
    run: (sql, ...params) => (scope.open ? raw.run(sql, ...params) : ended()),
  };
}

function directSql(connection: BetterSqlite3.Database, onStatement: () => void): RawSql {
  const prepared = preparedStatements(connection, onStatement);
  return {
    all: async <T>(sql: string, ...params: unknown[]) => prepared(sql).all(...params.map(sqliteValue)) as T[],
    run: async (sql: string, ...params: unknown[]) => prepared(sql).run(...params.map(sqliteValue)).changes,
  };
}

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
  const adapter = new ConnectionKeepingAdapter({
    url: resolved,
    timeout: SYNC_BUSY_MS,
    ...(opts.readOnly ? { readonly: true, fileMustExist: true } : {}),
  });
  const base = new PrismaClient({ adapter });
  const lock = new SqliteLock();
  const inTx = new AsyncLocalStorage<TransactionScope>();
  let statements = 0;

  const client = asDeskClient(
    base.$extends({
      query: {
        $allOperations({ args, query }) {
          statements++;
          // A plain query from inside an open transaction's callback shares its connection (and
          // its lock); one that outlives the transaction queues like any other.
          if (inTx.getStore()?.open) return query(args);
          return whileBusy(STATEMENT_BUSY_BUDGET_MS, () => lock.run(() => query(args), isUrgent()));
        },
      },
    }),
  );
  registerRawSql(client, prismaRawSql(client, sameSql));

  // WAL lets the CLI (backups, reports) read while the app writes.
  if (!opts.readOnly) await lock.run(() => base.$queryRawUnsafe("PRAGMA journal_mode = WAL"));
  await lock.run(() => base.$queryRawUnsafe("PRAGMA foreign_keys = ON"));
  const read = openSqliteReader(resolved, () => statements++);
  const txSql = adapter.connection ? directSql(adapter.connection, () => statements++) : null;

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
                const scope: TransactionScope = { tx, open: true };
                registerRawSql(tx, txSql ? whileOpen(scope, txSql) : prismaRawSql(tx, sameSql));
                return inTx.run(scope, async () => {
                  try {
                    await rawSql(tx).run(TAKE_WRITE_LOCK);
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
    refreshStatistics: async () => undefined,
    disconnect: async () => {
      await read.close();
      await base.$disconnect();
    },
  };
}
