import { existsSync, readdirSync, renameSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import type { Command } from "commander";
import { loadDataEnv } from "../../config/env.js";
import { databaseFilePath } from "../../db/database-url.js";
import { migrateDeploy, PROJECT_ROOT } from "../../db/migrate.js";
import { print } from "../cli-context.js";

/**
 * Copies a live SQLite database page by page with SQLite's online backup API: safe while the app
 * runs and writes (WAL), unlike copying the file.
 */
export async function backupDatabase(databaseUrl: string, target: string): Promise<{ bytes: number }> {
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
 * Replaces the database's content with a backup's, through the same backup API (the running app's
 * connection sees the restored data), after checking that the backup is a sound desk database.
 */
export async function restoreDatabase(databaseUrl: string, backupFile: string): Promise<void> {
  const from = resolve(backupFile);
  if (!existsSync(from)) throw new Error(`No backup file at ${from}.`);
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
    .description("back up the database while the app runs (SQLite online backup)")
    .action(async (file: string) => {
      const env = loadDataEnv();
      const { bytes } = await backupDatabase(env.DATABASE_URL, file);
      print(
        `Backed up ${databaseFilePath(env.DATABASE_URL)} to ${resolve(file)} (${(bytes / 1024).toFixed(0)} KiB, integrity ok).`,
      );
    });
  program
    .command("restore")
    .argument("<file>", "a file written by desk backup")
    .description("replace the database's content with a backup (checks it first; stop the app for a quiet restore)")
    .action(async (file: string) => {
      const env = loadDataEnv();
      await restoreDatabase(env.DATABASE_URL, file);
      print(`Restored ${resolve(file)} into ${databaseFilePath(env.DATABASE_URL)}.`);
    });
}
