import type { Database, DbClient } from "../../db/client.js";
import { isFinalRound, takesSelfDiagnosis } from "../../domain/curriculum.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both, type Locale } from "../../lib/i18n.js";
import { writeAudit } from "../audit/audit-repository.js";
import { localeOf, requireProgram } from "../cases/case-access.js";
import { type CaseRecord, closeCase, findCase } from "../cases/cases-repository.js";
import type { ChecklistItem } from "../cases/checklist-repository.js";
import type { ChecklistService } from "../cases/checklist-service.js";
import { findExpertById } from "../experts/experts-repository.js";
import { closeMediationByVisit } from "../first-visits/close-mediation.js";
import type { HonorariaService } from "../honoraria/honoraria-service.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import type { Program } from "../program/program-service.js";
import { createVisit, findVisit, listVisitsOfCase, transitionVisit } from "../visits/visits-repository.js";
import type { SurveyInviter } from "../visits/visits-services.js";
import { visitReportErrors } from "./visit-reports.texts.js";
import {
  createReport,
  findLatestReport,
  findReport,
  findReportBySubmissionKey,
  listReportsAwaitingReview,
  updateReport,
} from "./visit-reports-repository.js";

/**
 * Every read and write of the visit-report use cases, each inside the transaction it is given:
 * the repositories in the app (reportData), hand-written fakes in the unit tests.
 */
export type ReportData = {
  findCase: typeof findCase;
  /** The case's program; refuses when there is none. */
  programOf: (db: DbClient, programId: number) => Promise<Program>;
  /** The language to write to an expert in. */
  localeOf: (db: DbClient, slackUserId: string | null) => Promise<Locale>;
  findExpert: (db: DbClient, expertId: number) => Promise<{ qualification: string; slackUserId: string | null } | null>;
  closeCase: typeof closeCase;
  listVisitsOfCase: typeof listVisitsOfCase;
  findVisit: typeof findVisit;
  createVisit: typeof createVisit;
  transitionVisit: typeof transitionVisit;
  findReport: typeof findReport;
  findReportBySubmissionKey: typeof findReportBySubmissionKey;
  findLatestReport: typeof findLatestReport;
  createReport: typeof createReport;
  updateReport: typeof updateReport;
  listReportsAwaitingReview: typeof listReportsAwaitingReview;
  writeAudit: typeof writeAudit;
  /** Planning or logging visit 1 ends the case's open first-visit mediation. */
  closeMediation: (db: DbClient, c: CaseRecord, visitId: number, by: string, at: Date) => Promise<void>;
};

/** The visit-report use cases' data in the app: the repositories of each feature. */
export function reportData(notifier: Notifier): ReportData {
  return {
    findCase,
    programOf: (db, programId) => requireProgram(db, programId),
    localeOf,
    findExpert: findExpertById,
    closeCase,
    listVisitsOfCase,
    findVisit,
    createVisit,
    transitionVisit,
    findReport,
    findReportBySubmissionKey,
    findLatestReport,
    createReport,
    updateReport,
    listReportsAwaitingReview,
    writeAudit,
    closeMediation: (db, c, visitId, by, at) => closeMediationByVisit(db, notifier, c, visitId, by, at),
  };
}

/** What the visit-report use cases (writing, reviewing) share. */
export type ReportDeps = {
  db: Pick<Database, "client" | "transaction">;
  clock: Clock;
  notifier: Pick<Notifier, "post" | "dm" | "update" | "kick">;
  channels: SecretariatChannel;
  checklist: Pick<ChecklistService, "items">;
  honoraria: Pick<HonorariaService, "createLineForVisit">;
  surveys: SurveyInviter;
  data: ReportData;
};

/** The outbox key of a report's review message in the secretariat channel. */
export const reviewKey = (reportId: number) => `report:${reportId}:review`;

/** The self-diagnosis checklist a round's report carries (round 1 and the last round), else none. */
export async function checklistFor(deps: ReportDeps, round: number, program: Program): Promise<ChecklistItem[]> {
  return takesSelfDiagnosis(round) || isFinalRound(round, program.visitsPerCase) ? deps.checklist.items() : [];
}

export function reportNotFound(): AppError {
  return new AppError(
    "not_found",
    both(visitReportErrors, (t) => t.reportNotFound),
  );
}
