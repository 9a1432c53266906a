-- CreateTable
CREATE TABLE "SmeLink" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdBy" TEXT NOT NULL,
    CONSTRAINT "SmeLink_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- AddColumn (SQLite adds a column with a constant default in place; no table rebuild)
ALTER TABLE "Application" ADD COLUMN "contactLocale" TEXT NOT NULL DEFAULT 'ja';

-- CreateIndex
CREATE UNIQUE INDEX "SmeLink_tokenHash_key" ON "SmeLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SmeLink_applicationId_idx" ON "SmeLink"("applicationId");

