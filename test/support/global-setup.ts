import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../src/db/migrate.js";
import { startPgServer } from "./pg-cluster.js";

/**
 * Migrates one template database; each test copies it instead of migrating again. With
 * DESK_TEST_ENGINE=postgresql (`npm run test:pg`) the template is a database on a throw-away
 * PostgreSQL cluster and each test gets `CREATE DATABASE … TEMPLATE` of it.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "desk-template-"));
  if (process.env.DESK_TEST_ENGINE === "postgresql") {
    const server = await startPgServer();
    const template = `desk_template_${process.pid}`;
    await migrateDeploy(await server.createDatabase(template), { quiet: true });
    project.provide("templateDb", "");
    project.provide("pgAdminUrl", server.adminUrl);
    project.provide("pgTemplate", template);
    return async () => {
      await server.dropDatabase(template).catch(() => undefined);
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const path = join(dir, "template.db");
  await migrateDeploy(`file:${path}`, { quiet: true });
  project.provide("templateDb", path);
  project.provide("pgAdminUrl", "");
  project.provide("pgTemplate", "");
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
    pgAdminUrl: string;
    pgTemplate: string;
  }
}
