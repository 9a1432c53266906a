import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Default SQLite location when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/desk.db";

/**
 * Normalises a SQLite `file:` URL to an absolute path and creates its folder, so the CLI, the app
 * and the tests agree on one file whatever their working directory.
 */
export function resolveDatabaseUrl(url: string | undefined): string {
  const absolute = databasePathOf(url);
  mkdirSync(dirname(absolute), { recursive: true });
  return `file:${absolute}`;
}

/** The absolute path a database URL names, validated, without touching the filesystem (`desk doctor` only looks). */
export function databasePathOf(url: string | undefined): string {
  const raw = url && url.trim() !== "" ? url.trim() : DEFAULT_DATABASE_URL;
  if (!raw.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL}`);
  }
  const path = raw.slice("file:".length);
  if (path === ":memory:" || path === "") {
    // The app reads on a second connection (src/db/reader.ts), which an in-memory database cannot share.
    throw new Error(`DATABASE_URL must name a SQLite file, such as ${DEFAULT_DATABASE_URL} (not ${raw})`);
  }
  return resolve(path);
}

/** The filesystem path of a `file:` database URL. */
export function databaseFilePath(url: string): string {
  return resolveDatabaseUrl(url).slice("file:".length);
}
