// Prisma CLI configuration. `engine: "js"` runs the schema engine in JavaScript through the
// better-sqlite3 driver adapter, so no engine binary is downloaded (this machine is offline).
import "dotenv/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./src/db/database-url.js";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaBetterSQLite3({ url: resolveDatabaseUrl(process.env.DATABASE_URL) }),
});
