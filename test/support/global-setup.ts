import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../src/db/migrate.js";

/** Migrates one template database; each test copies it instead of migrating again. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "desk-template-"));
  const path = join(dir, "template.db");
  await migrateDeploy(`file:${path}`, { quiet: true });
  project.provide("templateDb", path);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}
