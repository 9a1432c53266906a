-- CreateTable
CREATE TABLE "Program" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "endDate" TEXT NOT NULL,
    "applyFrom" TEXT NOT NULL,
    "applyUntil" TEXT NOT NULL,
    "visitsPerCase" INTEGER NOT NULL DEFAULT 4,
    "reportDueBusinessDays" INTEGER NOT NULL DEFAULT 5,
    "honorariumRissYen" INTEGER NOT NULL DEFAULT 30000,
    "honorariumItcYen" INTEGER NOT NULL DEFAULT 30000,
    "reminderTime" TEXT NOT NULL DEFAULT '09:00',
    "digestWeekday" INTEGER NOT NULL DEFAULT 1,
    "digestTime" TEXT NOT NULL DEFAULT '09:00',
    "secretariatChannelId" TEXT,
    "digestChannelId" TEXT,
    "yearEndClosureFrom" TEXT NOT NULL DEFAULT '12-29',
    "yearEndClosureUntil" TEXT NOT NULL DEFAULT '01-03',
    "proposalStaleDays" INTEGER NOT NULL DEFAULT 5,
    "visitGapDays" INTEGER NOT NULL DEFAULT 21,
    "surveyReminderDays" INTEGER NOT NULL DEFAULT 5,
    "defaultCandidateCount" INTEGER NOT NULL DEFAULT 3,
    "rankingWeights" TEXT NOT NULL DEFAULT '{}',
    "current" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SecretariatMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slackUserId" TEXT NOT NULL,
    "addedBy" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SlackUser" (
    "slackUserId" TEXT NOT NULL PRIMARY KEY,
    "locale" TEXT,
    "realName" TEXT,
    "snoozeFrom" TEXT,
    "snoozeUntil" TEXT,
    "weeklySummaryOptIn" BOOLEAN NOT NULL DEFAULT false,
    "fetchedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT,
    "slackUserId" TEXT,
    "nameKanji" TEXT NOT NULL,
    "nameKana" TEXT NOT NULL,
    "qualification" TEXT NOT NULL,
    "rissNumber" TEXT,
    "prefecture" INTEGER,
    "coveredPrefectures" TEXT NOT NULL DEFAULT '[]',
    "industries" TEXT NOT NULL DEFAULT '[]',
    "capacity" INTEGER NOT NULL DEFAULT 3,
    "profile" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "statusReason" TEXT,
    "registeredOn" TEXT NOT NULL,
    "approvedAt" DATETIME,
    "approvedBy" TEXT,
    "reviewMessageTs" TEXT,
    "reviewChannelId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Company" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "nameKana" TEXT NOT NULL DEFAULT '',
    "corporateNumber" TEXT,
    "industry" TEXT NOT NULL,
    "capitalYen" REAL,
    "employees" INTEGER,
    "prefecture" INTEGER NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Application" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT,
    "programId" INTEGER NOT NULL,
    "companyId" INTEGER NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "heardFrom" TEXT NOT NULL DEFAULT '',
    "contactName" TEXT NOT NULL,
    "contactTitle" TEXT NOT NULL DEFAULT '',
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "contactSlackUserId" TEXT,
    "recruiterExpertId" INTEGER,
    "scheduleWishes" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'received',
    "invalidReason" TEXT,
    "eligibilityOverride" BOOLEAN NOT NULL DEFAULT false,
    "duplicateOverride" BOOLEAN NOT NULL DEFAULT false,
    "submittedBy" TEXT,
    "screenedBy" TEXT,
    "screenedAt" DATETIME,
    "chosenExpertId" INTEGER,
    "chosenVia" TEXT,
    "chosenNote" TEXT,
    "chosenAt" DATETIME,
    "submissionKey" TEXT,
    "queueMessageTs" TEXT,
    "queueChannelId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Application_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Application_recruiterExpertId_fkey" FOREIGN KEY ("recruiterExpertId") REFERENCES "Expert" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Application_chosenExpertId_fkey" FOREIGN KEY ("chosenExpertId") REFERENCES "Expert" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdBy" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedBy" TEXT,
    "chosenExpertId" INTEGER,
    "submissionKey" TEXT,
    "messageRefs" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Proposal_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProposalCandidate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "proposalId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" REAL NOT NULL,
    "reasons" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "ProposalCandidate_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ProposalCandidate_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Case" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programId" INTEGER NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "approvedBy" TEXT NOT NULL,
    "approvedAt" DATETIME NOT NULL,
    "approvedOn" TEXT NOT NULL,
    "firstVisitTarget" TEXT,
    "capacityOverride" BOOLEAN NOT NULL DEFAULT false,
    "completedOn" TEXT,
    "completionReason" TEXT,
    "terminatedOn" TEXT,
    "terminationReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Case_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Case_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseAssignment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "fromAt" DATETIME NOT NULL,
    "untilAt" DATETIME,
    "reason" TEXT,
    "by" TEXT NOT NULL,
    CONSTRAINT "CaseAssignment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CaseAssignment_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "scheduledAt" DATETIME,
    "mode" TEXT NOT NULL DEFAULT 'onsite',
    "place" TEXT NOT NULL DEFAULT '',
    "heldOn" TEXT,
    "durationMinutes" INTEGER,
    "reportDueOn" TEXT,
    "changeReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Visit_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VisitReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "visitId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "content" TEXT NOT NULL,
    "submittedAt" DATETIME,
    "submittedBy" TEXT,
    "reviewedAt" DATETIME,
    "reviewedBy" TEXT,
    "reviewComment" TEXT,
    "submissionKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "VisitReport_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "textJa" TEXT NOT NULL,
    "textEn" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Deliverable" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "fileId" TEXT,
    "url" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "submittedBy" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedBy" TEXT,
    "reviewedAt" DATETIME,
    CONSTRAINT "Deliverable_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HonorariumBatch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "paidOn" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "submissionKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "HonorariumLine" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "visitId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "amountYen" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'payable',
    "batchId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" DATETIME,
    CONSTRAINT "HonorariumLine_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HonorariumLine_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "HonorariumLine_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "HonorariumBatch" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SurveyForm" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "audience" TEXT NOT NULL,
    "questions" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "caseId" INTEGER NOT NULL,
    "audience" TEXT NOT NULL,
    "respondentSlackId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'invited',
    "answers" TEXT NOT NULL DEFAULT '{}',
    "enteredBy" TEXT,
    "invitedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" DATETIME,
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "lastReminderAt" DATETIME,
    "closedAt" DATETIME,
    CONSTRAINT "SurveyResponse_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BriefingSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "programId" INTEGER NOT NULL,
    "heldOn" TEXT NOT NULL,
    "startTime" TEXT NOT NULL DEFAULT '14:00',
    "city" TEXT NOT NULL,
    "venue" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "videoUrl" TEXT,
    "videoViews" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'open',
    "cancelReason" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BriefingSession_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BriefingRegistration" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "waitlistPos" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BriefingRegistration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BriefingSession" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BriefingRegistration_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "questionJa" TEXT NOT NULL,
    "answerJa" TEXT NOT NULL,
    "questionEn" TEXT NOT NULL DEFAULT '',
    "answerEn" TEXT NOT NULL DEFAULT '',
    "keywords" TEXT NOT NULL DEFAULT '',
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "askerSlackId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "answer" TEXT,
    "answeredBy" TEXT,
    "answeredAt" DATETIME,
    "faqEntryId" INTEGER,
    "messageTs" TEXT,
    "channelId" TEXT,
    "submissionKey" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RegionStat" (
    "prefecture" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "enterprises" INTEGER NOT NULL,
    "metro" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "resultTs" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "detail" TEXT
);

