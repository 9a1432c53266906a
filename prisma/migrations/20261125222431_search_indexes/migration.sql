-- CreateTable
CREATE TABLE "ExpertNameVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "epoch" INTEGER NOT NULL DEFAULT 0
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Expert" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT,
    "slackUserId" TEXT,
    "nameKanji" TEXT NOT NULL,
    "nameKana" TEXT NOT NULL,
    "qualification" TEXT NOT NULL,
    "rissNumber" TEXT,
    "prefecture" INTEGER,
    "coveredPrefectures" TEXT NOT NULL DEFAULT '[]',
    "industries" TEXT NOT NULL DEFAULT '[]',
    "capacity" INTEGER NOT NULL DEFAULT 3,
    "profile" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "statusReason" TEXT,
    "registeredOn" TEXT NOT NULL,
    "approvedAt" DATETIME,
    "approvedBy" TEXT,
    "reviewMessageTs" TEXT,
    "reviewChannelId" TEXT,
    "nameVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Expert" ("approvedAt", "approvedBy", "capacity", "coveredPrefectures", "createdAt", "email", "externalId", "id", "industries", "nameKana", "nameKanji", "phone", "prefecture", "profile", "qualification", "registeredOn", "reviewChannelId", "reviewMessageTs", "rissNumber", "slackUserId", "status", "statusReason", "updatedAt") SELECT "approvedAt", "approvedBy", "capacity", "coveredPrefectures", "createdAt", "email", "externalId", "id", "industries", "nameKana", "nameKanji", "phone", "prefecture", "profile", "qualification", "registeredOn", "reviewChannelId", "reviewMessageTs", "rissNumber", "slackUserId", "status", "statusReason", "updatedAt" FROM "Expert";
DROP TABLE "Expert";
ALTER TABLE "new_Expert" RENAME TO "Expert";
CREATE UNIQUE INDEX "Expert_externalId_key" ON "Expert"("externalId");
CREATE UNIQUE INDEX "Expert_slackUserId_key" ON "Expert"("slackUserId");
CREATE INDEX "Expert_status_idx" ON "Expert"("status");
CREATE INDEX "Expert_prefecture_idx" ON "Expert"("prefecture");
CREATE INDEX "Expert_status_nameKana_nameKanji_prefecture_idx" ON "Expert"("status", "nameKana", "nameKanji", "prefecture");
CREATE INDEX "Expert_nameVersion_idx" ON "Expert"("nameVersion");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Application_programId_status_receivedOn_idx" ON "Application"("programId", "status", "receivedOn");


-- ExpertNameVersion has one row; triggers move it with every change the expert name search
-- depends on and stamp the changed expert, so the search index reloads only what changed.
INSERT INTO "ExpertNameVersion" ("id", "version", "epoch") VALUES (1, 0, 0);

CREATE TRIGGER "Expert_name_version_insert" AFTER INSERT ON "Expert"
BEGIN
  UPDATE "ExpertNameVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  UPDATE "Expert" SET "nameVersion" = (SELECT "version" FROM "ExpertNameVersion" WHERE "id" = 1) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Expert_name_version_update" AFTER UPDATE OF "nameKanji", "nameKana", "prefecture", "status" ON "Expert"
WHEN OLD."nameKanji" IS NOT NEW."nameKanji" OR OLD."nameKana" IS NOT NEW."nameKana"
  OR OLD."prefecture" IS NOT NEW."prefecture" OR OLD."status" IS NOT NEW."status"
BEGIN
  UPDATE "ExpertNameVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  UPDATE "Expert" SET "nameVersion" = (SELECT "version" FROM "ExpertNameVersion" WHERE "id" = 1) WHERE "id" = NEW."id";
END;

CREATE TRIGGER "Expert_name_version_delete" AFTER DELETE ON "Expert"
BEGIN
  UPDATE "ExpertNameVersion" SET "version" = "version" + 1, "epoch" = abs(random() % 2147483647) WHERE "id" = 1;
END;
