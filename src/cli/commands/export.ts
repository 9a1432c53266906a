import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { EXPORT_ENTITIES, ExportEntitySchema } from "../../features/exports/exports.schemas.js";
import { EXPORT_COLUMNS } from "../../features/exports/exports-service.js";
import { print, withDatabase } from "../cli-context.js";

function columnsHelp(): string {
  return EXPORT_ENTITIES.map(
    (e) => `  ${e}: ${EXPORT_COLUMNS[e].map((c) => (c.personal ? `${c.key}*` : c.key)).join(", ")}`,
  ).join("\n");
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description(
      `export a whole table as CSV or xlsx for the secretariat. Columns (* = personal data: a person's name, contact, Slack ID or registration number, or what identifies an SME — for the secretariat's use only; leave them out with --no-personal):\n${columnsHelp()}`,
    )
    .argument("<entity>", EXPORT_ENTITIES.join(" | "))
    .option("--format <format>", "csv | xlsx", "csv")
    .option("--out <file>", "write to this file (default: <entity>-<date>.<format>)")
    .option("--no-personal", "leave out personal-data columns (for sharing outside the secretariat)")
    .option(
      "--program <name>",
      "the program year of applications, cases, visits and honoraria (default: the current one; experts and audit are all years')",
    )
    .action((entity: string, o: { format: string; out?: string; personal: boolean; program?: string }) =>
      withDatabase(async ({ services }) => {
        const parsed = ExportEntitySchema.safeParse(entity);
        if (!parsed.success) throw new Error(`Unknown entity "${entity}": use one of ${EXPORT_ENTITIES.join(", ")}.`);
        if (o.format !== "csv" && o.format !== "xlsx")
          throw new Error(`Unknown format "${o.format}": use csv or xlsx.`);
        const program = await services.programYears.resolve(o.program);
        const result = await services.exports.export(parsed.data, o.format, {
          program,
          personal: o.personal,
          bom: true,
        });
        const path = o.out ?? result.filename;
        writeFileSync(path, result.content);
        print(`Wrote ${result.rows} ${parsed.data} to ${path}`);
        if (result.personalColumns.length > 0)
          print(
            `It holds personal data (${result.personalColumns.join(", ")}): for the secretariat's use only. Use --no-personal for a file to share.`,
          );
      }),
    );
}
