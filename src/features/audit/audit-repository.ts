import { type DbClient, rawSql } from "../../db/client.js";

export type AuditEntry = {
  actor: string;
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/**
 * Writes one audit row (who, what, before → after, when). Call inside the change's transaction.
 * A raw statement: every change writes one, and Prisma compiling the insert cost about a
 * millisecond of CPU each time.
 */
export async function writeAudit(db: DbClient, entry: AuditEntry, at: Date): Promise<void> {
  await rawSql(db).run(
    `INSERT INTO "AuditLog" ("at", "actor", "action", "entityType", "entityId", "before", "after")
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    at,
    entry.actor,
    entry.action,
    entry.entityType,
    String(entry.entityId),
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}

export async function findAuditFor(db: DbClient, entityType: string, entityId: string | number) {
  return db.auditLog.findMany({ where: { entityType, entityId: String(entityId) }, orderBy: { id: "asc" } });
}