-- CreateTable
CREATE TABLE "ProcessedRequest" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "SecretariatMember_slackUserId_key" ON "SecretariatMember"("slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Expert_externalId_key" ON "Expert"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Expert_slackUserId_key" ON "Expert"("slackUserId");

-- CreateIndex
CREATE INDEX "Expert_status_idx" ON "Expert"("status");

-- CreateIndex
CREATE INDEX "Expert_prefecture_idx" ON "Expert"("prefecture");

-- CreateIndex
CREATE UNIQUE INDEX "Company_corporateNumber_key" ON "Company"("corporateNumber");

-- CreateIndex
CREATE INDEX "Company_prefecture_name_idx" ON "Company"("prefecture", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Application_externalId_key" ON "Application"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");

-- CreateIndex
CREATE INDEX "Application_status_idx" ON "Application"("status");

-- CreateIndex
CREATE INDEX "Application_programId_receivedOn_idx" ON "Application"("programId", "receivedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_submissionKey_key" ON "Proposal"("submissionKey");

-- CreateIndex
CREATE INDEX "Proposal_applicationId_status_idx" ON "Proposal"("applicationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProposalCandidate_proposalId_expertId_key" ON "ProposalCandidate"("proposalId", "expertId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_applicationId_key" ON "Case"("applicationId");

-- CreateIndex
CREATE INDEX "Case_expertId_status_idx" ON "Case"("expertId", "status");

-- CreateIndex
CREATE INDEX "Case_status_idx" ON "Case"("status");

-- CreateIndex
CREATE INDEX "CaseAssignment_caseId_idx" ON "CaseAssignment"("caseId");

-- CreateIndex
CREATE INDEX "Visit_caseId_round_idx" ON "Visit"("caseId", "round");

-- CreateIndex
CREATE INDEX "Visit_heldOn_idx" ON "Visit"("heldOn");

-- CreateIndex
CREATE INDEX "Visit_status_idx" ON "Visit"("status");

-- CreateIndex
CREATE UNIQUE INDEX "VisitReport_submissionKey_key" ON "VisitReport"("submissionKey");

-- CreateIndex
CREATE INDEX "VisitReport_status_idx" ON "VisitReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "VisitReport_visitId_version_key" ON "VisitReport"("visitId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_number_key" ON "ChecklistItem"("number");

-- CreateIndex
CREATE INDEX "Deliverable_caseId_idx" ON "Deliverable"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "HonorariumBatch_submissionKey_key" ON "HonorariumBatch"("submissionKey");

-- CreateIndex
CREATE UNIQUE INDEX "HonorariumLine_visitId_key" ON "HonorariumLine"("visitId");

-- CreateIndex
CREATE INDEX "HonorariumLine_expertId_status_idx" ON "HonorariumLine"("expertId", "status");

-- CreateIndex
CREATE INDEX "HonorariumLine_status_idx" ON "HonorariumLine"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyForm_audience_key" ON "SurveyForm"("audience");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_caseId_audience_key" ON "SurveyResponse"("caseId", "audience");

-- CreateIndex
CREATE INDEX "BriefingSession_heldOn_idx" ON "BriefingSession"("heldOn");

-- CreateIndex
CREATE UNIQUE INDEX "BriefingRegistration_sessionId_expertId_key" ON "BriefingRegistration"("sessionId", "expertId");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_submissionKey_key" ON "Ticket"("submissionKey");

-- CreateIndex
CREATE INDEX "Ticket_status_idx" ON "Ticket"("status");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_key_key" ON "OutboxMessage"("key");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_period_key" ON "JobRun"("job", "period");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

