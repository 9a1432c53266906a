-- AlterTable
ALTER TABLE "SmeLink" ADD COLUMN "tokenSeed" TEXT;

