import type { Database } from "../../db/client.js";
import { type Clock, todayJst } from "../../lib/clock.js";
import { writeAudit } from "../audit/audit-repository.js";
import type { ProgramService } from "../program/program-service.js";
import { CsvSyntaxError, decodeCsv, parseCsv } from "./csv-file.js";
import { columnsOf, mapHeader } from "./import-kinds.js";
import type { Located } from "./import-plan.js";
import { PLANNERS } from "./import-planners.js";
import {
  formatIssue,
  type ImportKind,
  type ImportProgress,
  type ImportResult,
  type IneligibleAction,
} from "./imports.schemas.js";

export type ImportOptions = {
  dryRun?: boolean;
  /** Who imports (the audit log's actor), e.g. "cli:alice". */
  actor: string;
  onProgress?: ImportProgress;
  /** Applications the form would refuse: report them and import nothing (default), or import them as invalid. */
  ineligible?: IneligibleAction;
};

/** Rows between progress callbacks while checking (writing reports per batch). */
const PROGRESS_EVERY = 200;

/**
 * Imports experts, applications, cases or visits from a CSV file. Every row is checked first —
 * cell formats, the program's date ranges, duplicates in the file, references to what the database
 * holds — and any problem stops the whole import: then nothing is written and every problem is
 * returned as "line N, column X: message". A clean file is written in one transaction with batched
 * inserts. Rows are keyed by external_id (visits by application and round), so importing the same
 * file again changes nothing.
 */
export class ImportsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly program: ProgramService,
  ) {}

  async importCsv(kind: ImportKind, bytes: Uint8Array, opts: ImportOptions): Promise<ImportResult> {
    const program = await this.program.current();
    const { text, encoding } = decodeCsv(bytes);
    const result: ImportResult = {
      kind,
      encoding,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      dryRun: opts.dryRun ?? false,
      ignoredColumns: [],
      issues: [],
      invalidated: [],
    };
    let records: ReturnType<typeof parseCsv>;
    try {
      records = parseCsv(text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      result.issues.push({ line: error.line, column: String(error.column), message: "a quoted cell is never closed" });
      return result;
    }
    const [head, ...data] = records;
    if (head?.line !== 1) {
      result.issues.push({ line: 1, column: "-", message: "the first line must be the header row" });
      return result;
    }
    const columns = columnsOf(kind, program, todayJst(this.clock));
    const mapping = mapHeader(head.cells, columns);
    result.ignoredColumns = mapping.ignored;
    result.issues.push(...mapping.issues);
    if (result.issues.length > 0) return result;
    if (data.length === 0) {
      result.issues.push({ line: 2, column: "-", message: "the file has a header but no rows" });
      return result;
    }
    result.rows = data.length;

    const rows: Located<Record<string, unknown>>[] = [];
    const keyOf = (row: Record<string, unknown>) =>
      kind === "visits" ? `${row.application_external_id}#${row.round}` : String(row[columns[0].key]);
    const seen = new Map<string, number>();
    data.forEach((record, i) => {
      const row: Record<string, unknown> = {};
      let rowOk = true;
      if (record.cells.length > head.cells.length && record.cells.slice(head.cells.length).some((c) => c.trim() !== ""))
        result.issues.push({
          line: record.line,
          column: String(head.cells.length + 1),
          message: `the row has ${record.cells.length} cells but the header has ${head.cells.length}`,
        });
      for (const spec of columns) {
        const index = mapping.indexOf.get(spec.key);
        const cell = spec.read(index === undefined ? "" : (record.cells[index] ?? ""));
        if (cell.ok) row[spec.key] = cell.value;
        else {
          rowOk = false;
          result.issues.push({ line: record.line, column: mapping.header(spec.key), message: cell.message });
        }
      }
      if (rowOk) {
        const key = keyOf(row);
        const first = seen.get(key);
        if (first !== undefined) {
          const column = mapping.header(columns[0].key);
          result.issues.push({
            line: record.line,
            column,
            message:
              kind === "visits"
                ? `round ${row.round} of application ${row.application_external_id} is already on line ${first}`
                : `duplicate ${columns[0].key} ${key} (also on line ${first})`,
          });
        } else {
          seen.set(key, record.line);
          rows.push({ line: record.line, row });
        }
      }
      if ((i + 1) % PROGRESS_EVERY === 0) opts.onProgress?.("check", i + 1, data.length);
    });
    opts.onProgress?.("check", data.length, data.length);

    const actor = opts.actor;
    const plan = await PLANNERS[kind](this.db.client, {
      rows,
      header: mapping.header,
      has: (key) => mapping.indexOf.has(key),
      program,
      actor,
      now: this.clock.now(),
      ineligible: opts.ineligible ?? "refuse",
    });
    result.issues.push(...plan.issues);
    result.invalidated = plan.invalidated ?? [];
    result.issues.sort((a, b) => a.line - b.line);
    if (result.issues.length > 0) return result;
    result.created = plan.created;
    result.updated = plan.updated;
    result.unchanged = plan.unchanged;
    if (result.dryRun || plan.created + plan.updated === 0) return result;

    const total = plan.created + plan.updated;
    let written = 0;
    await this.db.transaction(async (tx) => {
      await plan.write(tx, (n) => {
        written += n;
        opts.onProgress?.("write", Math.min(written, total), total);
      });
      await writeAudit(
        tx,
        {
          actor,
          action: `import.${kind}`,
          entityType: "import",
          entityId: kind,
          after: {
            encoding,
            rows: result.rows,
            created: plan.created,
            updated: plan.updated,
            unchanged: plan.unchanged,
            ...(result.invalidated.length > 0 ? { importedAsInvalid: result.invalidated.map(formatIssue) } : {}),
          },
        },
        this.clock.now(),
      );
    });
    return result;
  }
}
