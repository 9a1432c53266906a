import type { Command } from "commander";
import { checklistToCsv, parseChecklistCsv } from "../../features/cases/checklist-csv.js";
import { categoryLabel } from "../../features/cases/checklist-defaults.js";
import { validateChecklist } from "../../features/cases/checklist-service.js";
import { decodeCsv } from "../../features/imports/csv-file.js";
import { print, withDatabase } from "../cli-context.js";
import { readCsvInput } from "../input-file.js";

/** `desk checklist show|import`: the self-diagnosis checklist used in round 1's report. */
export function registerChecklist(program: Command): void {
  const cmd = program.command("checklist").description("the self-diagnosis checklist (25 items by default)");
  cmd
    .command("show")
    .description("print the checklist (seeds the default items when there are none)")
    .option("--csv", "print as CSV, the format import reads")
    .action((o: { csv?: boolean }) =>
      withDatabase(async ({ services }) => {
        const items = await services.visits.checklist.items();
        if (o.csv) {
          process.stdout.write(checklistToCsv(items));
          return;
        }
        let category: string | null = null;
        for (const item of items) {
          if (item.category !== category) {
            category = item.category;
            print(`[${categoryLabel(category, "ja")} / ${categoryLabel(category, "en")}]`);
          }
          print(`${String(item.number).padStart(2)}. ${item.textJa}`);
          if (item.textEn) print(`    ${item.textEn}`);
        }
        print(`${items.length} items, ${items.length * 4} points in total.`);
      }),
    );
  cmd
    .command("import")
    .description("replace the checklist from a CSV file: number,category,text_ja,text_en (UTF-8 or Shift_JIS)")
    .argument("<file>", "FILE.csv")
    .option("--dry-run", "check the file and print what would be imported")
    .action((file: string, o: { dryRun?: boolean }) =>
      withDatabase(async ({ services }) => {
        const { text } = decodeCsv(readCsvInput(file));
        const { rows, errors } = parseChecklistCsv(text);
        const problems = [...errors, ...(errors.length === 0 ? validateChecklist(rows) : [])];
        if (problems.length > 0) {
          for (const p of problems) process.stderr.write(`${p}\n`);
          process.stderr.write("Nothing was imported.\n");
          process.exitCode = 2;
          return;
        }
        if (o.dryRun) {
          print(`${rows.length} items would replace the checklist (dry run: nothing changed).`);
          return;
        }
        const items = await services.visits.checklist.replace(rows, "cli");
        print(`Checklist replaced: ${items.length} items. Reports already submitted keep their scores.`);
      }),
    );
}
