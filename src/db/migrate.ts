import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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
