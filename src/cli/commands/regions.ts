import { writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import type { Command } from "commander";
import { REGION_DEFAULTS_SOURCE } from "../../domain/region-defaults.js";
import { regionCsv } from "../../features/final-report/regions.js";
import { print, withDatabase } from "../cli-context.js";
import { readCsvInput } from "../input-file.js";

const sum = (rows: { enterprises: number }[]) => rows.reduce((a, r) => a + r.enterprises, 0);

export function registerRegions(program: Command): void {
  const cmd = program
    .command("regions")
    .description("region data of Table 4: enterprises per prefecture and which prefectures are metro areas");
  cmd
    .command("show")
    .description("print the region data as a CSV that `desk regions import` reads back")
    .option("--out <file>", "write to this file instead")
    .action((o: { out?: string }) =>
      withDatabase(async ({ services }) => {
        const regions = await services.finalReport.regions();
        const csv = regionCsv(regions.rows);
        if (o.out) {
          writeFileSync(o.out, `\uFEFF${csv}`);
          print(`Wrote ${o.out}`);
        } else process.stdout.write(csv);
        process.stderr.write(
          regions.imported ? "Source: imported by the secretariat.\n" : `Source: defaults. ${REGION_DEFAULTS_SOURCE}\n`,
        );
      }),
    );
  cmd
    .command("import")
    .description(
      "replace the region data with a CSV of all 47 prefectures: prefecture,enterprises,metro (metro: 1 or 0); a file with any problem changes nothing",
    )
    .argument("<file>", "CSV file (UTF-8 or Shift_JIS)")
    .action((file: string) =>
      withDatabase(async ({ services }) => {
        const result = await services.finalReport.importRegions(readCsvInput(file), `cli:${userInfo().username}`);
        const metro = result.rows.filter((r) => r.metro);
        print(
          `Imported ${result.rows.length} prefectures: ${metro.length} metro (${sum(metro).toLocaleString("en-US")} enterprises), others ${sum(result.rows.filter((r) => !r.metro)).toLocaleString("en-US")} enterprises.`,
        );
      }),
    );
}
