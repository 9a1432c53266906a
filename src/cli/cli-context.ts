import { loadDataEnv } from "../config/env.js";
import { type Database, openDatabase } from "../db/client.js";
import { migrateDeploy } from "../db/migrate.js";
import { ProgramService } from "../features/program/program-service.js";
import { type Clock, systemClock } from "../lib/clock.js";

/** What data commands get: the database (migrated) and a clock; no Slack settings needed. */
export type CliContext = { db: Database; clock: Clock; program: ProgramService; databaseUrl: string };

export async function withDatabase<T>(
  fn: (ctx: CliContext) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const env = loadDataEnv();
  if (opts.migrate !== false) await migrateDeploy(env.DATABASE_URL, { quiet: true });
  const db = await openDatabase(env.DATABASE_URL);
  try {
    return await fn({
      db,
      clock: systemClock,
      program: new ProgramService(db, systemClock),
      databaseUrl: env.DATABASE_URL,
    });
  } finally {
    await db.disconnect();
  }
}

export function print(line = ""): void {
  process.stdout.write(`${line}\n`);
}
