-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "withholdingHighRateBp" INTEGER NOT NULL DEFAULT 2042,
ADD COLUMN     "withholdingRateBp" INTEGER NOT NULL DEFAULT 1021,
ADD COLUMN     "withholdingThresholdYen" INTEGER NOT NULL DEFAULT 1000000;

-- AlterTable
ALTER TABLE "HonorariumBatch" ADD COLUMN     "noticesQueuedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "HonorariumLine" ADD COLUMN     "netYen" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "payeeKind" TEXT,
ADD COLUMN     "travelYen" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "withheldYen" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "TravelExpense" (
    "id" SERIAL NOT NULL,
    "visitId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "amountYen" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "receiptFileId" TEXT,
    "receiptUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "returnReason" TEXT,
    "submittedBy" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "reviewedBy" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "submissionKey" TEXT,

    CONSTRAINT "TravelExpense_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TravelExpense_visitId_key" ON "TravelExpense"("visitId");

-- CreateIndex
CREATE UNIQUE INDEX "TravelExpense_submissionKey_key" ON "TravelExpense"("submissionKey");

-- CreateIndex
CREATE INDEX "TravelExpense_status_idx" ON "TravelExpense"("status");

-- CreateIndex
CREATE INDEX "TravelExpense_expertId_idx" ON "TravelExpense"("expertId");

-- AddForeignKey
ALTER TABLE "TravelExpense" ADD CONSTRAINT "TravelExpense_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Back-fill: lines paid or payable before withholding existed were paid gross.
UPDATE "HonorariumLine" SET "netYen" = "amountYen";
-- Batches paid before notices existed were told by DM then: no notice to send now.
UPDATE "HonorariumBatch" SET "noticesQueuedAt" = "createdAt";
