/**
 * Whole-database snapshots for tests that must prove a request changed nothing: every table's row
 * count and a digest of its content, read through a separate read-only SQLite connection (cheap
 * enough to take before and after each of hundreds of requests).
 */
import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { databaseFilePath } from "../../src/db/database-url.js";

export type TableState = { rows: number; digest: string };
export type DbSnapshot = Record<string, TableState>;

/** Tables every request may change, refused or not: the public pages' POST counts (rate limit). */
const BOOKKEEPING = new Set(["WebRateWindow"]);

export class DbSnapshotter {
  private readonly db: Database.Database;
  private readonly tables: string[];

  constructor(databaseUrl: string) {
    this.db = new Database(databaseFilePath(databaseUrl), { readonly: true, fileMustExist: true });
    this.tables = (
      this.db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY name",
        )
        .all() as { name: string }[]
    )
      .map((t) => t.name)
      .filter((name) => !BOOKKEEPING.has(name));
  }

  /** Every application table by name. */
  tableNames(): string[] {
    return [...this.tables];
  }

  take(): DbSnapshot {
    const out: DbSnapshot = {};
    for (const table of this.tables) {
      const rows = this.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all();
      out[table] = {
        rows: rows.length,
        digest: createHash("sha1")
          .update(JSON.stringify(rows, (_k, v) => (typeof v === "bigint" ? String(v) : v)))
          .digest("hex"),
      };
    }
    return out;
  }

  rowCount(table: string): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}

/** Tables whose rows or content differ, e.g. ["Visit: rows 3 → 3, content changed"]. */
export function diffSnapshots(before: DbSnapshot, after: DbSnapshot): string[] {
  const out: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[table];
    const b = after[table];
    if (!a || !b || a.rows !== b.rows || a.digest !== b.digest)
      out.push(
        `${table}: rows ${a?.rows ?? "-"} → ${b?.rows ?? "-"}${a && b && a.rows === b.rows ? ", content changed" : ""}`,
      );
  }
  return out;
}
