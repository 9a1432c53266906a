-- CreateTable
CREATE TABLE "WebRateWindow" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "WebRateWindow_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "WebRateWindow_windowStart_idx" ON "WebRateWindow"("windowStart");

