import { spawn } from "node:child_process";
import pg from "pg";
import { databaseEngine } from "../../src/db/database-url.js";

export type HeldLock = { released: Promise<void> };

/**
 * Another process holding the database's write lock for `ms` (a `desk` command, a backup tool, a
 * DBA's session): on SQLite as `BEGIN IMMEDIATE` does; on PostgreSQL every table IN EXCLUSIVE
 * MODE, which lets reads go on and makes every write wait. Resolves once the lock is held.
 */
export function holdWriteLock(databaseUrl: string, ms: number): Promise<HeldLock> {
  return databaseEngine(databaseUrl) === "postgresql"
    ? holdPostgresqlTables(databaseUrl, ms)
    : holdSqliteWriteLock(databaseUrl, ms);
}

async function holdSqliteWriteLock(databaseUrl: string, ms: number): Promise<HeldLock> {
  const file = databaseUrl.replace(/^file:/, "");
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(${JSON.stringify(file)});
    db.exec("BEGIN IMMEDIATE");
    process.stdout.write("locked\\n");
    setTimeout(() => { db.exec("ROLLBACK"); db.close(); }, ${ms});
  `;
  const child = spawn(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<void>((resolve) => child.on("close", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("locked") && resolve());
    child.on("close", (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
  return { released };
}

async function holdPostgresqlTables(databaseUrl: string, ms: number): Promise<HeldLock> {
  const holder = new pg.Client({ connectionString: databaseUrl });
  await holder.connect();
  const { rows } = await holder.query<{ name: string }>(
    "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema()",
  );
  await holder.query("BEGIN");
  await holder.query(`LOCK TABLE ${rows.map((r) => r.name).join(", ")} IN EXCLUSIVE MODE`);
  const released = new Promise<void>((resolve) => setTimeout(resolve, ms)).then(async () => {
    await holder.query("ROLLBACK");
    await holder.end();
  });
  return { released };
}
