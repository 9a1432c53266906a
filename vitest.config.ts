import { availableParallelism } from "node:os";
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
    // Vitest's default is one worker less than the cores: a single worker on a 2-core machine. The
    // end-to-end files spend most of their time waiting (on the app's answers, timers, child
    // processes), so two files at a time on two cores take about two thirds of the time.
    maxWorkers: Math.max(2, availableParallelism()),
    // Test files share a worker's module cache (no test mocks modules or globals): importing the
    // app once per worker instead of once per file saves about a third of the suite's time.
    isolate: false,
  },
});
