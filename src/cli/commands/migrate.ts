import type { Command } from "commander";
import { loadDataEnv } from "../../config/env.js";
import { migrateDeploy, runPrisma } from "../../db/migrate.js";
import { print } from "../cli-context.js";

export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations (npm start does this too)")
    .option("--status", "only show which migrations are applied")
    .action(async (opts: { status?: boolean }) => {
      const env = loadDataEnv();
      if (opts.status) {
        const { code } = await runPrisma(["migrate", "status"], env.DATABASE_URL);
        process.exitCode = code;
        return;
      }
      await migrateDeploy(env.DATABASE_URL, { quiet: true });
      print("Database is up to date.");
    });
}
