-- AlterTable
ALTER TABLE "Program" ADD COLUMN "payerAccountNumber" TEXT;
ALTER TABLE "Program" ADD COLUMN "payerAccountType" TEXT;
ALTER TABLE "Program" ADD COLUMN "payerBankCode" TEXT;
ALTER TABLE "Program" ADD COLUMN "payerBranchCode" TEXT;
ALTER TABLE "Program" ADD COLUMN "payerCode" TEXT;
ALTER TABLE "Program" ADD COLUMN "payerNameKana" TEXT;

-- CreateTable
CREATE TABLE "ExpertBankAccount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expertId" INTEGER NOT NULL,
    "bankCode" TEXT NOT NULL,
    "branchCode" TEXT NOT NULL,
    "accountType" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "holderKana" TEXT NOT NULL,
    "payeeKind" TEXT NOT NULL,
    "invoiceNumber" TEXT,
    "submissionKey" TEXT,
    "updatedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExpertBankAccount_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpertBankAccount_expertId_key" ON "ExpertBankAccount"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertBankAccount_submissionKey_key" ON "ExpertBankAccount"("submissionKey");

