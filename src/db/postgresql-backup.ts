import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { postgresConnection, redactedMessage, redactUrl } from "./database-url.js";
import { migrateDeploy } from "./migrate.js";

const run = promisify(execFile);

/** Debian installs each major version's client programs here, outside PATH (/usr/bin has only a wrapper). */
export const DEBIAN_POSTGRESQL_ROOT = "/usr/lib/postgresql";

export type PgProgram = "pg_dump" | "pg_restore";

export type ServerVersion = { num: number; major: number; text: string };

/** The server's version, e.g. { num: 150018, major: 15, text: "15.18" } (server_version_num / server_version). */
export async function serverVersion(query: (sql: string) => Promise<{ num: unknown; text: string } | undefined>) {
  const row = await query(
    `SELECT CAST(current_setting('server_version_num') AS INTEGER) AS "num", current_setting('server_version') AS "text"`,
  );
  const num = Number(row?.num ?? 0);
  return { num, major: Math.floor(num / 10_000), text: String(row?.text ?? "").split(" ")[0] } as ServerVersion;
}

/**
 * The pg_dump or pg_restore to use with a server: the newest of the one on PATH and Debian's
 * /usr/lib/postgresql/<highest>/bin. pg_dump refuses a server newer than itself, and an older
 * pg_restore cannot read a newer pg_dump's archive, so one older than the server is refused here
 * with the package to install.
 */
export async function findPgProgram(
  program: PgProgram,
  server: ServerVersion,
  where: { path?: string; debianRoot?: string } = {},
): Promise<string> {
  const path = where.path ?? process.env.PATH ?? "";
  const debianRoot = where.debianRoot ?? DEBIAN_POSTGRESQL_ROOT;
  const candidates = [
    path
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, program))
      .find(isExecutable),
    highestDebianBin(debianRoot, program),
  ].filter((p): p is string => p !== undefined);
  const found: { path: string; major: number; version: string }[] = [];
  for (const candidate of candidates) {
    const version = await programVersion(candidate);
    if (version) found.push({ path: candidate, ...version });
  }
  found.sort((a, b) => b.major - a.major);
  const install = `→ run \`apt-get install postgresql-client-${server.major}\` (Debian/Ubuntu package postgresql-client-${server.major}; on a release without it, from the PostgreSQL project's apt repository), or put ${program} ${server.major} or newer on PATH`;
  const best = found[0];
  if (!best)
    throw new Error(
      `${program} is not installed (neither on PATH nor under ${debianRoot}/<version>/bin): PostgreSQL ${server.text} needs its client programs ${install}`,
    );
  if (best.major < server.major)
    throw new Error(
      `${program} ${best.version} (${best.path}) is older than the server (PostgreSQL ${server.text}) and cannot ${program === "pg_dump" ? "dump" : "restore into"} it ${install}`,
    );
  return best.path;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function highestDebianBin(root: string, program: PgProgram): string | undefined {
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(root, v, "bin", program))
    .find(isExecutable);
}

async function programVersion(file: string): Promise<{ major: number; version: string } | null> {
  try {
    const { stdout } = await run(file, ["--version"]);
    const match = /\(PostgreSQL\)\s+(\d+)(\.\d+)?/.exec(stdout);
    return match ? { major: Number(match[1]), version: `${match[1]}${match[2] ?? ""}` } : null;
  } catch {
    return null;
  }
}

/**
 * What pg_dump and pg_restore need to reach the database of a URL: host, port, user and database
 * as arguments, the password only in PGPASSWORD (never on a command line, where `ps` shows it).
 */
function connectionOf(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const c = postgresConnection(url);
  const sslmode = new URL(url).searchParams.get("sslmode");
  return {
    args: ["--host", c.host, "--port", String(c.port), "--username", c.user, "--no-password"],
    env: {
      ...process.env,
      ...(c.password !== undefined ? { PGPASSWORD: c.password } : {}),
      ...(sslmode ? { PGSSLMODE: sslmode } : {}),
    },
  };
}

