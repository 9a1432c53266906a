import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PrismaClient as SqlitePrismaClient } from "../generated/prisma/client.js";
import { PrismaClient } from "../generated/prisma-pg/client.js";
import {
  busyError,
  type Database,
  type DbClient,
  isUrgent,
  type OpenOptions,
  type TransactionScope,
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
const URGENT_CONFLICT_BUDGET_MS = 1_500;
const BACKGROUND_CONFLICT_BUDGET_MS = 10_000;

/**
 * Serialization failures and deadlocks: PostgreSQL rolled the transaction back; running it again is
 * safe. Prisma wraps the driver's error, except when COMMIT itself fails (SSI may find the
 * conflict only then): the driver adapter's error arrives bare, its details in `cause`.
 */
export function isRetryableConflict(error: unknown): boolean {
  type Cause = { originalCode?: string; kind?: string };
  const e = error as { code?: string; cause?: Cause; meta?: { driverAdapterError?: { cause?: Cause } } };
  const cause = e?.meta?.driverAdapterError?.cause ?? e?.cause;
  return (
    e?.code === "P2034" ||
    cause?.kind === "TransactionWriteConflict" ||
    cause?.originalCode === "40001" ||
    cause?.originalCode === "40P01"
  );
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

function openPostgresReader(pool: pg.Pool, onStatement: () => void): Reader {
  const texts = new Map<string, { text: string; name: string }>();
  const statement = (sql: string) => {
    let s = texts.get(sql);
    if (!s) {
      let n = 0;
      s = { text: sql.replace(/\?/g, () => `$${++n}`), name: `desk_read_${texts.size + 1}` };
      texts.set(sql, s);
    }
    onStatement();
    return s;
  };
  const all = async <T>(sql: string, ...params: unknown[]): Promise<T[]> => {
    const { text, name } = statement(sql);
    const result = await pool.query({ text, name, values: params, types: readTypes });
    return result.rows as T[];
  };
  return {
    all,
    get: async <T>(sql: string, ...params: unknown[]) => (await all<T>(sql, ...params))[0],
    close: async () => undefined,
  };
}

/**
 * Prisma 6.19 with @prisma/adapter-pg never releases a transaction's connection when COMMIT fails
 * (a serialization failure found at commit): the pool loses it for good, the instance stalls once
 * all are lost, and `pool.end()` waits forever. The connections each transaction takes are noted
 * here; one still out when the transaction is over is closed.
 */
function guardTransactionConnections(pool: pg.Pool) {
  const held = new AsyncLocalStorage<Set<pg.PoolClient>>();
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => Promise<pg.PoolClient>;
  // Only the promise form: the adapter starts transactions with it; queries pass a callback.
  pool.connect = (async (...args: unknown[]) => {
    const mine = held.getStore();
    if (args.length > 0 || !mine) return connect(...args);
    const client = await connect();
    mine.add(client);
    // pg-pool gives each checkout its own release.
    const release = client.release;
    client.release = (error?: Error | boolean) => {
      mine.delete(client);
      return release.call(client, error);
    };
    return client;
  }) as typeof pool.connect;
  return async <T>(run: () => Promise<T>): Promise<T> => {
    const mine = new Set<pg.PoolClient>();
    try {
      return await held.run(mine, run);
    } finally {
      for (const client of mine) client.release(new Error("transaction ended without releasing its connection"));
    }
  };
}

export async function openPostgresql(url: string, opts: OpenOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    ...postgresConnection(url),
    max: opts.poolSize ?? DEFAULT_POOL_SIZE,
    application_name: "security-guidance-desk",
    ...(opts.readOnly ? { options: "-c default_transaction_read_only=on" } : {}),
  });
  // An idle connection the server closed (a restart, a failover) must not crash the process.
  pool.on("error", () => undefined);
  const guarded = guardTransactionConnections(pool);
  const base = new PrismaClient({ adapter: new PrismaPg(pool) });
  await base.$connect();
  // Fails here, at start, with the server's own message when the URL is wrong.
  await pool.query("SELECT 1");
  const inTx = new AsyncLocalStorage<TransactionScope>();
  let statements = 0;

  const client = base.$extends({
    query: {
      $allOperations({ args, query }) {
        statements++;
        return query(args);
      },
    },
  }) as unknown as SqlitePrismaClient;

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
          return await guarded(() =>
            client.$transaction(
              (tx) => {
                const scope: TransactionScope = { tx, open: true };
                return inTx.run(scope, () => fn(tx).finally(() => (scope.open = false)));
              },
              { isolationLevel: "Serializable", timeout: 30_000, maxWait: 10_000 },
            ),
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
    disconnect: async () => {
      await base.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}
