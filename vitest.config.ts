import { defineConfig } from "vitest/config";

// Soak tests (over a minute) run only when asked for: `npm run test:soak` (vitest run --dir test/soak).
const soak = process.argv.some((a) => a.replaceAll("\\", "/").includes("test/soak"));

export default defineConfig({
  test: {
    include: soak ? ["**/*.test.ts"] : ["test/**/*.test.ts"],
    exclude: soak ? ["node_modules/**"] : ["test/soak/**", "node_modules/**"],
    globalSetup: ["test/support/global-setup.ts"],
    env: { TZ: "UTC" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files share a worker's module cache (no test mocks modules or globals): importing the
    // app once per worker instead of once per file saves about a third of the suite's time.
    isolate: false,
  },
});
