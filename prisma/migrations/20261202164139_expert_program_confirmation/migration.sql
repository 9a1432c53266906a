-- CreateTable
CREATE TABLE "ExpertProgramConfirmation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "expertId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "coveredPrefectures" TEXT NOT NULL,
    "confirmedAt" DATETIME NOT NULL,
    "how" TEXT NOT NULL DEFAULT 'as_is',
    CONSTRAINT "ExpertProgramConfirmation_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ExpertProgramConfirmation_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ExpertProgramConfirmation_programId_idx" ON "ExpertProgramConfirmation"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertProgramConfirmation_expertId_programId_key" ON "ExpertProgramConfirmation"("expertId", "programId");

