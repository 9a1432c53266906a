-- CreateTable
CREATE TABLE "ExpertProgramConfirmation" (
    "id" SERIAL NOT NULL,
    "expertId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,
    "capacity" INTEGER NOT NULL,
    "coveredPrefectures" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3) NOT NULL,
    "how" TEXT NOT NULL DEFAULT 'as_is',

    CONSTRAINT "ExpertProgramConfirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExpertProgramConfirmation_programId_idx" ON "ExpertProgramConfirmation"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertProgramConfirmation_expertId_programId_key" ON "ExpertProgramConfirmation"("expertId", "programId");

-- AddForeignKey
ALTER TABLE "ExpertProgramConfirmation" ADD CONSTRAINT "ExpertProgramConfirmation_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertProgramConfirmation" ADD CONSTRAINT "ExpertProgramConfirmation_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

