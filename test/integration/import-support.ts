import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "../../src/db/client.js";
import { FinalReportService } from "../../src/features/final-report/final-report-service.js";
import type { ImportKind, ImportResult } from "../../src/features/imports/imports.schemas.js";
import { ImportsService } from "../../src/features/imports/imports-service.js";
import { ProgramService } from "../../src/features/program/program-service.js";
import { ManualClock } from "../../src/lib/clock.js";
import { freshDatabase } from "../support/db-fixture.js";

export const FIXTURES = join(import.meta.dirname, "../fixtures/imports");
export const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** A fresh database with the 2019 program, and the import and report services on a clock after it ended. */
export async function setup2019() {
  const fresh = await freshDatabase();
  const clock = new ManualClock("2020-03-31T10:00:00");
  const program = new ProgramService(fresh.db, clock);
  await program.ensureSeeded({
    name: "中小企業の情報セキュリティマネジメント指導業務",
    startDate: "2019-07-17",
    endDate: "2020-01-31",
    applyFrom: "2019-08-14",
    applyUntil: "2019-11-21",
  });
  const imports = new ImportsService(fresh.db, clock, program);
  const reports = new FinalReportService(fresh.db, clock, program);
  const run = (kind: ImportKind, bytes: Uint8Array | string, dryRun = false): Promise<ImportResult> =>
    imports.importCsv(kind, typeof bytes === "string" ? Buffer.from(bytes) : bytes, { actor: "test", dryRun });
  return { ...fresh, clock, program, imports, reports, run };
}

export type Setup = Awaited<ReturnType<typeof setup2019>>;

/** Imports the four 2019 fixtures in order, failing loudly on any problem. */
export async function importAll2019(s: Setup, db?: Database): Promise<ImportResult[]> {
  void db;
  const out: ImportResult[] = [];
  for (const [kind, file] of [
    ["experts", "experts-2019.csv"],
    ["applications", "applications-2019.csv"],
    ["cases", "cases-2019.csv"],
    ["visits", "visits-2019.csv"],
  ] as const) {
    const result = await s.run(kind, fixture(file));
    if (result.issues.length > 0) throw new Error(`${file}: ${JSON.stringify(result.issues.slice(0, 5))}`);
    out.push(result);
  }
  return out;
}
