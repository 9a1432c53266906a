import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/client.js";

/** A fresh, migrated SQLite file for one test (a copy of the template made in global setup). */
export function freshDatabaseFile(): { url: string; path: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "desk-test-"));
  const path = join(dir, "desk.db");
  copyFileSync(inject("templateDb"), path);
  return { url: `file:${path}`, path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh database opened for service- or repository-level tests. */
export async function freshDatabase(): Promise<{ db: Database; url: string; close: () => Promise<void> }> {
  const file = freshDatabaseFile();
  const db = await openDatabase(file.url);
  return {
    db,
    url: file.url,
    close: async () => {
      await db.disconnect();
      file.cleanup();
    },
  };
}
