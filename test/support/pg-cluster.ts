import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** A PostgreSQL server for tests and benchmarks: its admin URL and how to make and drop databases. */
export type PgServer = {
  /** postgresql://desk@127.0.0.1:<port>/postgres */
  adminUrl: string;
  /** The URL of a database on this server. */
  urlOf(database: string): string;
  createDatabase(name: string, opts?: { template?: string }): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
};

/** Debian installs the server's programs under /usr/lib/postgresql/<version>/bin, outside PATH. */
function serverBinDir(): string {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base)
    ? readdirSync(base)
        .filter((v) => existsSync(join(base, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0)
    throw new Error("PostgreSQL's server is not installed: apt-get install -y postgresql (or set PG_BINDIR)");
  return join(base, versions[0], "bin");
}

/** A port free right now on 127.0.0.1 (a server's port must be known before it starts: URLs contain it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A server already running, known by its admin URL (`stop` is for the one who started it). */
export function pgServerAt(adminUrl: string, stop: () => Promise<void> = async () => undefined): PgServer {
  const urlOf = (database: string) => {
    const u = new URL(adminUrl);
    u.pathname = `/${database}`;
    return u.toString();
  };
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    adminUrl,
    urlOf,
    async createDatabase(name, opts = {}) {
      await admin(async (c) => {
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query(`CREATE DATABASE "${name}"${opts.template ? ` TEMPLATE "${opts.template}"` : ""}`);
            return;
          } catch (error) {
            // Two CREATE DATABASE … TEMPLATE at the same moment: the second finds the template busy.
            if (!/being accessed by other users/.test(String(error)) || attempt >= 100) throw error;
            await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
          }
        }
      });
      return urlOf(name);
    },
    async dropDatabase(name) {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
    stop,
  };
}

/**
 * A throw-away PostgreSQL cluster: `initdb` in a temporary folder, listening on 127.0.0.1 only at
 * a free port, durability off (tests need speed, not crash safety) unless `durable` (the
 * benchmark: commits wait for the disk, as SQLite's do), removed by `stop()`. Runs as the
 * `postgres` user when started by root (the server refuses to run as root).
 * DESK_TEST_POSTGRES_URL (an admin URL of an existing server) is used instead when set.
 */
export async function startPgServer(opts: { durable?: boolean } = {}): Promise<PgServer> {
  if (process.env.DESK_TEST_POSTGRES_URL) return pgServerAt(process.env.DESK_TEST_POSTGRES_URL, async () => undefined);
  const bin = serverBinDir();
  const dir = mkdtempSync(join(tmpdir(), "desk-pg-"));
  const asRoot = process.getuid?.() === 0;
  const as = async (program: string, args: string[]) => {
    const command = join(bin, program);
    const { stdout } = asRoot
      ? await run("runuser", ["-u", "postgres", "--", command, ...args], { cwd: dir })
      : await run(command, args, { cwd: dir });
    return stdout;
  };
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, "data");
  await as("initdb", ["-D", data, "-U", "desk", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const port = await freePort();
  const options = [
    "-c listen_addresses=127.0.0.1",
    `-p ${port}`,
    `-k ${dir}`,
    ...(opts.durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
    "-c max_connections=400",
  ].join(" ");
  await as("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
  return pgServerAt(`postgresql://desk@127.0.0.1:${port}/postgres`, async () => {
    await as("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });
}
