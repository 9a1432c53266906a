import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { writeAudit } from "../audit/audit-repository.js";
import { type ChecklistRow, ChecklistRowSchema } from "./cases.schemas.js";
import { DEFAULT_CHECKLIST } from "./checklist-defaults.js";
import {
  type ChecklistItem,
  countChecklistItems,
  listChecklistItems,
  replaceChecklistItems,
} from "./checklist-repository.js";

/** The self-diagnosis checklist: program data, seeded with the defaults on first use. */
export class ChecklistService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** The items, seeding the default 25 when the table is empty. */
  async items(): Promise<ChecklistItem[]> {
    const existing = await listChecklistItems(this.db.client);
    if (existing.length > 0) return existing;
    await this.db.transaction(async (tx) => {
      if ((await countChecklistItems(tx)) > 0) return;
      await replaceChecklistItems(tx, DEFAULT_CHECKLIST);
      await writeAudit(
        tx,
        {
          actor: "system",
          action: "checklist.seed",
          entityType: "checklist",
          entityId: "default",
          after: { items: 25 },
        },
        this.clock.now(),
      );
    });
    return listChecklistItems(this.db.client);
  }

  /** Replaces the checklist with validated rows; any bad row refuses the whole import. */
  async replace(rows: ChecklistRow[], actor: string): Promise<ChecklistItem[]> {
    const problems = validateChecklist(rows);
    if (problems.length > 0) throw new AppError("invalid_input", { ja: problems.join("\n"), en: problems.join("\n") });
    await this.db.transaction(async (tx) => {
      const before = await listChecklistItems(tx);
      await replaceChecklistItems(tx, rows);
      await writeAudit(
        tx,
        {
          actor,
          action: "checklist.import",
          entityType: "checklist",
          entityId: "current",
          before: { items: before.length },
          after: { items: rows.length },
        },
        this.clock.now(),
      );
    });
    return listChecklistItems(this.db.client);
  }
}

/** Problems of a checklist (line numbers count the CSV header as line 1). */
export function validateChecklist(rows: ChecklistRow[]): string[] {
  const problems: string[] = [];
  if (rows.length === 0) problems.push("The checklist has no items.");
  // A report modal holds one input per item within Slack's 100-block limit.
  if (rows.length > 40) problems.push(`The checklist has ${rows.length} items; at most 40 fit in the report modal.`);
  const seen = new Set<number>();
  rows.forEach((row, i) => {
    const parsed = ChecklistRowSchema.safeParse(row);
    if (!parsed.success)
      problems.push(
        `line ${i + 2}: ${parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`).join("; ")}`,
      );
    if (seen.has(row.number)) problems.push(`line ${i + 2}: number ${row.number} appears twice`);
    seen.add(row.number);
  });
  return problems;
}
