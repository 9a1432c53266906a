-- CreateTable
CREATE TABLE "FirstVisitProposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "proposedBy" TEXT NOT NULL,
    "proposedAs" TEXT NOT NULL,
    "options" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'onsite',
    "place" TEXT NOT NULL DEFAULT '',
    "noteToSme" TEXT NOT NULL DEFAULT '',
    "chosenOption" INTEGER,
    "answeredVia" TEXT,
    "answeredBy" TEXT,
    "answerChannel" TEXT,
    "answerNote" TEXT,
    "answeredAt" DATETIME,
    "visitId" INTEGER,
    "submissionKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FirstVisitProposal_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "FirstVisitProposal_submissionKey_key" ON "FirstVisitProposal"("submissionKey");

-- CreateIndex
CREATE INDEX "FirstVisitProposal_caseId_status_idx" ON "FirstVisitProposal"("caseId", "status");

