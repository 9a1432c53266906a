/**
 * The two migration sets (prisma/migrations for SQLite, prisma/postgresql/migrations) must build
 * the same database: the same tables, columns, keys, indexes and the expert name-search triggers.
 * A migration written for one engine only shows up here as a difference. Runs on both engines'
 * test runs; on SQLite it starts a PostgreSQL server of its own.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateDeploy } from "../../src/db/migrate.js";
import { TEST_ENGINE } from "../support/db-fixture.js";
import { type PgServer, pgServerAt, startPgServer } from "../support/pg-cluster.js";

type Column = { name: string; nullable: boolean; type: string };
type Index = { name: string; columns: string[]; unique: boolean };
type ForeignKey = { columns: string[]; references: string; to: string[]; onUpdate: string; onDelete: string };
type Table = {
  columns: Column[];
  primaryKey: string[];
  indexes: Index[];
  uniqueConstraints: string[][];
  foreignKeys: ForeignKey[];
};
type Catalog = Record<string, Table>;

/** Prisma's bookkeeping differs by design between engines. */
const LEFT_OUT = "_prisma_migrations";

/** The type family of a declared column type: what a Prisma field maps to on either engine. */
function typeFamily(declared: string): string {
  const t = declared.toLowerCase();
  if (/^(integer|int|bigint|smallint)\b/.test(t)) return "integer";
  if (/^(text|character varying|varchar|character|char)\b/.test(t)) return "text";
  if (/^bool/.test(t)) return "boolean";
  if (/^(datetime|timestamp)/.test(t)) return "timestamp";
  if (/^(real|double precision|double|float)/.test(t)) return "real";
  return `unknown: ${t}`;
}

const byName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => a.name.localeCompare(b.name));
const sortedKeys = <T>(rows: T[]) => rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

function sqliteCatalog(file: string): { catalog: Catalog; expertTriggers: string[] } {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?")
      .all(LEFT_OUT) as { name: string }[];
    const catalog: Catalog = {};
    for (const { name } of names) {
      const info = db.prepare(`PRAGMA table_info("${name}")`).all() as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      const indexList = db.prepare(`PRAGMA index_list("${name}")`).all() as {
        name: string;
        unique: number;
        origin: "c" | "u" | "pk";
      }[];
      const columnsOf = (index: string) =>
        (db.prepare(`PRAGMA index_info("${index}")`).all() as { seqno: number; name: string }[])
          .sort((a, b) => a.seqno - b.seqno)
          .map((c) => c.name);
      const fks = db.prepare(`PRAGMA foreign_key_list("${name}")`).all() as {
        id: number;
        seq: number;
        table: string;
        from: string;
        to: string;
        on_update: string;
        on_delete: string;
      }[];
      const foreignKeys = new Map<number, ForeignKey>();
      for (const fk of fks.sort((a, b) => a.seq - b.seq)) {
        const key = foreignKeys.get(fk.id) ?? {
          columns: [],
          references: fk.table,
          to: [],
          onUpdate: fk.on_update,
          onDelete: fk.on_delete,
        };
        key.columns.push(fk.from);
        key.to.push(fk.to);
        foreignKeys.set(fk.id, key);
      }
      catalog[name] = {
        // An INTEGER PRIMARY KEY is the rowid: never null, whatever it declares.
        columns: byName(
          info.map((c) => ({ name: c.name, nullable: c.notnull === 0 && c.pk === 0, type: typeFamily(c.type) })),
        ),
        primaryKey: info
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
        indexes: byName(
          indexList
            .filter((i) => i.origin === "c")
            .map((i) => ({ name: i.name, columns: columnsOf(i.name), unique: i.unique === 1 })),
        ),
        uniqueConstraints: sortedKeys(indexList.filter((i) => i.origin === "u").map((i) => columnsOf(i.name))),
        foreignKeys: sortedKeys([...foreignKeys.values()]),
      };
    }
    const triggers = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Expert' ORDER BY name")
      .all() as { name: string }[];
    return { catalog, expertTriggers: triggers.map((t) => t.name) };
  } finally {
    db.close();
  }
}

/** pg_constraint's action codes, in SQLite's words. */
const ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

