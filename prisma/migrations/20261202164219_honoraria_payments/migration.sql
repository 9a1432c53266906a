-- AlterTable (added, not redefined: the Program table carries other migrations' columns)
ALTER TABLE "Program" ADD COLUMN "withholdingRateBp" INTEGER NOT NULL DEFAULT 1021;
ALTER TABLE "Program" ADD COLUMN "withholdingHighRateBp" INTEGER NOT NULL DEFAULT 2042;
ALTER TABLE "Program" ADD COLUMN "withholdingThresholdYen" INTEGER NOT NULL DEFAULT 1000000;

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
