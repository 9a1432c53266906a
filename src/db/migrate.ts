import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DbClient } from "./client.js";
import { resolveDatabaseUrl } from "./database-url.js";

const require = createRequire(import.meta.url);
export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Runs a Prisma CLI command (migrate deploy / status) against the given database. */
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

/** Applies pending migrations; throws with Prisma's output when it fails. */
export async function migrateDeploy(databaseUrl: string | undefined, opts: { quiet?: boolean } = {}): Promise<void> {
  // `migrate deploy` wants the database to itself even with nothing to apply (SQLITE_BUSY while a
  // `desk` command or a backup has the file open); `status` does not, so a restart still starts.
  if ((await runPrisma(["migrate", "status"], databaseUrl, { quiet: true })).code === 0) return;
  const { code, output } = await runPrisma(["migrate", "deploy"], databaseUrl, opts);
  if (code !== 0) throw new Error(`Database migration failed:\n${output}`);
}

/**
 * Which of the project's migrations are applied, pending or failed in an open database, read from
 * Prisma's `_prisma_migrations` table (no Prisma CLI, nothing written: `desk doctor` only looks).
 */
export async function migrationState(db: DbClient): Promise<{ pending: string[]; failed: string[] }> {
  const known = readdirSync(join(PROJECT_ROOT, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const table = await db.$queryRawUnsafe<{ n: number }[]>(
    "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'",
  );
  if (Number(table[0]?.n ?? 0) === 0) return { pending: known, failed: [] };
  const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }[]>(
    "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations",
  );
  const applied = new Set(
    rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null).map((r) => r.migration_name),
  );
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null).map((r) => r.migration_name);
  return { pending: known.filter((m) => !applied.has(m)), failed };
}
