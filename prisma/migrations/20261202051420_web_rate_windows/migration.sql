-- CreateTable
CREATE TABLE "WebRateWindow" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "windowStart" DATETIME NOT NULL,
    "count" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "WebRateWindow_windowStart_idx" ON "WebRateWindow"("windowStart");

