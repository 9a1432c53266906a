import { AsyncLocalStorage } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { PrismaClient as SqlitePrismaClient } from "../generated/prisma/client.js";
import { PrismaClient } from "../generated/prisma-pg/client.js";
import { busyError, type Database, type DbClient, type OpenOptions, type TransactionScope } from "./client.js";
import { postgresConnection } from "./database-url.js";
import type { Reader } from "./reader.js";

export const DEFAULT_POOL_SIZE = 10;

/** Transactions that collide with another instance's are re-run this many times in all, then "busy, try again". */
const TX_ATTEMPTS = 6;

/** Serialization failures and deadlocks: PostgreSQL rolled the transaction back; running it again is safe. */
export function isRetryableConflict(error: unknown): boolean {
  const e = error as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } };
  };
  const cause = e?.meta?.driverAdapterError?.cause;
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

export async function openPostgresql(url: string, opts: OpenOptions = {}): Promise<Database> {
  const pool = new pg.Pool({
    ...postgresConnection(url),
    max: opts.poolSize ?? DEFAULT_POOL_SIZE,
    application_name: "security-guidance-desk",
    ...(opts.readOnly ? { options: "-c default_transaction_read_only=on" } : {}),
  });
  // An idle connection the server closed (a restart, a failover) must not crash the process.
  pool.on("error", () => undefined);
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
      for (let attempt = 1; ; attempt++) {
        try {
          return await client.$transaction(
            (tx) => {
              const scope: TransactionScope = { tx, open: true };
              return inTx.run(scope, () => fn(tx).finally(() => (scope.open = false)));
            },
            { isolationLevel: "Serializable", timeout: 30_000, maxWait: 10_000 },
          );
        } catch (error) {
          if (!isRetryableConflict(error)) throw error;
          if (attempt >= TX_ATTEMPTS) throw busyError();
          // Back off a random while, growing: two instances that collided do not collide again.
          await new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** attempt));
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
