import { readFileSync } from "node:fs";
import { userInfo } from "node:os";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import {
  formatIssue,
  IMPORT_KINDS,
  ImportKindSchema,
  type ImportProgress,
} from "../../features/imports/imports.schemas.js";
import { ImportsService } from "../../features/imports/imports-service.js";
import { print, withDatabase } from "../cli-context.js";

/** A progress bar on a terminal (stderr), nothing when output goes to a file or a pipe. */
function progressBar(): { onProgress: ImportProgress | undefined; stop: () => void } {
  if (!process.stderr.isTTY) return { onProgress: undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: "{phase} [{bar}] {value}/{total} rows", stream: process.stderr, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | null = null;
  return {
    onProgress: (p, done, total) => {
      const label = p === "check" ? "checking" : "writing ";
      if (phase !== label) {
        if (phase !== null) bar.stop();
        bar.start(total, 0, { phase: label });
        phase = label;
      }
      bar.update(done, { phase: label });
    },
    stop: () => {
      if (phase !== null) bar.stop();
    },
  };
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description(
      "import experts, applications, cases or visits from a CSV file (UTF-8 with/without BOM or Shift_JIS); a file with any bad row imports nothing; re-importing the same file changes nothing",
    )
    .argument("<kind>", IMPORT_KINDS.join(" | "))
    .argument("<file>", "CSV file with a header row")
    .option("--dry-run", "check the file and show what would change, without writing")
    .action((kind: string, file: string, o: { dryRun?: boolean }) =>
      withDatabase(async ({ db, clock, program: programService }) => {
        const parsed = ImportKindSchema.safeParse(kind);
        if (!parsed.success) throw new Error(`Unknown kind "${kind}": use one of ${IMPORT_KINDS.join(", ")}.`);
        const bytes = readFileSync(file);
        const service = new ImportsService(db, clock, programService);
        const bar = progressBar();
        const started = Date.now();
        const result = await service
          .importCsv(parsed.data, bytes, {
            dryRun: o.dryRun,
            actor: `cli:${userInfo().username}`,
            onProgress: bar.onProgress,
          })
          .finally(bar.stop);
        if (result.ignoredColumns.length > 0) print(`Ignored columns: ${result.ignoredColumns.join(", ")}`);
        if (result.issues.length > 0) {
          for (const issue of result.issues) process.stderr.write(`${formatIssue(issue)}\n`);
          process.stderr.write(
            `${result.issues.length} problem(s) in ${file} (${result.encoding}); nothing was imported. Fix the rows and run the import again.\n`,
          );
          process.exitCode = 1;
          return;
        }
        const verb = result.dryRun ? "Would import" : "Imported";
        print(
          `${verb} ${result.kind} from ${file} (${result.encoding}): ${result.rows} rows — ${result.created} new, ${result.updated} changed, ${result.unchanged} unchanged (${((Date.now() - started) / 1000).toFixed(1)} s).`,
        );
        if (result.dryRun) print("Dry run: nothing was written.");
      }),
    );
}
