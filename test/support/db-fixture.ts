import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";
import type { DatabaseEngine } from "../../src/db/database-url.js";
import { pgServerAt } from "./pg-cluster.js";

/** The engine this test run uses: SQLite, or PostgreSQL under `npm run test:pg`. */
export const TEST_ENGINE: DatabaseEngine = process.env.DESK_TEST_ENGINE === "postgresql" ? "postgresql" : "sqlite";

export type TestDatabase = {
  url: string;
  engine: DatabaseEngine;
  /** A temporary folder of this test's own (the SQLite file lives in it; mail and backups may go there). */
  dir: string;
  /** The SQLite file ("" on PostgreSQL). */
  path: string;
  cleanup: () => Promise<void>;
};

/** A fresh, migrated database for one test: a copy of the template made in global setup. */
export async function freshDatabaseFile(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), "desk-test-"));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (TEST_ENGINE === "postgresql") {
    const name = `desk_test_${randomBytes(6).toString("hex")}`;
    const server = pgServerAt(inject("pgAdminUrl"));
    const url = await server.createDatabase(name, { template: inject("pgTemplate") });
    return {
      url,
      engine: "postgresql",
      dir,
      path: "",
      cleanup: async () => {
        await server.dropDatabase(name).catch(() => undefined);
        removeDir();
      },
    };
  }
  const path = join(dir, "desk.db");
  copyFileSync(inject("templateDb"), path);
  return { url: `file:${path}`, engine: "sqlite", dir, path, cleanup: async () => removeDir() };
}

/** A fresh database opened for service- or repository-level tests. */
export async function freshDatabase(): Promise<{ db: Database; url: string; close: () => Promise<void> }> {
  const file = await freshDatabaseFile();
  const db = await openDatabase(file.url);
  return {
    db,
    url: file.url,
    close: async () => {
      await db.disconnect();
      await file.cleanup();
    },
  };
}
