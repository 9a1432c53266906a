import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { parseJapaneseDate } from "../../domain/japanese-dates.js";
import {
  REPORT_NAMES,
  REPORT_TITLES,
  ReportFormatSchema,
  ReportNameSchema,
} from "../../features/final-report/final-report.schemas.js";
import { print, withDatabase } from "../cli-context.js";

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
      `print or save a report of the final report's tables:\n${REPORT_NAMES.map((n) => `  ${n.padEnd(22)} ${REPORT_TITLES[n].en}`).join("\n")}`,
    )
    .argument("<name>", REPORT_NAMES.join(" | "))
    .option("--format <format>", "table | csv | json | xlsx | html", "table")
    .option("--out <file>", "write to this file (xlsx is always written to a file)")
    .option("--at <date>", "as of this day (YYYY-MM-DD): count only what happened by then")
    .option("--program <name>", "the program year to report on (default: the current one; see desk program list)")
    .action((name: string, o: { format: string; out?: string; at?: string; program?: string }) =>
      withDatabase(async ({ services }) => {
        const report = ReportNameSchema.safeParse(name);
        if (!report.success) throw new Error(`Unknown report "${name}": use one of ${REPORT_NAMES.join(", ")}.`);
        const format = ReportFormatSchema.safeParse(o.format);
        if (!format.success) throw new Error(`Unknown format "${o.format}": use table, csv, json, xlsx or html.`);
        const program = await services.programYears.resolve(o.program);
        const built = await services.finalReport.build(report.data, { at: parseAtOption(o.at), program });
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
