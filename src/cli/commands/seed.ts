import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { seedDemo } from "../../features/demo/demo-seed.js";
import { print, withDatabase } from "../cli-context.js";

export function registerSeed(program: Command): void {
  const seed = program.command("seed").description("fill the database with data");
  seed
    .command("demo")
    .description("fill an EMPTY database with a realistic program shaped like the 2019 report (scale 1 ≈ 380 cases)")
    .option("--scale <n>", "1 ≈ the 2019 program; 100 ≈ 38,000 cases", (v) => Number(v), 1)
    .option("--seed <s>", "random seed (same seed, same data)", (v) => Number(v), 2019)
    .action((opts: { scale: number; seed: number }) =>
      withDatabase(async ({ db, databaseUrl }) => {
        const bar = process.stdout.isTTY
          ? new SingleBar({ format: "seeding [{bar}] {percentage}% {value}/{total} rows", hideCursor: true })
          : null;
        let started = false;
        const started0 = Date.now();
        const summary = await seedDemo(db, databaseUrl, {
          scale: opts.scale,
          seed: opts.seed,
          onProgress: (done, total) => {
            if (!bar) return;
            if (!started) {
              bar.start(total, 0);
              started = true;
            }
            bar.update(done);
          },
        });
        bar?.stop();
        await db.refreshStatistics();
        print(
          `Seeded scale ${opts.scale} (seed ${opts.seed}) in ${((Date.now() - started0) / 1000).toFixed(1)} s: ${summary.experts} experts, ${summary.applications} applications, ${summary.cases} cases, ${summary.visits} visits, ${summary.reports} reports, ${summary.honoraria} honorarium lines, ${summary.briefings} briefing sessions.`,
        );
      }),
    );
}
