-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "shortageHorizonDays" INTEGER NOT NULL DEFAULT 14;

