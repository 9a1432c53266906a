import type { DbClient } from "../../db/client.js";

export type AuditEntry = {
  actor: string;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/** Writes one audit row (who, what, before → after, when). Call inside the change's transaction. */
export async function writeAudit(db: DbClient, entry: AuditEntry, at: Date): Promise<void> {
  await db.auditLog.create({
    data: {
      at,
      actor: entry.actor,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}

export async function findAuditFor(db: DbClient, entityType: string, entityId: string | number) {
  return db.auditLog.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: "asc" } });
}
