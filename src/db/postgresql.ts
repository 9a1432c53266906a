import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma-pg/client.js";
import {
  asDeskClient,
  busyError,
  type Database,
  type DbClient,
  isUrgent,
  type OpenOptions,
  prismaRawSql,
  registerRawSql,
  STATEMENT_BUSY_BUDGET_MS,
  type TransactionScope,
  TX_BUSY_BUDGET_MS,
} from "./client.js";
import { postgresConnection } from "./database-url.js";
import type { Reader } from "./reader.js";

export const DEFAULT_POOL_SIZE = 10;

/**
 * Transactions that collide with others are re-run for this long, then "busy, try again": what a
 * person waits for (a view submission, answered within Slack's 3 s; see `urgently`) as long as
 * SQLite waits for its write lock, the rest (the work after a click's ack, deliveries, jobs) longer.
 * Serializable transactions that write near each other (audit rows, outbox keys, the name index's
 * version row) collide as soon as several instances write at once, and queue up by retrying.
 */
const URGENT_CONFLICT_BUDGET_MS = TX_BUSY_BUDGET_MS;
const BACKGROUND_CONFLICT_BUDGET_MS = STATEMENT_BUSY_BUDGET_MS;

/**
 * The server's error code (SQLSTATE) of a failed query. Prisma wraps the errors it knows (as
 * P2034 for a serialization failure) and passes the others on as the adapter's own error.
 */
function sqlState(error: unknown): string | undefined {
  const e = error as {
    cause?: { originalCode?: string };
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  };
  return e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.cause?.originalCode;
}

/**
 * Serialization failures and deadlocks: PostgreSQL rolled the transaction back; running it again
 * is safe. SSI may find the conflict only at COMMIT, whose error arrives bare.
 */
export function isRetryableConflict(error: unknown): boolean {
  const code = sqlState(error);
  const kind = (error as { cause?: { kind?: string } })?.cause?.kind;
  return (
    (error as { code?: string })?.code === "P2034" ||
    kind === "TransactionWriteConflict" ||
    code === "40001" ||
    code === "40P01"
  );
}

/**
 * A lock another connection holds (an instance, a `desk` command, a DBA's session) outlasted
 * lock_timeout (55P03 lock_not_available). PostgreSQL would otherwise wait for it without end, so
 * every connection carries client.ts's budgets as SQLite's path does: single statements the long
 * one, transactions (SET LOCAL) the short one. Nothing was changed: the transaction is rolled back
 * whole.
 */
function isLockTimeout(error: unknown): boolean {
  return sqlState(error) === "55P03";
}

/**
 * Prisma 6.19's transaction manager hands a transaction's connection back to the pool only after
 * COMMIT (or ROLLBACK) succeeds. A Serializable transaction that collides fails at COMMIT, so
 * each collision would keep one connection for ever, and after DATABASE_POOL_SIZE of them every
 * transaction would wait for a connection in vain. After a failed COMMIT the server has ended
 * the transaction, so the connection goes back to the pool here. Newer Prisma releases do this
 * themselves: drop this when upgrading (a second release would throw).
 */
function releasingFailedCommits(factory: PrismaPg): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await startTransaction(isolationLevel);
      const executeRaw = tx.executeRaw.bind(tx);
      tx.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          // The adapter's rollback() sends nothing: it only releases the connection.
          if (query.sql === "COMMIT" || query.sql === "ROLLBACK") await tx.rollback();
          throw error;
        }
      };
      return tx;
    };
    return adapter;
  };
  return factory;
}

/**
 * Raw reads return what SQLite's do: counts as numbers and Prisma's `timestamp(3)` columns (UTC
 * without a zone) as instants in UTC, whatever the server's or this process's time zone.
 */
const readTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    if (oid === pg.types.builtins.TIMESTAMP) return (v: string) => new Date(`${v.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

/**
 * A Date parameter as Prisma's `timestamp(3)` columns hold instants: UTC wall-clock time without a
 * zone (pg would send the process's local time, which a `timestamp` comparison takes at face value).
 */
function postgresValue(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, -1) : value;
}

/** SQL written with `?` placeholders (for both engines) in PostgreSQL's `$1, $2, …`. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function openPostgresReader(pool: pg.Pool, onStatement: () => void): Reader {
  const texts = new Map<string, { text: string; name: string }>();
  const statement = (sql: string) => {
    let s = texts.get(sql);
    if (!s) {
      s = { text: numbered(sql), name: `desk_read_${texts.size + 1}` };
      texts.set(sql, s);
    }
    onStatement();
    return s;
  };
  const all = async <T>(sql: string, ...params: unknown[]): Promise<T[]> => {
    const { text, name } = statement(sql);
    const result = await pool.query({ text, name, values: params.map(postgresValue), types: readTypes });
    return result.rows as T[];
  };
  return {
    all,
    get: async <T>(sql: string, ...params: unknown[]) => (await all<T>(sql, ...params))[0],
    close: async () => undefined,
  };
}

export async function openPostgresql(url: string, opts: OpenOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    ...postgresConnection(url),
    max: opts.poolSize ?? DEFAULT_POOL_SIZE,
    application_name: "security-guidance-desk",
    options: [
      `-c lock_timeout=${STATEMENT_BUSY_BUDGET_MS}`,
      ...(opts.readOnly ? ["-c default_transaction_read_only=on"] : []),
    ].join(" "),
  });
  // An idle connection the server closed (a restart, a failover) must not crash the process.
  pool.on("error", () => undefined);
  const base = new PrismaClient({ adapter: releasingFailedCommits(new PrismaPg(pool)) });
  await base.$connect();
  // Fails here, at start, with the server's own message when the URL is wrong.
  await pool.query("SELECT 1");
  const inTx = new AsyncLocalStorage<TransactionScope>();
  let statements = 0;

  const client = asDeskClient(
    base.$extends({
      query: {
        $allOperations({ args, query }) {
          statements++;
          return query(args).catch((error: unknown) => {
            throw isLockTimeout(error) ? busyError() : error;
          });
        },
      },
    }),
  );
  registerRawSql(client, prismaRawSql(client, numbered));

  return {
    engine: "postgresql",
    client,
    read: openPostgresReader(pool, () => statements++),
    async transaction<T>(fn: (tx: DbClient) => Promise<T>): Promise<T> {
      const current = inTx.getStore();
      if (current?.open) return fn(current.tx);
      const deadline = Date.now() + (isUrgent() ? URGENT_CONFLICT_BUDGET_MS : BACKGROUND_CONFLICT_BUDGET_MS);
      for (let attempt = 1; ; attempt++) {
        try {
          return await client.$transaction(
            (tx) => {
              registerRawSql(tx, prismaRawSql(tx, numbered));
              const scope: TransactionScope = { tx, open: true };
              return inTx.run(scope, async () => {
                try {
                  await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = ${TX_BUSY_BUDGET_MS}`);
                  return await fn(tx);
                } finally {
                  scope.open = false;
                }
              });
            },
            { isolationLevel: "Serializable", timeout: 30_000, maxWait: 10_000 },
          );
        } catch (error) {
          if (!isRetryableConflict(error)) throw error;
          // Back off a random while, growing: two instances that collided do not collide again.
          const pause = Math.random() * Math.min(200, 10 * 2 ** attempt);
          if (Date.now() + pause > deadline) throw busyError();
          await new Promise((r) => setTimeout(r, pause));
        }
      }
    },
    statementCount: () => statements,
    refreshStatistics: async () => {
      await pool.query("ANALYZE");
    },
    disconnect: async () => {
      await base.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}
