#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes the next migration from the difference between the
// schema as of the last migration (a snapshot kept beside the migrations) and prisma/schema.prisma.
// `prisma migrate dev` cannot be used here: its shadow-database step fails with the JS engine.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  process.stderr.write("usage: npm run db:migration -- <short_name>\n");
  process.exit(2);
}
const snapshot = join(root, "prisma", "migrations", "schema.snapshot.prisma");
const schema = join(root, "prisma", "schema.prisma");
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
const sql = execFileSync(
  process.execPath,
  [cli, "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"],
  {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  },
);
if (/^\s*(-- This is an empty migration\.)?\s*$/.test(sql)) {
  process.stdout.write("No schema changes since the last migration.\n");
  process.exit(0);
}
// Prisma knows nothing of the triggers on "Expert" (the name search's version stamps): a migration
// that redefines the table drops them, so say so where the person writing the migration looks.
if (/DROP TABLE "Expert"/.test(sql))
  process.stdout.write(
    'Note: this migration redefines the "Expert" table, which drops its triggers. Append the three\n' +
      "CREATE TRIGGER statements of prisma/migrations/20261125222431_search_indexes/migration.sql to it.\n",
  );
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
copyFileSync(schema, snapshot);
process.stdout.write(`Wrote ${dir}/migration.sql — review it, then npm start (or npx desk migrate) applies it.\n`);
