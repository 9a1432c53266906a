-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "payerAccountNumber" TEXT,
ADD COLUMN     "payerAccountType" TEXT,
ADD COLUMN     "payerBankCode" TEXT,
ADD COLUMN     "payerBranchCode" TEXT,
ADD COLUMN     "payerCode" TEXT,
ADD COLUMN     "payerNameKana" TEXT;

-- CreateTable
CREATE TABLE "ExpertBankAccount" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpertBankAccount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpertBankAccount_expertId_key" ON "ExpertBankAccount"("expertId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertBankAccount_submissionKey_key" ON "ExpertBankAccount"("submissionKey");

-- AddForeignKey
ALTER TABLE "ExpertBankAccount" ADD CONSTRAINT "ExpertBankAccount_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

