import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Database } from "./client.js";
import { databaseEngine, resolveDatabaseUrl } from "./database-url.js";
import { knownPostgresqlMigrations, type MigrationState, migratePostgresql } from "./postgresql-migrate.js";
import { PROJECT_ROOT } from "./project-root.js";

export { PROJECT_ROOT };

const require = createRequire(import.meta.url);

/** Runs a Prisma CLI command (migrate deploy / status) against a SQLite database. */
export function runPrisma(
  args: string[],
  databaseUrl: string | undefined,
  opts: { quiet?: boolean } = {},
): Promise<{ code: number; output: string }> {
  const cli = require.resolve("prisma/build/index.js");
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: resolveDatabaseUrl(databaseUrl), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => {
      output += d;
      if (!opts.quiet) process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      output += d;
      if (!opts.quiet) process.stderr.write(d);
    });
    child.on("error", reject);
    child.on("close", (code) => resolvePromise({ code: code ?? 1, output }));
  });
}

/** Applies pending migrations (SQLite: Prisma Migrate; PostgreSQL: see postgresql-migrate.ts); throws with the reason when it fails. */
export async function migrateDeploy(databaseUrl: string | undefined, opts: { quiet?: boolean } = {}): Promise<void> {
  if (databaseEngine(databaseUrl) === "postgresql") {
    const applied = await migratePostgresql(databaseUrl as string);
    if (!opts.quiet) for (const name of applied) process.stdout.write(`Applied migration ${name}\n`);
    return;
  }
  // `migrate deploy` wants the database to itself even with nothing to apply (SQLITE_BUSY while a
  // `desk` command or a backup has the file open); `status` does not, so a restart still starts.
  if ((await runPrisma(["migrate", "status"], databaseUrl, { quiet: true })).code === 0) return;
  const { code, output } = await runPrisma(["migrate", "deploy"], databaseUrl, opts);
  if (code !== 0) throw new Error(`Database migration failed:\n${output}`);
}

export function knownMigrations(engine: Database["engine"]): string[] {
  if (engine === "postgresql") return knownPostgresqlMigrations();
  return readdirSync(join(PROJECT_ROOT, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/**
 * Which of the project's migrations are applied, pending or failed in an open database, read from
 * Prisma's `_prisma_migrations` table (no Prisma CLI, nothing written: `desk doctor` only looks).
 */
export async function migrationState(db: Database): Promise<MigrationState> {
  const known = knownMigrations(db.engine);
  const table = await db.read.get<{ n: number }>(
    db.engine === "postgresql"
      ? `SELECT CAST(COUNT(*) AS INTEGER) AS "n" FROM pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'`
      : `SELECT COUNT(*) AS "n" FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`,
  );
  if (Number(table?.n ?? 0) === 0) return { pending: known, failed: [] };
  const rows = await db.read.all<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }>(
    "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations",
  );
  const applied = new Set(
    rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name),
  );
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null).map((r) => r.migration_name);
  return { pending: known.filter((m) => !applied.has(m)), failed };
}
