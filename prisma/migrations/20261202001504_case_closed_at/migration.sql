-- AlterTable
ALTER TABLE "Case" ADD COLUMN "closedAt" DATETIME;


-- Backfill from the audit log: the moment the completion or termination was recorded.
UPDATE "Case" SET "closedAt" = (
    SELECT MIN("at") FROM "AuditLog"
    WHERE "entityType" = 'case'
      AND "entityId" = CAST("Case"."id" AS TEXT)
      AND "action" IN ('case.complete', 'case.terminate')
)
WHERE "status" IN ('completed', 'terminated');
