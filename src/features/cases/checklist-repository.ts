import type { DbClient } from "../../db/client.js";
import type { ChecklistItem } from "../../generated/prisma/client.js";
import type { ChecklistRow } from "./cases.schemas.js";

export type { ChecklistItem };

export async function listChecklistItems(db: DbClient): Promise<ChecklistItem[]> {
  return db.checklistItem.findMany({ orderBy: { number: "asc" } });
}

export async function countChecklistItems(db: DbClient): Promise<number> {
  return db.checklistItem.count();
}

/** Replaces the whole checklist (call inside a transaction). */
export async function replaceChecklistItems(db: DbClient, rows: ChecklistRow[]): Promise<void> {
  await db.checklistItem.deleteMany({});
  await db.checklistItem.createMany({ data: rows });
}
