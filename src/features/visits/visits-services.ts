import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { CasesService } from "../cases/cases-service.js";
import { ChecklistService } from "../cases/checklist-service.js";
import { DeliverablesService } from "../cases/deliverables-service.js";
import type { SmeVisitMails } from "../first-visits/sme-visit-mails.js";
import type { HonorariaService } from "../honoraria/honoraria-service.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import type { SmeCaseMails } from "../sme/sme-case-mails.js";
import type { SurveysService } from "../surveys/surveys-service.js";
import { reportData } from "../visit-reports/report-context.js";
import { VisitReportsService } from "../visit-reports/visit-reports-service.js";
import { VisitsService } from "./visits-service.js";

/**
 * The services of visits (scheduling), cases (cases, deliverables, checklist) and visit reports,
 * built together because reports use the checklist and honoraria; `services.visits` keeps one
 * property per service.
 */
export function buildVisitServices(deps: {
  db: Database;
  clock: Clock;
  notifier: Notifier;
  channels: SecretariatChannel;
  honoraria: HonorariaService;
  surveys: SurveyInviter;
  /** The SME's visit mails (null when the web side is off). */
  smeVisitMails?: SmeVisitMails | null;
  /** The SME's end-of-case mails (null when the web side is off). */
  smeCaseMails?: SmeCaseMails | null;
}) {
  const { db, clock, notifier, channels } = deps;
  const checklist = new ChecklistService(db, clock);
  return {
    schedule: new VisitsService(db, clock, notifier, deps.smeVisitMails ?? null),
    reports: new VisitReportsService({
      db,
      clock,
      notifier,
      channels,
      checklist,
      honoraria: deps.honoraria,
      surveys: deps.surveys,
      data: reportData(notifier),
    }),
    cases: new CasesService(db, clock, notifier, deps.surveys, deps.smeCaseMails ?? null),
    deliverables: new DeliverablesService(db, clock, notifier, channels),
    checklist,
  };
}

/** Sends the expert and SME surveys of a case that just completed (see features/surveys). */
export type SurveyInviter = Pick<SurveysService, "inviteForCase">;

export type VisitServices = ReturnType<typeof buildVisitServices>;
