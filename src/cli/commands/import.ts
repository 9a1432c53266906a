import { writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import cliProgress from "cli-progress";
import { type Command, Option } from "commander";
import { describeColumns, templateHeader } from "../../features/imports/import-kinds.js";
import {
  formatIssue,
  IMPORT_KINDS,
  type ImportKind,
  ImportKindSchema,
  type ImportProgress,
  type IneligibleAction,
  IneligibleActionSchema,
} from "../../features/imports/imports.schemas.js";
import { toCsv } from "../../lib/csv.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { cliTexts } from "../cli.texts.js";
import { print, withDatabase } from "../cli-context.js";
import { readCsvInput } from "../input-file.js";

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

const KIND_HELP: Record<ImportKind, string> = {
  experts: "experts, keyed by external_id",
  applications: "SME applications, keyed by external_id; rows go through the form's SME and duplicate checks",
  cases: "matchings of an application with an expert (import applications and experts first)",
  visits: "visits held, by application and round (import cases first)",
};

const INELIGIBLE_HELP = `
Rows the application form would refuse — a company that is not an SME (capital and employees over
its industry's threshold), or a duplicate of another open application (same ${cliTexts.ja.corporateNumber}, or the same
company name in the same prefecture; in the file or already in the database) — are handled as
--ineligible says: refuse (default) reports each as "line N, column X: reason" and imports nothing;
invalid imports them as screened invalid applications with the reason recorded and audited, and lists
them. A wrong ${cliTexts.ja.corporateNumber} check digit is always an error, as in the form.`;

export function registerImport(program: Command): void {
  const group = program
    .command("import")
    .description(
      "import experts, applications, cases or visits from a CSV file (UTF-8 with/without BOM or Shift_JIS); a file with any bad row imports nothing; re-importing the same file changes nothing; `desk import <kind> --help` lists the columns",
    );
  for (const kind of IMPORT_KINDS) {
    const cmd = group
      .command(kind)
      .description(`import ${KIND_HELP[kind]}`)
      .argument("<file>", "CSV file with a header row (Excel: save as “CSV UTF-8”)")
      .option("--dry-run", "check the file and show what would change, without writing");
    if (kind === "applications")
      cmd.addOption(
        new Option("--ineligible <action>", "what to do with rows that are not SMEs or are duplicates (see below)")
          .choices(IneligibleActionSchema.options)
          .default("refuse"),
      );
    cmd
      .addHelpText(
        "after",
        `\n${describeColumns(kind)}\n${kind === "applications" ? `${INELIGIBLE_HELP}\n` : ""}\nA header-only file to start from: desk import template ${kind} --out ${kind}.csv\n`,
      )
      .action((file: string, o: { dryRun?: boolean; ineligible?: IneligibleAction }) => runImport(kind, file, o));
  }
  group
    .command("template")
    .description(
      "write a header-only CSV with the Japanese column headers (UTF-8 with BOM, which Excel opens correctly)",
    )
    .argument("<kind>", IMPORT_KINDS.join(" | "))
    .option("--out <file>", "write to this file instead of standard output")
    .action((kind: string, o: { out?: string }) => {
      const parsed = ImportKindSchema.safeParse(kind);
      if (!parsed.success) throw unknownKind(kind);
      const csv = `\uFEFF${toCsv([templateHeader(parsed.data)])}`;
      if (!o.out) {
        process.stdout.write(csv);
        return;
      }
      writeFileSync(o.out, csv);
      print(
        `Wrote ${o.out}: the header row of ${parsed.data} (see desk import ${parsed.data} --help for what each column holds).`,
      );
    });
}

function unknownKind(kind: string): AppError {
  const kinds = IMPORT_KINDS.join(", ");
  return new AppError(
    "invalid_input",
    both(cliTexts, (t) => t.unknownImportKind({ kind, kinds })),
  );
}

async function runImport(
  kind: ImportKind,
  file: string,
  o: { dryRun?: boolean; ineligible?: IneligibleAction },
): Promise<void> {
  const bytes = readCsvInput(file);
  await withDatabase(async ({ services }) => {
    const bar = progressBar();
    const started = Date.now();
    const result = await services.imports
      .importCsv(kind, bytes, {
        dryRun: o.dryRun,
        actor: `cli:${userInfo().username}`,
        onProgress: bar.onProgress,
        ineligible: o.ineligible,
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
    if (result.invalidated.length > 0) {
      print(
        `${result.invalidated.length} row(s) ${result.dryRun ? "would be" : "were"} imported as invalid applications:`,
      );
      for (const issue of result.invalidated) print(`  ${formatIssue(issue)}`);
    }
    if (result.dryRun) print("Dry run: nothing was written.");
  });
}
