import type { Command } from "commander";
import { loadDataEnv } from "../../config/env.js";
import { openDatabase } from "../../db/client.js";
import { databaseEngine, redactUrl } from "../../db/database-url.js";
import { knownMigrations, migrateDeploy, migrationState, runPrisma } from "../../db/migrate.js";
import { print } from "../cli-context.js";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations (npm start does this too)")
    .option("--status", "only show which migrations are applied (exit code 1 when some are pending or failed)")
    .action(async (opts: { status?: boolean }) => {
      const env = loadDataEnv();
      if (opts.status) {
        process.exitCode =
          databaseEngine(env.DATABASE_URL) === "postgresql"
            ? await postgresqlStatus(env.DATABASE_URL)
            : (await runPrisma(["migrate", "status"], env.DATABASE_URL)).code;
        return;
      }
      await migrateDeploy(env.DATABASE_URL, { quiet: true });
      print("Database is up to date.");
    });
}

/**
 * The Prisma CLI's `migrate status` cannot talk to PostgreSQL through the driver adapter: the same
 * facts from `_prisma_migrations`, read-only. Returns the exit code.
 */
async function postgresqlStatus(databaseUrl: string): Promise<number> {
  const db = await openDatabase(databaseUrl, { readOnly: true, poolSize: 1 });
  try {
    const known = knownMigrations(db.engine);
    const { pending, failed } = await migrationState(db);
    // A failed migration is not applied either: it is listed once, as failed.
    const waiting = pending.filter((m) => !failed.includes(m));
    print(`${known.length} migration(s) in prisma/postgresql/migrations; database ${redactUrl(databaseUrl)}`);
    for (const name of known.filter((m) => !pending.includes(m))) print(`applied  ${name}`);
    for (const name of waiting) print(`pending  ${name}`);
    for (const name of failed) print(`failed   ${name}`);
    if (failed.length > 0) {
      print(
        `${failed.length} migration(s) started and did not finish → check the database, then delete their rows from "_prisma_migrations" and run \`npx desk migrate\``,
      );
      return 1;
    }
    if (waiting.length > 0) {
      print(`${waiting.length} migration(s) pending → run \`npx desk migrate\``);
      return 1;
    }
    print("Database schema is up to date.");
    return 0;
  } finally {
    await db.disconnect();
  }
}
