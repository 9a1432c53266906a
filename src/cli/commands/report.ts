import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { parseJapaneseDate } from "../../domain/japanese-dates.js";
import {
  QUALIFICATION_FILTERS,
  QualificationFilterSchema,
  REPORT_NAMES,
  REPORT_TITLES,
  ReportFormatSchema,
  ReportNameSchema,
} from "../../features/final-report/final-report.schemas.js";
import { print, withDatabase } from "../cli-context.js";
import { reportWithholding } from "./report-withholding.js";

export function parseAtOption(at: string | undefined): string | undefined {
  if (at === undefined) return undefined;
  const iso = parseJapaneseDate(at);
  if (!iso) throw new Error(`--at ${at} is not a date (use YYYY-MM-DD)`);
  return iso;
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .description(
      `print or save a report of the final report's tables:\n${REPORT_NAMES.map((n) => `  ${n.padEnd(22)} ${REPORT_TITLES[n].en}`).join("\n")}\n  ${"withholding".padEnd(22)} each expert's honoraria paid in --year (for the annual payment statements)`,
    )
    .argument("<name>", [...REPORT_NAMES, "withholding"].join(" | "))
    .option("--format <format>", "table | csv | json | xlsx | html", "table")
    .option("--out <file>", "write to this file (xlsx is always written to a file)")
    .option("--at <date>", "as of this day (YYYY-MM-DD): count only what happened by then")
    .option(
      "--qualification <q>",
      "Table 4 counts the matchings of these experts: RISS (holders of both included, as the 2019 report) | ITC | all",
      "RISS",
    )
    .option("--program <name>", "the program year to report on (default: the current one; see desk program list)")
    .option("--year <year>", "withholding: the calendar year of payment")
    .option("--csv", "withholding: CSV instead of a table")
    .action(
      (
        name: string,
        o: {
          format: string;
          out?: string;
          at?: string;
          qualification: string;
          program?: string;
          year?: string;
          csv?: boolean;
        },
      ) =>
        name === "withholding"
          ? reportWithholding(o)
          : withDatabase(async ({ services }) => {
              const report = ReportNameSchema.safeParse(name);
              if (!report.success) throw new Error(`Unknown report "${name}": use one of ${REPORT_NAMES.join(", ")}.`);
              const format = ReportFormatSchema.safeParse(o.format);
              if (!format.success) throw new Error(`Unknown format "${o.format}": use table, csv, json, xlsx or html.`);
              const qualification = QualificationFilterSchema.safeParse(o.qualification);
              if (!qualification.success)
                throw new Error(`Unknown qualification "${o.qualification}": use ${QUALIFICATION_FILTERS.join(", ")}.`);
              const program = await services.programYears.resolve(o.program);
              const built = await services.finalReport.build(report.data, {
                at: parseAtOption(o.at),
                qualification: qualification.data,
                program,
              });
              const out = o.out ?? (format.data === "xlsx" ? undefined : null);
              const rendered = await services.finalReport.render(built, format.data, { bom: out !== null });
              if (out === null) {
                process.stdout.write(rendered.content);
                return;
              }
              const path = out ?? rendered.filename;
              writeFileSync(path, rendered.content);
              print(`Wrote ${path}`);
            }),
    );
}
