#!/usr/bin/env node
// `npm run db:generate` (also run by `npm install`): prisma/schema.prisma is the one schema source.
// It writes prisma/postgresql/schema.prisma from it (one generated client serves one provider),
// then generates both clients: src/generated/prisma (SQLite) and src/generated/prisma-pg.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = join(root, "prisma", "schema.prisma");
export const POSTGRESQL_SCHEMA = join(root, "prisma", "postgresql", "schema.prisma");
const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");

/** The PostgreSQL twin of a SQLite schema text: another provider, another client folder, nothing else. */
export function toPostgresqlSchema(sqlite) {
  const swaps = [
    [/provider(\s*)= "sqlite"/, 'provider$1= "postgresql"'],
    [/url(\s*)= "file:[^"]*"/, 'url$1= "postgresql://desk@localhost:5432/desk"'],
    [/output(\s*)= "\.\.\/src\/generated\/prisma"/, 'output$1= "../../src/generated/prisma-pg"'],
  ];
  let text = sqlite;
  for (const [from, to] of swaps) {
    if (!from.test(text)) throw new Error(`prisma/schema.prisma: expected to find ${from}`);
    text = text.replace(from, to);
  }
  return `// Generated from prisma/schema.prisma by \`npm run db:generate\`: edit that file, not this one.\n${text}`;
}

export function prisma(args, opts = {}) {
  return execFileSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", opts.capture ? "pipe" : "inherit", "inherit"],
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

export function writePostgresqlSchema() {
  const text = toPostgresqlSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  let current = "";
  try {
    current = readFileSync(POSTGRESQL_SCHEMA, "utf8");
  } catch {}
  if (current !== text) writeFileSync(POSTGRESQL_SCHEMA, text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writePostgresqlSchema();
  prisma(["generate", "--schema", SQLITE_SCHEMA]);
  prisma(["generate", "--schema", POSTGRESQL_SCHEMA]);
}
