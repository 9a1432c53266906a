-- Every application gets its own Company row. Until now a form submission with a 法人番号 already
-- on file overwrote that row, so applications sharing one row show the latest submission's data.
-- The latest application keeps the row; each earlier one gets a copy holding what it showed before
-- the first overwrite after it (the "before" of that application.create audit entry), or, with no
-- such entry, the row as it is.
-- The copies share their 法人番号, so its unique index goes first.
-- DropIndex
DROP INDEX "Company_corporateNumber_key";

CREATE TEMP TABLE "_CompanySplit" AS
SELECT
    a."id" AS "applicationId",
    a."companyId" AS "companyId",
    (SELECT COALESCE(MAX("id"), 0) FROM "Company") + ROW_NUMBER() OVER (ORDER BY a."id") AS "newCompanyId",
    (SELECT l."before" FROM "AuditLog" l
      WHERE l."action" = 'application.create'
        AND l."entityType" = 'application'
        AND CAST(l."entityId" AS INTEGER) > a."id"
        AND (CASE WHEN json_valid(l."before") THEN json_extract(l."before", '$.company.id') END) = a."companyId"
      ORDER BY CAST(l."entityId" AS INTEGER)
      LIMIT 1) AS "snapshot"
FROM "Application" a
WHERE a."id" < (SELECT MAX(b."id") FROM "Application" b WHERE b."companyId" = a."companyId");

INSERT INTO "Company" ("id", "name", "nameKana", "corporateNumber", "industry", "capitalYen", "employees", "prefecture", "address", "createdAt", "updatedAt")
SELECT
    s."newCompanyId",
    CASE WHEN s."snapshot" IS NULL THEN c."name" ELSE COALESCE(json_extract(s."snapshot", '$.company.name'), c."name") END,
    CASE WHEN s."snapshot" IS NULL THEN c."nameKana" ELSE COALESCE(json_extract(s."snapshot", '$.company.nameKana'), c."nameKana") END,
    c."corporateNumber",
    CASE WHEN s."snapshot" IS NULL THEN c."industry" ELSE COALESCE(json_extract(s."snapshot", '$.company.industry'), c."industry") END,
    CASE WHEN s."snapshot" IS NULL THEN c."capitalYen" ELSE json_extract(s."snapshot", '$.company.capitalYen') END,
    CASE WHEN s."snapshot" IS NULL THEN c."employees" ELSE json_extract(s."snapshot", '$.company.employees') END,
    CASE WHEN s."snapshot" IS NULL THEN c."prefecture" ELSE COALESCE(json_extract(s."snapshot", '$.company.prefecture'), c."prefecture") END,
    CASE WHEN s."snapshot" IS NULL THEN c."address" ELSE COALESCE(json_extract(s."snapshot", '$.company.address'), c."address") END,
    c."createdAt",
    c."updatedAt"
FROM "_CompanySplit" s
JOIN "Company" c ON c."id" = s."companyId";

UPDATE "Application"
SET "companyId" = (SELECT s."newCompanyId" FROM "_CompanySplit" s WHERE s."applicationId" = "Application"."id")
WHERE "id" IN (SELECT "applicationId" FROM "_CompanySplit");

DROP TABLE "_CompanySplit";

-- CreateIndex
CREATE INDEX "Company_corporateNumber_idx" ON "Company"("corporateNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Application_companyId_key" ON "Application"("companyId");
