import { closeSync, existsSync, openSync, readdirSync, readSync, renameSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import type { Command } from "commander";
import { loadDataEnv } from "../../config/env.js";
import { databaseEngine, databaseFilePath, redactUrl } from "../../db/database-url.js";
import { migrateDeploy, PROJECT_ROOT } from "../../db/migrate.js";
import { backupPostgresql, restorePostgresql } from "../../db/postgresql-backup.js";
import { print } from "../cli-context.js";

/**
 * Copies the live database to a file while the app runs and writes. SQLite: page by page with
 * SQLite's online backup API (WAL), unlike copying the file. PostgreSQL: `pg_dump -Fc`, one
 * consistent snapshot.
 */
export async function backupDatabase(databaseUrl: string, target: string): Promise<{ bytes: number }> {
  if (databaseEngine(databaseUrl) === "postgresql") return backupPostgresql(databaseUrl, target);
  const source = databaseFilePath(databaseUrl);
  if (!existsSync(source)) throw new Error(`No database at ${source}: nothing to back up.`);
  const dest = resolve(target);
  const partial = `${dest}.partial`;
  const db = new Database(source, { fileMustExist: true, timeout: 10_000 });
  try {
    await db.backup(partial);
  } finally {
    db.close();
  }
  checkIntegrity(partial);
  renameSync(partial, dest);
  return { bytes: statSync(dest).size };
}

/**
 * Replaces the database's content with a backup's, after checking that the backup is a sound desk
 * database; the running app's connections see the restored data. SQLite: through the same backup
 * API. PostgreSQL: see restorePostgresql.
 */
export async function restoreDatabase(databaseUrl: string, backupFile: string): Promise<void> {
  const from = resolve(backupFile);
  if (!existsSync(from)) throw new Error(`No backup file at ${from}.`);
  const engine = databaseEngine(databaseUrl);
  const format = backupFormatOf(from);
  if (format && format !== engine)
    throw new Error(
      `${from} is a ${ENGINE_NAMES[format]} backup and DATABASE_URL names ${ENGINE_NAMES[engine]}: a backup restores into the engine it was taken from.`,
    );
  if (engine === "postgresql") return restorePostgresql(databaseUrl, from);
  checkIntegrity(from);
  let applied: Set<string>;
  const probe = new Database(from, { readonly: true, fileMustExist: true });
  try {
    const hasTables = probe
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('Program','_prisma_migrations')")
      .get() as { n: number };
    if (hasTables.n < 2)
      throw new Error(`${from} is not a Security Guidance Desk backup (no Program or migrations table).`);
    const rows = probe.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL").all() as {
      migration_name: string;
    }[];
    applied = new Set(rows.map((r) => r.migration_name));
  } finally {
    probe.close();
  }
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(databaseFilePath(databaseUrl));
  } finally {
    source.close();
  }
  // A backup taken before a newer release lacks its migrations: bring it up to date.
  const known = readdirSync(join(PROJECT_ROOT, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  if (known.some((name) => !applied.has(name))) await migrateDeploy(databaseUrl, { quiet: true });
  // A running app keeps the experts' names in memory (src/features/experts/expert-name-index.ts):
  // a new epoch tells it to read them again from the restored database.
  const restored = new Database(databaseFilePath(databaseUrl), { fileMustExist: true, timeout: 10_000 });
  try {
    restored.prepare('UPDATE "ExpertNameVersion" SET "epoch" = abs(random() % 2147483647) WHERE "id" = 1').run();
  } finally {
    restored.close();
  }
}

const ENGINE_NAMES = { sqlite: "SQLite", postgresql: "PostgreSQL" } as const;

/** Which engine's backup a file is, by its first bytes (SQLite's header, pg_dump's custom format), or null. */
function backupFormatOf(file: string): "sqlite" | "postgresql" | null {
  const head = Buffer.alloc(16);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString("latin1") === "SQLite format 3\0") return "sqlite";
  if (head.subarray(0, 5).toString("latin1") === "PGDMP") return "postgresql";
  return null;
}

/** What a message calls the database: the SQLite file, or the PostgreSQL URL without its password. */
function databaseName(databaseUrl: string): string {
  return databaseEngine(databaseUrl) === "postgresql" ? redactUrl(databaseUrl) : databaseFilePath(databaseUrl);
}

function checkIntegrity(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("PRAGMA integrity_check").get() as { integrity_check: string };
    if (row.integrity_check !== "ok") throw new Error(`${file} failed the integrity check: ${row.integrity_check}`);
  } finally {
    db.close();
  }
}

export function registerBackup(program: Command): void {
  program
    .command("backup")
    .argument("<file>", "where to write the backup")
    .description("back up the database while the app runs (SQLite online backup; PostgreSQL pg_dump)")
    .action(async (file: string) => {
      const env = loadDataEnv();
      const { bytes } = await backupDatabase(env.DATABASE_URL, file);
      const checked = databaseEngine(env.DATABASE_URL) === "postgresql" ? "pg_dump custom format" : "integrity ok";
      print(
        `Backed up ${databaseName(env.DATABASE_URL)} to ${resolve(file)} (${(bytes / 1024).toFixed(0)} KiB, ${checked}).`,
      );
    });
  program
    .command("restore")
    .argument("<file>", "a file written by desk backup")
    .description("replace the database's content with a backup (checks it first; stop the app for a quiet restore)")
    .action(async (file: string) => {
      const env = loadDataEnv();
      await restoreDatabase(env.DATABASE_URL, file);
      print(`Restored ${resolve(file)} into ${databaseName(env.DATABASE_URL)}.`);
    });
}
