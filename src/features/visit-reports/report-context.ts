import type { Database } from "../../db/client.js";
import { isFinalRound, takesSelfDiagnosis } from "../../domain/curriculum.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import type { ChecklistItem } from "../cases/checklist-repository.js";
import type { ChecklistService } from "../cases/checklist-service.js";
import type { HonorariaService } from "../honoraria/honoraria-service.js";
import type { Notifier } from "../outbox/notifier.js";
import type { Program } from "../program/program-service.js";
import type { SurveyInviter } from "../visits/visits-services.js";
import { visitReportErrors } from "./visit-reports.texts.js";

/** What the visit-report use cases (writing, reviewing) share. */
export type ReportDeps = {
  db: Database;
  clock: Clock;
  notifier: Notifier;
  channels: { secretariat: () => Promise<string> };
  checklist: Pick<ChecklistService, "items">;
  honoraria: Pick<HonorariaService, "createLineForVisit">;
  surveys: SurveyInviter;
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
