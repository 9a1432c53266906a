import BetterSqlite from "better-sqlite3";
import pg from "pg";
import { databaseEngine, databaseFilePath, postgresConnection } from "../../db/database-url.js";

export type Row = Record<string, unknown>;

/**
 * Bulk writes inside one transaction on a connection of its own, straight through the driver: the
 * demo writes 10⁵–10⁶ rows, which through the ORM takes minutes and this way seconds. Values are
 * JavaScript ones (Date, boolean, number, string, null), stored in the encoding Prisma reads on
 * that engine. Columns are Prisma's field names (the schema has no @map).
 */
export interface BulkWriter {
  /** One statement with `?` placeholders; the rows it returns (RETURNING included). */
  query(sql: string, params: unknown[]): Promise<Row[]>;
  /**
   * Inserts rows in their order (ids a row leaves out are given in that order). A column a row
   * leaves out (undefined) takes its value from `fallback` when named there, else its SQL default.
   */
  insert(table: string, rows: Row[], fallback: Row): Promise<void>;
}

/** Runs fn in one transaction of bulk writes on the database a DATABASE_URL names: all of it or nothing. */
export async function inBulkTransaction<T>(databaseUrl: string, fn: (writer: BulkWriter) => Promise<T>): Promise<T> {
  return databaseEngine(databaseUrl) === "postgresql"
    ? inPostgresqlTransaction(databaseUrl, fn)
    : inSqliteTransaction(databaseUrl, fn);
}

/** Prisma's SQLite encodings: DateTime as "…T…+00:00" text, Boolean as 0/1. */
function sqliteValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("Z", "+00:00");
  if (typeof v === "boolean") return v ? 1 : 0;
  return v ?? null;
}

async function inSqliteTransaction<T>(databaseUrl: string, fn: (writer: BulkWriter) => Promise<T>): Promise<T> {
  const db = new BetterSqlite(databaseFilePath(databaseUrl), { timeout: 10_000 });
  /** Insert statements by table and set of columns. */
  const inserts = new Map<string, BetterSqlite.Statement>();
  const writer: BulkWriter = {
    async query(sql, params) {
      const stmt = db.prepare(sql);
      const values = params.map(sqliteValue);
      if (stmt.reader) return stmt.all(values) as Row[];
      stmt.run(values);
      return [];
    },
    // One prepared statement per set of columns, run row by row: in-process SQLite inserts a row
    // in microseconds, faster than building multi-row statements.
    async insert(table, rows, fallback) {
      const stamped = Object.keys(fallback);
      for (const row of rows) {
        const columns = Object.keys(row).filter((c) => row[c] !== undefined);
        for (const c of stamped) if (!columns.includes(c)) columns.push(c);
        const signature = `${table}:${columns.join(",")}`;
        let stmt = inserts.get(signature);
        if (!stmt) {
          stmt = db.prepare(
            `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES (${columns.map(() => "?").join(",")})`,
          );
          inserts.set(signature, stmt);
        }
        stmt.run(columns.map((c) => sqliteValue(row[c] === undefined ? fallback[c] : row[c])));
      }
    },
  };
  try {
    db.pragma("foreign_keys = ON");
    db.exec("BEGIN IMMEDIATE");
    const result = await fn(writer);
    db.exec("COMMIT");
    return result;
  } finally {
    if (db.inTransaction) db.exec("ROLLBACK");
    db.close();
  }
}

/**
 * Prisma's PostgreSQL encodings: DateTime is `timestamp(3)` holding UTC without a zone, so an
 * instant goes as its UTC text (the driver would send a Date in this process's zone, which the
 * column would keep as if it were UTC); booleans stay booleans.
 */
function postgresqlValue(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().replace("T", " ").replace("Z", "");
  return v ?? null;
}

/** Larger statements were no faster (measured); PostgreSQL binds at most 65,535 parameters in one. */
const ROWS_PER_STATEMENT = 1000;
const MAX_PARAMETERS = 65_535;

async function inPostgresqlTransaction<T>(databaseUrl: string, fn: (writer: BulkWriter) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...postgresConnection(databaseUrl), application_name: "security-guidance-desk" });
  await client.connect();
  const written = new Set<string>();
  const writer: BulkWriter = {
    async query(sql, params) {
      let n = 0;
      const text = sql.replace(/\?/g, () => `$${++n}`);
      return (await client.query(text, params.map(postgresqlValue))).rows;
    },
    // Multi-row INSERTs: a round trip and a statement's planning are paid once per thousand rows
    // instead of once per row.
    async insert(table, rows, fallback) {
      written.add(table);
      const columns = new Set<string>();
      for (const row of rows) for (const c in row) if (row[c] !== undefined) columns.add(c);
      for (const c in fallback) columns.add(c);
      const names = [...columns];
      const perStatement = Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / names.length));
      for (let i = 0; i < rows.length; i += perStatement) {
        const params: unknown[] = [];
        const tuples = rows.slice(i, i + perStatement).map((row) => {
          const values = names.map((c) => {
            const v = row[c] === undefined ? fallback[c] : row[c];
            if (v === undefined) return "DEFAULT";
            params.push(postgresqlValue(v));
            return `$${params.length}`;
          });
          return `(${values.join(",")})`;
        });
        await client.query(
          `INSERT INTO "${table}" (${names.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`,
          params,
        );
      }
    },
  };
  try {
    await client.query("BEGIN");
    const result = await fn(writer);
    // Rows written with their ids left each table's id sequence behind: the app's next insert
    // would take an id already used.
    for (const table of written)
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), MAX("id")) FROM "${table}" HAVING MAX("id") IS NOT NULL`,
      );
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
