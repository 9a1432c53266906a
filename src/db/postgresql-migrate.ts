import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { postgresConnection } from "./database-url.js";
import { PROJECT_ROOT } from "./project-root.js";

export const POSTGRESQL_MIGRATIONS = join(PROJECT_ROOT, "prisma", "postgresql", "migrations");

/** The advisory lock Prisma Migrate takes on PostgreSQL: instances starting together migrate one at a time. */
const MIGRATE_LOCK = 72707369;

/** Prisma Migrate's own bookkeeping table, so `prisma migrate status` reads what we applied. */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export function knownPostgresqlMigrations(): string[] {
  return readdirSync(POSTGRESQL_MIGRATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export type MigrationState = { pending: string[]; failed: string[] };

/** Applied, pending and failed migrations, read from `_prisma_migrations` (nothing written). */
export async function postgresqlMigrationState(client: pg.ClientBase): Promise<MigrationState> {
  const known = knownPostgresqlMigrations();
  const table = await client.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!table.rows[0]?.present) return { pending: known, failed: [] };
  const { rows } = await client.query<{
    migration_name: string;
    finished_at: Date | null;
    rolled_back_at: Date | null;
  }>('SELECT "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations"');
  const applied = new Set(
    rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name),
  );
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null).map((r) => r.migration_name);
  return { pending: known.filter((m) => !applied.has(m)), failed };
}

/**
 * Applies the pending PostgreSQL migrations in order and returns their names.
 *
 * Not `prisma migrate deploy`: through the pg adapter, Prisma 6.19's migration engine splits a
 * script on every `;` (breaking the `$$` function bodies of the name-search triggers, and leaving
 * a half-applied migration), cannot read its own catalog queries' `name` columns and exits about
 * 10 s late. Here each migration runs as one script in one transaction, so a failure applies
 * nothing, under the same advisory lock Prisma takes and recorded in Prisma's own table.
 */
export async function migratePostgresql(url: string): Promise<string[]> {
  const client = new pg.Client(postgresConnection(url));
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const { pending, failed } = await postgresqlMigrationState(client);
    if (failed.length > 0)
      throw new Error(
        `Migration ${failed.join(", ")} was started and did not finish. Check the database, then delete its row from "_prisma_migrations" to retry it.`,
      );
    for (const name of pending) {
      const script = readFileSync(join(POSTGRESQL_MIGRATIONS, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(script).digest("hex");
      await client.query("BEGIN");
      try {
        await client.query(script);
        await client.query(
          `INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "applied_steps_count")
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw new Error(`Database migration ${name} failed (nothing of it was applied): ${String(error)}`);
      }
    }
    return pending;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATE_LOCK]).catch(() => undefined);
    await client.end();
  }
}
