-- AlterTable
ALTER TABLE "HonorariumBatch" ADD COLUMN "noticesQueuedAt" DATETIME;

-- CreateTable
CREATE TABLE "TravelExpense" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "visitId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "amountYen" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "receiptFileId" TEXT,
    "receiptUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "returnReason" TEXT,
    "submittedBy" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "reviewedBy" TEXT,
    "reviewedAt" DATETIME,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "submissionKey" TEXT,
    CONSTRAINT "TravelExpense_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Program" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "applyFrom" TEXT NOT NULL,
    "applyUntil" TEXT NOT NULL,
    "visitsPerCase" INTEGER NOT NULL DEFAULT 4,
    "reportDueBusinessDays" INTEGER NOT NULL DEFAULT 5,
    "honorariumRissYen" INTEGER NOT NULL DEFAULT 30000,
    "honorariumItcYen" INTEGER NOT NULL DEFAULT 30000,
    "reminderTime" TEXT NOT NULL DEFAULT '09:00',
    "digestWeekday" INTEGER NOT NULL DEFAULT 1,
    "digestTime" TEXT NOT NULL DEFAULT '09:00',
    "secretariatChannelId" TEXT,
    "digestChannelId" TEXT,
    "yearEndClosureFrom" TEXT NOT NULL DEFAULT '12-29',
    "yearEndClosureUntil" TEXT NOT NULL DEFAULT '01-03',
    "proposalStaleDays" INTEGER NOT NULL DEFAULT 5,
    "visitGapDays" INTEGER NOT NULL DEFAULT 21,
    "surveyReminderDays" INTEGER NOT NULL DEFAULT 5,
    "defaultCandidateCount" INTEGER NOT NULL DEFAULT 3,
    "rankingWeights" TEXT NOT NULL DEFAULT '{}',
    "withholdingRateBp" INTEGER NOT NULL DEFAULT 1021,
    "withholdingHighRateBp" INTEGER NOT NULL DEFAULT 2042,
    "withholdingThresholdYen" INTEGER NOT NULL DEFAULT 1000000,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Program" ("applyFrom", "applyUntil", "createdAt", "current", "defaultCandidateCount", "digestChannelId", "digestTime", "digestWeekday", "endDate", "honorariumItcYen", "honorariumRissYen", "id", "name", "proposalStaleDays", "rankingWeights", "reminderTime", "reportDueBusinessDays", "secretariatChannelId", "startDate", "surveyReminderDays", "updatedAt", "visitGapDays", "visitsPerCase", "yearEndClosureFrom", "yearEndClosureUntil") SELECT "applyFrom", "applyUntil", "createdAt", "current", "defaultCandidateCount", "digestChannelId", "digestTime", "digestWeekday", "endDate", "honorariumItcYen", "honorariumRissYen", "id", "name", "proposalStaleDays", "rankingWeights", "reminderTime", "reportDueBusinessDays", "secretariatChannelId", "startDate", "surveyReminderDays", "updatedAt", "visitGapDays", "visitsPerCase", "yearEndClosureFrom", "yearEndClosureUntil" FROM "Program";
DROP TABLE "Program";
ALTER TABLE "new_Program" RENAME TO "Program";
CREATE TABLE "new_HonorariumLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "visitId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "amountYen" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'payable',
    "batchId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" DATETIME,
    "travelYen" INTEGER NOT NULL DEFAULT 0,
    "withheldYen" INTEGER NOT NULL DEFAULT 0,
    "netYen" INTEGER NOT NULL DEFAULT 0,
    "payeeKind" TEXT,
    CONSTRAINT "HonorariumLine_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HonorariumLine_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HonorariumLine_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "HonorariumBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_HonorariumLine" ("amountYen", "batchId", "createdAt", "expertId", "id", "paidAt", "status", "visitId") SELECT "amountYen", "batchId", "createdAt", "expertId", "id", "paidAt", "status", "visitId" FROM "HonorariumLine";
DROP TABLE "HonorariumLine";
ALTER TABLE "new_HonorariumLine" RENAME TO "HonorariumLine";
CREATE UNIQUE INDEX "HonorariumLine_visitId_key" ON "HonorariumLine"("visitId");
CREATE INDEX "HonorariumLine_expertId_status_idx" ON "HonorariumLine"("expertId", "status");
CREATE INDEX "HonorariumLine_status_idx" ON "HonorariumLine"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "TravelExpense_visitId_key" ON "TravelExpense"("visitId");

-- CreateIndex
CREATE UNIQUE INDEX "TravelExpense_submissionKey_key" ON "TravelExpense"("submissionKey");

-- CreateIndex
CREATE INDEX "TravelExpense_status_idx" ON "TravelExpense"("status");

-- CreateIndex
CREATE INDEX "TravelExpense_expertId_idx" ON "TravelExpense"("expertId");


-- Back-fill: lines paid or payable before withholding existed were paid gross.
UPDATE "HonorariumLine" SET "netYen" = "amountYen";
-- Batches paid before notices existed were told by DM then: no notice to send now.
UPDATE "HonorariumBatch" SET "noticesQueuedAt" = "createdAt";