async function postgresqlCatalog(url: string): Promise<{ catalog: Catalog; expertTriggers: string[] }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // $1 is the table left out.
    const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = [LEFT_OUT]) =>
      (await client.query<T>(sql, params)).rows;
    const tables = await q<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> $1",
    );
    const columns = await q<{ table: string; name: string; nullable: string; type: string }>(
      `SELECT table_name AS table, column_name AS name, is_nullable AS nullable, data_type AS type
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> $1`,
    );
    // The columns of an index or constraint, in their order (attnum 0 would be an expression).
    const columnList = (keys: string, relation: string) =>
      `ARRAY(SELECT a.attname::text FROM unnest(${keys}) WITH ORDINALITY k(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = k.attnum ORDER BY k.ord)`;
    const indexes = await q<{
      table: string;
      name: string;
      columns: string[];
      unique: boolean;
      primary: boolean;
      constraint: boolean;
    }>(
      `SELECT t.relname AS table, i.relname AS name, ${columnList("ix.indkey::int2[]", "t.oid")} AS columns,
              ix.indisunique AS unique, ix.indisprimary AS primary,
              EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid AND c.contype = 'u') AS constraint
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema() AND t.relname <> $1`,
    );
    const foreignKeys = await q<{
      table: string;
      columns: string[];
      references: string;
      to: string[];
      onUpdate: string;
      onDelete: string;
    }>(
      `SELECT t.relname AS table, ${columnList("c.conkey", "c.conrelid")} AS columns, r.relname AS references,
              ${columnList("c.confkey", "c.confrelid")} AS to, c.confupdtype AS "onUpdate", c.confdeltype AS "onDelete"
       FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace
       WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname <> $1`,
    );
    const catalog: Catalog = {};
    for (const { name } of tables) {
      const own = <T extends { table: string }>(rows: T[]) => rows.filter((r) => r.table === name);
      catalog[name] = {
        columns: byName(
          own(columns).map((c) => ({ name: c.name, nullable: c.nullable === "YES", type: typeFamily(c.type) })),
        ),
        primaryKey: own(indexes).find((i) => i.primary)?.columns ?? [],
        indexes: byName(
          own(indexes)
            .filter((i) => !i.primary && !i.constraint)
            .map((i) => ({ name: i.name, columns: i.columns, unique: i.unique })),
        ),
        uniqueConstraints: sortedKeys(
          own(indexes)
            .filter((i) => i.constraint)
            .map((i) => i.columns),
        ),
        foreignKeys: sortedKeys(
          own(foreignKeys).map((f) => ({
            columns: f.columns,
            references: f.references,
            to: f.to,
            onUpdate: ACTIONS[f.onUpdate] ?? f.onUpdate,
            onDelete: ACTIONS[f.onDelete] ?? f.onDelete,
          })),
        ),
      };
    }
    const triggers = await q<{ name: string }>(
      `SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal AND tgrelid = to_regclass('"Expert"') ORDER BY tgname`,
      [],
    );
    return { catalog, expertTriggers: triggers.map((t) => t.name) };
  } finally {
    await client.end();
  }
}

describe("schema parity: the SQLite and the PostgreSQL migrations build the same database", () => {
  let server: PgServer;
  let dir: string;
  const database = `desk_parity_${randomBytes(6).toString("hex")}`;
  let sqlite: Awaited<ReturnType<typeof sqliteCatalog>>;
  let postgresql: Awaited<ReturnType<typeof postgresqlCatalog>>;

  beforeAll(async () => {
    server = TEST_ENGINE === "postgresql" ? pgServerAt(inject("pgAdminUrl")) : await startPgServer();
    dir = mkdtempSync(join(tmpdir(), "desk-parity-"));
    const file = join(dir, "desk.db");
    const url = await server.createDatabase(database);
    await Promise.all([migrateDeploy(`file:${file}`, { quiet: true }), migrateDeploy(url, { quiet: true })]);
    sqlite = sqliteCatalog(file);
    postgresql = await postgresqlCatalog(url);
  }, 120_000);

  afterAll(async () => {
    await server?.dropDatabase(database).catch(() => undefined);
    if (TEST_ENGINE !== "postgresql") await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("the same tables", () => {
    expect(Object.keys(postgresql.catalog).sort()).toEqual(Object.keys(sqlite.catalog).sort());
    expect(Object.keys(sqlite.catalog).length).toBeGreaterThan(20);
  });

  it("each table: the same columns (name, nullability, type family), primary key, indexes, unique constraints and foreign keys", () => {
    for (const table of Object.keys(sqlite.catalog).sort())
      expect.soft({ table, ...postgresql.catalog[table] }).toEqual({ table, ...sqlite.catalog[table] });
    // Nothing fell outside the families that Prisma's String, Int, DateTime, Boolean and Float map to.
    const families = new Set(Object.values(sqlite.catalog).flatMap((t) => t.columns.map((c) => c.type)));
    expect([...families].sort()).toEqual(["boolean", "integer", "real", "text", "timestamp"]);
  });

  it("the expert name-search triggers exist on both", () => {
    const names = ["Expert_name_version_delete", "Expert_name_version_insert", "Expert_name_version_update"];
    expect(sqlite.expertTriggers).toEqual(names);
    expect(postgresql.expertTriggers).toEqual(names);
  });
});
