import BetterSqlite3 from "better-sqlite3";

/**
 * Plain reads on the hot path of a Slack request (who is asking, a name search for an options
 * load): statements Slack waits on before we can answer, on every request.
 *
 * They go straight to the driver with prepared statements kept, not through Prisma: Prisma's JS
 * engine compiles every query again (≈1 ms of CPU each on the 2-core machine), which under 50
 * concurrent requests was most of the time to ack. On SQLite this is a second, read-only
 * connection (in WAL mode it reads the last committed state without waiting for, or blocking, the
 * writer); on PostgreSQL it is the connection pool.
 *
 * The SQL is written once for both engines: `?` placeholders, quoted identifiers and aliases,
 * `CAST(… AS INTEGER)` for counts. Only reads belong here; every write stays in a Prisma
 * transaction (`Database.transaction`).
 */
export interface Reader {
  /**
   * Every row of a SELECT (parameters bound by position). A Date parameter compares with a DateTime
   * column on both engines (SQLite: Prisma's ISO text; PostgreSQL: its UTC timestamp).
   */
  all<T>(sql: string, ...params: unknown[]): Promise<T[]>;
  /** The first row of a SELECT, or undefined. */
  get<T>(sql: string, ...params: unknown[]): Promise<T | undefined>;
  close(): Promise<void>;
}

/**
 * Prisma's Boolean and DateTime columns as a raw read answers them: SQLite 0/1 and Prisma's ISO
 * text, PostgreSQL booleans and instants (postgresql.ts). These give what Prisma would return.
 */
export const booleanOf = (value: unknown): boolean => value === true || value === 1;

export function dateOf(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value as string | number);
}

/** Parameters as Prisma writes them: DateTime as its ISO text in UTC, booleans as 1 and 0. */
export function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** How long a read waits for a writer's checkpoint before it fails (WAL readers rarely wait at all). */
const READ_BUSY_MS = 1_000;

/**
 * A connection's statements prepared once and kept (preparing is most of a small statement's
 * cost), integers answered as numbers.
 */
export function preparedStatements(connection: BetterSqlite3.Database, onStatement: () => void) {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = connection.prepare(sql).safeIntegers(false);
      statements.set(sql, statement);
    }
    onStatement();
    return statement;
  };
}

export function openSqliteReader(absoluteFileUrl: string, onStatement: () => void): Reader {
  const path = absoluteFileUrl.slice("file:".length);
  const connection = new BetterSqlite3(path, { readonly: true, fileMustExist: true, timeout: READ_BUSY_MS });
  // Every commit of the writer empties this connection's page cache; reading through a memory map
  // instead of copying pages keeps a re-read of an index (the name search) cheap.
  connection.pragma("mmap_size = 268435456");
  const prepared = preparedStatements(connection, onStatement);
  return {
    all: async <T>(sql: string, ...params: unknown[]) => prepared(sql).all(...params.map(sqliteValue)) as T[],
    get: async <T>(sql: string, ...params: unknown[]) => prepared(sql).get(...params.map(sqliteValue)) as T | undefined,
    close: async () => {
      connection.close();
    },
  };
}
