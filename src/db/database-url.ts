import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

/** Default SQLite location when DATABASE_URL is not set. */
export const DEFAULT_DATABASE_URL = "file:./data/desk.db";

export type DatabaseEngine = "sqlite" | "postgresql";

const URL_FORMS = `a SQLite file URL such as ${DEFAULT_DATABASE_URL} or a PostgreSQL URL such as postgresql://desk:password@db.example.jp:5432/desk`;

/** Which engine a DATABASE_URL names: `file:` is SQLite, `postgresql://` (or `postgres://`) PostgreSQL. */
export function databaseEngine(url: string | undefined): DatabaseEngine {
  const raw = url?.trim() ?? "";
  if (raw === "" || raw.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(raw)) return "postgresql";
  throw new Error(`DATABASE_URL must be ${URL_FORMS} (got "${raw.split(":")[0]}:…")`);
}

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
  if (databaseEngine(raw) !== "sqlite")
    throw new Error(`DATABASE_URL names PostgreSQL, not a SQLite file (${redactUrl(raw)})`);
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

/** The database's URL for logs and messages: a PostgreSQL password never appears. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
  }
}

/** An error's message for a person: the password of a PostgreSQL URL never appears in it. */
export function redactedMessage(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  let password = "";
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {}
  return password ? message.replaceAll(password, "***") : message;
}

/** What `pg` needs to connect, from a PostgreSQL URL (host, port, user, password, database, TLS). */
export function postgresConnection(url: string): {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: { rejectUnauthorized: boolean };
} {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL: ${redactUrl(url)} (expected ${URL_FORMS})`);
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!database) throw new Error(`DATABASE_URL names no database: add its name after the host, e.g. …:5432/desk`);
  // A Unix socket folder can be given as ?host=/var/run/postgresql (libpq's form).
  const host = u.searchParams.get("host") ?? (decodeURIComponent(u.hostname) || "localhost");
  const sslmode = u.searchParams.get("sslmode");
  return {
    host,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    database,
    ...(sslmode && sslmode !== "disable" && sslmode !== "prefer"
      ? { ssl: { rejectUnauthorized: sslmode === "verify-full" || sslmode === "verify-ca" } }
      : {}),
  };
}