/** Connects with pg, in a clear error naming the URL without its password when the server cannot be reached. */
async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(postgresConnection(url));
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new Error(`Cannot connect to ${redactUrl(url)}: ${redactedMessage(error, url)} → check DATABASE_URL`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const clientVersion = (client: pg.Client) =>
  serverVersion(async (sql) => (await client.query<{ num: number; text: string }>(sql)).rows[0]);

/** Runs a client program; its error is what it printed (e.g. "pg_dump: error: connection … failed: …"). */
async function runProgram(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run(file, args, { env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message?: string };
    throw new Error((e.stderr || e.message || String(error)).trim());
  }
}

/** `pg_dump -Fc` of the database into target (written aside, then renamed: a failed dump leaves no file). */
export async function backupPostgresql(url: string, target: string): Promise<{ bytes: number }> {
  const server = await withClient(url, clientVersion);
  const pgDump = await findPgProgram("pg_dump", server);
  const { args, env } = connectionOf(url);
  const dest = resolve(target);
  const partial = `${dest}.partial`;
  try {
    await runProgram(
      pgDump,
      [...args, "--format=custom", "--file", partial, "--dbname", postgresConnection(url).database],
      env,
    );
  } catch (error) {
    rmSync(partial, { force: true });
    throw new Error(`Backup failed, nothing written: ${redactedMessage(error, url)}`);
  }
  renameSync(partial, dest);
  return { bytes: statSync(dest).size };
}

/** The tables and functions a pg_dump archive holds, from `pg_restore --list` (its table of contents). */
async function archiveObjects(
  pgRestore: string,
  file: string,
): Promise<{ tables: Set<string>; functions: Set<string> }> {
  let list: string;
  try {
    list = await runProgram(pgRestore, ["--list", file], process.env);
  } catch (error) {
    // Not an archive at all, or one of a pg_dump newer than this pg_restore: its own words say which.
    throw new Error(
      `${file} is not a backup that pg_restore can read (${error instanceof Error ? error.message : error})`,
    );
  }
  const tables = new Set<string>();
  const functions = new Set<string>();
  // e.g. "226; 1259 16474 TABLE public Application desk", "275; 1255 16943 FUNCTION public f() desk"
  for (const line of list.split("\n")) {
    const entry = /^\d+; \d+ \d+ (TABLE|FUNCTION) (\S+) (.+) \S+$/.exec(line);
    if (!entry || entry[3].startsWith("DATA ")) continue;
    if (entry[1] === "TABLE") tables.add(entry[3]);
    else functions.add(entry[3].replace(/\(.*$/, ""));
  }
  return { tables, functions };
}

/**
 * Replaces the database's content with a `desk backup` archive: pg_restore in one transaction
 * (a failure changes nothing), then what the backup does not have is dropped (tables and functions
 * of newer migrations, which the migrations would otherwise find in their way), the backup's
 * schema is brought up to date, a new epoch tells running instances to reload the experts'
 * names (src/features/experts/expert-name-index.ts) and the planner's statistics are gathered.
 */
export async function restorePostgresql(url: string, from: string): Promise<void> {
  const server = await withClient(url, clientVersion);
  const pgRestore = await findPgProgram("pg_restore", server);
  const archive = await archiveObjects(pgRestore, from);
  if (!archive.tables.has("Program") || !archive.tables.has("_prisma_migrations"))
    throw new Error(`${from} is not a Security Guidance Desk backup (no Program or migrations table).`);
  const { args, env } = connectionOf(url);
  await runProgram(
    pgRestore,
    [
      ...args,
      "--clean",
      "--if-exists",
      "--no-owner",
      "--single-transaction",
      "--dbname",
      postgresConnection(url).database,
      from,
    ],
    env,
  ).catch((error) => {
    throw new Error(`Restore failed, nothing was changed: ${redactedMessage(error, url)}`);
  });
  await withClient(url, (client) => dropWhatTheBackupLacks(client, archive));
  await migrateDeploy(url, { quiet: true });
  await withClient(url, async (client) => {
    await client.query(`UPDATE "ExpertNameVersion" SET "epoch" = floor(random() * 2147483647)::integer WHERE "id" = 1`);
    // pg_restore leaves the tables without planner statistics until autovacuum's next round.
    await client.query("ANALYZE");
  });
}

async function dropWhatTheBackupLacks(
  client: pg.Client,
  archive: { tables: Set<string>; functions: Set<string> },
): Promise<void> {
  // An extension's own tables and functions (pg_trgm installed in the schema, say) are not in a
  // dump, which holds only its CREATE EXTENSION: they stay.
  const { rows: tables } = await client.query<{ name: string; qualified: string }>(
    `SELECT c.relname AS name, format('%I.%I', n.nspname, c.relname) AS qualified
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')`,
  );
  const { rows: functions } = await client.query<{ name: string; qualified: string }>(
    `SELECT p.proname AS name, format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)) AS qualified
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = current_schema()
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  );
  const extraTables = tables.filter((t) => !archive.tables.has(t.name));
  const extraFunctions = functions.filter((f) => !archive.functions.has(f.name));
  if (extraTables.length === 0 && extraFunctions.length === 0) return;
  await client.query("BEGIN");
  try {
    for (const t of extraTables) await client.query(`DROP TABLE IF EXISTS ${t.qualified} CASCADE`);
    for (const f of extraFunctions) await client.query(`DROP FUNCTION IF EXISTS ${f.qualified} CASCADE`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}
