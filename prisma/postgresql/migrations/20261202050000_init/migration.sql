-- CreateTable
CREATE TABLE "Program" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecretariatMember" (
    "id" SERIAL NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "addedBy" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecretariatMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlackUser" (
    "slackUserId" TEXT NOT NULL,
    "locale" TEXT,
    "realName" TEXT,
    "snoozeFrom" TEXT,
    "snoozeUntil" TEXT,
    "weeklySummaryOptIn" BOOLEAN NOT NULL DEFAULT false,
    "fetchedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackUser_pkey" PRIMARY KEY ("slackUserId")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" SERIAL NOT NULL,
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
    "approvedAt" TIMESTAMP(3),
    "approvedBy" TEXT,
    "reviewMessageTs" TEXT,
    "reviewChannelId" TEXT,
    "nameVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertNameVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "epoch" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ExpertNameVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Company" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nameKana" TEXT NOT NULL DEFAULT '',
    "corporateNumber" TEXT,
    "industry" TEXT NOT NULL,
    "capitalYen" DOUBLE PRECISION,
    "employees" INTEGER,
    "prefecture" INTEGER NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Company_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" SERIAL NOT NULL,
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
    "contactLocale" TEXT NOT NULL DEFAULT 'ja',
    "recruiterExpertId" INTEGER,
    "scheduleWishes" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'received',
    "invalidReason" TEXT,
    "eligibilityOverride" BOOLEAN NOT NULL DEFAULT false,
    "duplicateOverride" BOOLEAN NOT NULL DEFAULT false,
    "submittedBy" TEXT,
    "screenedBy" TEXT,
    "screenedAt" TIMESTAMP(3),
    "chosenExpertId" INTEGER,
    "chosenVia" TEXT,
    "chosenNote" TEXT,
    "chosenAt" TIMESTAMP(3),
    "submissionKey" TEXT,
    "queueMessageTs" TEXT,
    "queueChannelId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdBy" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedBy" TEXT,
    "chosenExpertId" INTEGER,
    "submissionKey" TEXT,
    "messageRefs" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProposalCandidate" (
    "id" SERIAL NOT NULL,
    "proposalId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "reasons" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "ProposalCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "approvedBy" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL,
    "approvedOn" TEXT NOT NULL,
    "firstVisitTarget" TEXT,
    "capacityOverride" BOOLEAN NOT NULL DEFAULT false,
    "completedOn" TEXT,
    "completionReason" TEXT,
    "terminatedOn" TEXT,
    "terminationReason" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseAssignment" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "fromAt" TIMESTAMP(3) NOT NULL,
    "untilAt" TIMESTAMP(3),
    "reason" TEXT,
    "by" TEXT NOT NULL,

    CONSTRAINT "CaseAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "scheduledAt" TIMESTAMP(3),
    "mode" TEXT NOT NULL DEFAULT 'onsite',
    "place" TEXT NOT NULL DEFAULT '',
    "heldOn" TEXT,
    "durationMinutes" INTEGER,
    "reportDueOn" TEXT,
    "changeReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FirstVisitProposal" (
    "id" SERIAL NOT NULL,
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
    "answeredAt" TIMESTAMP(3),
    "visitId" INTEGER,
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FirstVisitProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitReport" (
    "id" SERIAL NOT NULL,
    "visitId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "content" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedBy" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedBy" TEXT,
    "reviewComment" TEXT,
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" SERIAL NOT NULL,
    "number" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "textJa" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deliverable" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "fileId" TEXT,
    "url" TEXT,
    "title" TEXT NOT NULL DEFAULT '',
    "submittedBy" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedBy" TEXT,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "Deliverable_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonorariumBatch" (
    "id" SERIAL NOT NULL,
    "paidOn" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HonorariumBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonorariumLine" (
    "id" SERIAL NOT NULL,
    "visitId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "amountYen" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'payable',
    "batchId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidAt" TIMESTAMP(3),

    CONSTRAINT "HonorariumLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyForm" (
    "id" SERIAL NOT NULL,
    "audience" TEXT NOT NULL,
    "questions" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SurveyForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "audience" TEXT NOT NULL,
    "respondentSlackId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'invited',
    "answers" TEXT NOT NULL DEFAULT '{}',
    "enteredBy" TEXT,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "lastReminderAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefingSession" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BriefingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefingRegistration" (
    "id" SERIAL NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "expertId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT false,
    "waitlistPos" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BriefingRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" SERIAL NOT NULL,
    "questionJa" TEXT NOT NULL,
    "answerJa" TEXT NOT NULL,
    "questionEn" TEXT NOT NULL DEFAULT '',
    "answerEn" TEXT NOT NULL DEFAULT '',
    "keywords" TEXT NOT NULL DEFAULT '',
    "createdBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FaqEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticket" (
    "id" SERIAL NOT NULL,
    "askerSlackId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "answer" TEXT,
    "answeredBy" TEXT,
    "answeredAt" TIMESTAMP(3),
    "faqEntryId" INTEGER,
    "messageTs" TEXT,
    "channelId" TEXT,
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionStat" (
    "prefecture" INTEGER NOT NULL,
    "enterprises" INTEGER NOT NULL,
    "metro" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RegionStat_pkey" PRIMARY KEY ("prefecture")
);

-- CreateTable
CREATE TABLE "SmeLink" (
    "id" SERIAL NOT NULL,
    "applicationId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tokenSeed" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdBy" TEXT NOT NULL,

    CONSTRAINT "SmeLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "resultTs" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" SERIAL NOT NULL,
    "segment" TEXT NOT NULL,
    "segmentParam" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdBy" TEXT NOT NULL,
    "submissionKey" TEXT NOT NULL,
    "sentBy" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementRecipient" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "AnnouncementRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" SERIAL NOT NULL,
    "job" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "detail" TEXT,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessedRequest" (
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedRequest_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
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
CREATE INDEX "Expert_status_nameKana_nameKanji_prefecture_idx" ON "Expert"("status", "nameKana", "nameKanji", "prefecture");

-- CreateIndex
CREATE INDEX "Expert_nameVersion_idx" ON "Expert"("nameVersion");

-- CreateIndex
CREATE INDEX "Company_prefecture_name_idx" ON "Company"("prefecture", "name");

-- CreateIndex
CREATE INDEX "Company_corporateNumber_idx" ON "Company"("corporateNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Application_externalId_key" ON "Application"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_companyId_key" ON "Application"("companyId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_submissionKey_key" ON "Application"("submissionKey");

-- CreateIndex
CREATE INDEX "Application_status_idx" ON "Application"("status");

-- CreateIndex
CREATE INDEX "Application_programId_receivedOn_idx" ON "Application"("programId", "receivedOn");

-- CreateIndex
CREATE INDEX "Application_programId_status_receivedOn_idx" ON "Application"("programId", "status", "receivedOn");

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
CREATE UNIQUE INDEX "FirstVisitProposal_submissionKey_key" ON "FirstVisitProposal"("submissionKey");

-- CreateIndex
CREATE INDEX "FirstVisitProposal_caseId_status_idx" ON "FirstVisitProposal"("caseId", "status");

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
CREATE UNIQUE INDEX "SmeLink_tokenHash_key" ON "SmeLink"("tokenHash");

-- CreateIndex
CREATE INDEX "SmeLink_applicationId_idx" ON "SmeLink"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_key_key" ON "OutboxMessage"("key");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_submissionKey_key" ON "Announcement"("submissionKey");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncementRecipient_outboxKey_key" ON "AnnouncementRecipient"("outboxKey");

-- CreateIndex
CREATE INDEX "AnnouncementRecipient_announcementId_status_idx" ON "AnnouncementRecipient"("announcementId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncementRecipient_announcementId_address_key" ON "AnnouncementRecipient"("announcementId", "address");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_period_key" ON "JobRun"("job", "period");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_recruiterExpertId_fkey" FOREIGN KEY ("recruiterExpertId") REFERENCES "Expert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_chosenExpertId_fkey" FOREIGN KEY ("chosenExpertId") REFERENCES "Expert"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCandidate" ADD CONSTRAINT "ProposalCandidate_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalCandidate" ADD CONSTRAINT "ProposalCandidate_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAssignment" ADD CONSTRAINT "CaseAssignment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAssignment" ADD CONSTRAINT "CaseAssignment_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirstVisitProposal" ADD CONSTRAINT "FirstVisitProposal_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitReport" ADD CONSTRAINT "VisitReport_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deliverable" ADD CONSTRAINT "Deliverable_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonorariumLine" ADD CONSTRAINT "HonorariumLine_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonorariumLine" ADD CONSTRAINT "HonorariumLine_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonorariumLine" ADD CONSTRAINT "HonorariumLine_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "HonorariumBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingSession" ADD CONSTRAINT "BriefingSession_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingRegistration" ADD CONSTRAINT "BriefingRegistration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "BriefingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefingRegistration" ADD CONSTRAINT "BriefingRegistration_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmeLink" ADD CONSTRAINT "SmeLink_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementRecipient" ADD CONSTRAINT "AnnouncementRecipient_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ExpertNameVersion has one row; triggers move it with every change the expert name search
-- depends on and stamp the changed expert, so each instance's in-memory name index reloads only
-- what changed, whichever instance (or `desk` command) wrote it. The row lock on it orders the
-- stamps: a reader never sees a version before the expert rows stamped with it are committed.
-- A transaction takes one version for all the experts it changes (kept in a transaction-local
-- setting): updating that one row once per expert would make a bulk import quadratic, as each
-- update in a transaction walks all the row's earlier versions of it.
INSERT INTO "ExpertNameVersion" ("id", "version", "epoch") VALUES (1, 0, 0);

CREATE FUNCTION "expert_name_version_stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  taken text := current_setting('desk.expert_name_version', true);
BEGIN
  IF taken IS NULL OR taken = '' THEN
    UPDATE "ExpertNameVersion" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version" INTO NEW."nameVersion";
    PERFORM set_config('desk.expert_name_version', NEW."nameVersion"::text, true);
  ELSE
    NEW."nameVersion" := taken::integer;
  END IF;
  RETURN NEW;
END
$$;

CREATE FUNCTION "expert_name_version_reload"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ExpertNameVersion" SET "version" = "version" + 1, "epoch" = floor(random() * 2147483647)::integer WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Expert_name_version_insert" BEFORE INSERT ON "Expert"
FOR EACH ROW EXECUTE FUNCTION "expert_name_version_stamp"();

CREATE TRIGGER "Expert_name_version_update" BEFORE UPDATE OF "nameKanji", "nameKana", "prefecture", "status" ON "Expert"
FOR EACH ROW WHEN (OLD."nameKanji" IS DISTINCT FROM NEW."nameKanji" OR OLD."nameKana" IS DISTINCT FROM NEW."nameKana"
  OR OLD."prefecture" IS DISTINCT FROM NEW."prefecture" OR OLD."status" IS DISTINCT FROM NEW."status")
EXECUTE FUNCTION "expert_name_version_stamp"();

CREATE TRIGGER "Expert_name_version_delete" AFTER DELETE ON "Expert"
FOR EACH STATEMENT EXECUTE FUNCTION "expert_name_version_reload"();
