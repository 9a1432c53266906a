-- CreateTable
CREATE TABLE "Announcement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "segment" TEXT NOT NULL,
    "segmentParam" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdBy" TEXT NOT NULL,
    "submissionKey" TEXT NOT NULL,
    "sentBy" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AnnouncementRecipient" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "announcementId" INTEGER NOT NULL,
    "address" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "expertId" INTEGER,
    "applicationId" INTEGER,
    "name" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'ja',
    "status" TEXT NOT NULL,
    "outboxKey" TEXT,
    CONSTRAINT "AnnouncementRecipient_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_submissionKey_key" ON "Announcement"("submissionKey");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncementRecipient_outboxKey_key" ON "AnnouncementRecipient"("outboxKey");

-- CreateIndex
CREATE INDEX "AnnouncementRecipient_announcementId_status_idx" ON "AnnouncementRecipient"("announcementId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncementRecipient_announcementId_address_key" ON "AnnouncementRecipient"("announcementId", "address");

