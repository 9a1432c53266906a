import type { Command } from "commander";
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from "../../domain/ranking.js";
import { print, withDatabase } from "../cli-context.js";

const OPTIONS: Record<keyof RankingWeights, [flag: string, label: string]> = {
  samePrefecture: ["--same-prefecture <n>", "lives in the SME's prefecture"],
  coversPrefecture: ["--covers-prefecture <n>", "lists the SME's prefecture as one they visit"],
  neighbouringPrefecture: ["--neighbouring-prefecture <n>", "lives in a neighbouring prefecture"],
  sameRegion: ["--same-region <n>", "lives in the same region"],
  freeCapacity: ["--free-capacity <n>", "× share of capacity still free"],
  industry: ["--industry <n>", "knows the SME's industry"],
  riss: ["--riss <n>", "holds RISS"],
  itc: ["--itc <n>", "holds ITC only"],
};

function show(weights: RankingWeights): void {
  const width = Math.max(...Object.keys(OPTIONS).map((k) => k.length));
  for (const [key, [, label]] of Object.entries(OPTIONS) as [keyof RankingWeights, [string, string]][]) {
    const mark = weights[key] === DEFAULT_RANKING_WEIGHTS[key] ? "" : ` (default ${DEFAULT_RANKING_WEIGHTS[key]})`;
    print(`${key.padEnd(width)}  ${String(weights[key]).padStart(5)}  ${label}${mark}`);
  }
  print("The recruiting expert always comes first; ties break by expert id.");
}

/** `desk ranking show|set`: the weights that rank experts for an SME (see src/domain/ranking.ts). */
export function registerRanking(program: Command): void {
  const cmd = program.command("ranking").description("show or change the matching ranking weights");
  cmd
    .command("show")
    .description("print the ranking weights in force")
    .action(() =>
      withDatabase(async ({ services }) => {
        const { weights, problems } = await services.ranking.current();
        for (const p of problems) print(`warning: stored weights ignored: ${p}`);
        show(weights);
      }),
    );
  const set = cmd.command("set").description("change some weights (numbers from 0 to 1000)");
  for (const [flag, label] of Object.values(OPTIONS)) set.option(flag, label, Number);
  set.action((o: Record<string, number | undefined>) =>
    withDatabase(async ({ services }) => {
      const patch = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, number>;
      if (Object.keys(patch).length === 0)
        throw new Error("Nothing to change: give at least one weight (see desk ranking set --help).");
      const weights = await services.ranking.update("cli", patch);
      print("Saved.");
      show(weights);
    }),
  );
}
