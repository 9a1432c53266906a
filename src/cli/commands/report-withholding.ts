import { writeFileSync } from "node:fs";
import { withholdingCsv, withholdingTable } from "../../features/honoraria/withholding-report.js";
import { print, withDatabase } from "../cli-context.js";

/**
 * `desk report withholding --year 2019`: each expert's fees, travel, tax withheld, net and number
 * of payments for the calendar year of payment (paid on 1 January – 31 December), for the 支払調書.
 */
export function reportWithholding(o: { year?: string; csv?: boolean; out?: string; format?: string }) {
  const year = Number(o.year);
  if (!o.year || !Number.isInteger(year) || year < 2000 || year > 2100)
    throw new Error("desk report withholding needs --year YYYY (the calendar year of payment)");
  const csv = o.csv === true || o.format === "csv" || (o.out?.toLowerCase().endsWith(".csv") ?? false);
  return withDatabase(async ({ services }) => {
    const totals = await services.honoraria.withholdingReport(year);
    if (o.out) {
      // A BOM so that Excel opens the Japanese headers as UTF-8.
      writeFileSync(o.out, csv ? `\uFEFF${withholdingCsv(totals, "ja")}` : withholdingTable(totals, "ja"));
      print(`Wrote ${o.out}`);
      return;
    }
    process.stdout.write(csv ? withholdingCsv(totals, "ja") : withholdingTable(totals, "ja"));
  });
}
