#!/usr/bin/env node
// `npm run db:migration -- <name>`: writes the next migration, for SQLite and for PostgreSQL, from
// the difference between the schema as of the last migration (a snapshot kept beside the SQLite
// migrations) and prisma/schema.prisma, then regenerates both clients.
// `prisma migrate dev` cannot be used here: its shadow-database step fails with the JS engine.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  POSTGRESQL_SCHEMA,
  prisma,
  root,
  SQLITE_SCHEMA,
  toPostgresqlSchema,
  writePostgresqlSchema,
} from "./db-generate.js";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  process.stderr.write("usage: npm run db:migration -- <short_name>\n");
  process.exit(2);
}
const snapshot = join(root, "prisma", "migrations", "schema.snapshot.prisma");
const pgSnapshot = join(root, "prisma", "postgresql", "migrations", "schema.snapshot.prisma");
writePostgresqlSchema();
writeFileSync(pgSnapshot, toPostgresqlSchema(readFileSync(snapshot, "utf8")));

const diff = (from, to) =>
  prisma(["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"], {
    capture: true,
  });
const sqlite = diff(snapshot, SQLITE_SCHEMA);
if (/^\s*(-- This is an empty migration\.)?\s*$/.test(sqlite)) {
  process.stdout.write("No schema changes since the last migration.\n");
  process.exit(0);
}
const postgresql = diff(pgSnapshot, POSTGRESQL_SCHEMA);
// Prisma knows nothing of the SQLite triggers on "Expert" (the name search's version stamps): a
// migration that redefines the table drops them, so say so where the person writing it looks.
// (PostgreSQL alters tables in place: its triggers stay.)
if (/DROP TABLE "Expert"/.test(sqlite))
  process.stdout.write(
    'Note: the SQLite migration redefines the "Expert" table, which drops its triggers. Append the three\n' +
      "CREATE TRIGGER statements of prisma/migrations/20261125222431_search_indexes/migration.sql to it.\n",
  );
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
for (const [folder, sql] of [
  [join(root, "prisma", "migrations"), sqlite],
  [join(root, "prisma", "postgresql", "migrations"), postgresql],
]) {
  const dir = join(folder, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  process.stdout.write(`Wrote ${dir}/migration.sql\n`);
}
copyFileSync(SQLITE_SCHEMA, snapshot);
writeFileSync(pgSnapshot, toPostgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
if (!existsSync(join(root, "src", "generated"))) mkdirSync(join(root, "src", "generated"));
prisma(["generate", "--schema", SQLITE_SCHEMA]);
prisma(["generate", "--schema", POSTGRESQL_SCHEMA]);
process.stdout.write("Review both, then npm start (or npx desk migrate) applies them.\n");
