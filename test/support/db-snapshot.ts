/**
 * Whole-database snapshots for tests that must prove a request changed nothing: every table's row
 * count and a digest of its content, read on a read-only connection of their own (cheap enough
 * to take before and after each of hundreds of requests), on either engine.
 */
import { createHash } from "node:crypto";
import { type Database, openDatabase } from "../../src/db/client.js";
import { Prisma } from "../../src/generated/prisma/client.js";

export type TableState = { rows: number; digest: string };
export type DbSnapshot = Record<string, TableState>;

/** Tables every request may change, refused or not: the public pages' POST counts (rate limit). */
const BOOKKEEPING = new Set(["WebRateWindow"]);

/** Every application table: each is a model of the same name (the schema has no @@map). */
const TABLES = Object.values(Prisma.ModelName).filter((name) => !BOOKKEEPING.has(name));

export class DbSnapshotter {
  private constructor(private readonly db: Database) {}

  static async open(databaseUrl: string): Promise<DbSnapshotter> {
    return new DbSnapshotter(await openDatabase(databaseUrl, { readOnly: true }));
  }

  async take(): Promise<DbSnapshot> {
    if (this.db.engine === "postgresql") return this.takeOnServer();
    const out: DbSnapshot = {};
    for (const table of TABLES) {
      // Sorted: tables have different keys, and an engine returns rows in no promised order.
      const rows = (await this.db.read.all<Record<string, unknown>>(`SELECT * FROM "${table}"`))
        .map((row) => JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? String(v) : v)))
        .sort();
      out[table] = { rows: rows.length, digest: createHash("sha1").update(rows.join("\n")).digest("hex") };
    }
    return out;
  }

  /** PostgreSQL digests every table itself, in one statement: one round trip, no rows shipped. */
  private async takeOnServer(): Promise<DbSnapshot> {
    const rows = await this.db.read.all<{ table: string; rows: number; digest: string }>(
      TABLES.map(
        (table) =>
          `SELECT '${table}' AS "table", COUNT(*) AS "rows", md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS "digest" FROM "${table}" t`,
      ).join(" UNION ALL "),
    );
    return Object.fromEntries(rows.map((r) => [r.table, { rows: Number(r.rows), digest: r.digest }]));
  }

  close(): Promise<void> {
    return this.db.disconnect();
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
