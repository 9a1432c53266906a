import type { Database } from "./db/client.js";
import { AnnouncementsService } from "./features/announcements/announcements-service.js";
import { ApplicationsService } from "./features/applications/applications-service.js";
import { BriefingsService } from "./features/briefings/briefings-service.js";
import { DigestService } from "./features/digest/digest-service.js";
import { ExpertsService } from "./features/experts/experts-service.js";
import { ExportsService } from "./features/exports/exports-service.js";
import { FinalReportDeliveryService, FinalReportService } from "./features/final-report/final-report-service.js";
import { FirstVisitService } from "./features/first-visits/first-visits-service.js";
import { SmeVisitMails } from "./features/first-visits/sme-visit-mails.js";
import { HelpdeskService } from "./features/helpdesk/helpdesk-service.js";
import { BankAccountService } from "./features/honoraria/bank/bank-account-service.js";
import { HonorariaService } from "./features/honoraria/honoraria-service.js";
import { TravelService } from "./features/honoraria/travel/travel-service.js";
import { ImportsService } from "./features/imports/imports-service.js";
import { MatchingService } from "./features/matching/matching-service.js";
import { RankingSettingsService } from "./features/matching/ranking-settings-service.js";
import { type DeliveryKick, Notifier } from "./features/outbox/notifier.js";
import type { OutboxDispatcher } from "./features/outbox/outbox-dispatcher.js";
import { OutboxService } from "./features/outbox/outbox-service.js";
import { CarryOverService } from "./features/program/carry-over-service.js";
import type { ChannelInspector } from "./features/program/channel-check.js";
import { programChannels } from "./features/program/program-channels.js";
import { ProgramService } from "./features/program/program-service.js";
import { ProgramYearsService } from "./features/program/program-years-service.js";
import { RemindersService } from "./features/reminders/reminders-service.js";
import { RolesService, type UserDirectory } from "./features/roles/roles-service.js";
import { ShortageService } from "./features/shortage/shortage-service.js";
import { SmeCaseMails } from "./features/sme/sme-case-mails.js";
import { SmeService, type SmeSettings } from "./features/sme/sme-service.js";
import { SurveysService } from "./features/surveys/surveys-service.js";
import { buildVisitServices } from "./features/visits/visits-services.js";
import type { Clock } from "./lib/clock.js";
import type { Logger } from "./lib/logger.js";

export type ServiceDeps<D extends DeliveryKick> = {
  db: Database;
  clock: Clock;
  logger: Logger;
  /**
   * Starts delivery of what the services queue, after they commit: the outbox dispatcher in the app
   * (and in `desk run`); nothing in the other CLI commands, whose messages the running app sends.
   */
  delivery: D;
  /** Looks up a Slack user's language and name (users.info). */
  directory: UserDirectory;
  /** Checks a channel before it becomes a program channel (conversations.info); null: cannot ask Slack. */
  channelInspector: ChannelInspector | null;
  /** The environment's channels: they stand in for empty program settings (see programChannels). */
  channelFallback: { secretariat: string | null; digest: string | null };
  /** Whether the outbox can send e-mail (MAIL_FROM set). */
  mailEnabled: boolean;
  /** The public pages and SME links (null: PUBLIC_BASE_URL / LINK_SECRET not set, Slack only). */
  sme?: SmeSettings | null;
};

/** Builds every service once; listeners, jobs and the CLI use the same composition. */
export function buildServices<D extends DeliveryKick>(deps: ServiceDeps<D>) {
  const { db, clock, logger } = deps;
  const notifier = new Notifier(deps.delivery, clock);
  const program = new ProgramService(db, clock, deps.channelInspector);
  const sme = deps.sme ? new SmeService(db, clock, notifier, program, deps.sme) : null;
  const roles = new RolesService(db, clock, deps.directory, logger);
  const channels = programChannels(program, deps.channelFallback);
  const carryOver = new CarryOverService(db, clock, notifier);
  const programYears = new ProgramYearsService(db, clock, carryOver);
  const experts = new ExpertsService(db, clock, notifier, channels);
  const smeCaseMails = sme ? new SmeCaseMails(sme) : null;
  const surveys = new SurveysService(db, clock, notifier, channels, smeCaseMails);
  const applications = new ApplicationsService(db, clock, notifier, channels, program, sme);
  const matching = new MatchingService(db, clock, notifier, channels, program, sme, carryOver);
  const ranking = new RankingSettingsService(db, clock, program);
  const reminders = new RemindersService(db, clock, notifier, program, channels, logger);
  const digest = new DigestService(db, notifier, program, channels, logger);
  const bank = new BankAccountService(db, clock, notifier, channels);
  const honoraria = new HonorariaService(db, clock, notifier, {
    payees: bank,
    invoiceNumbers: bank,
    payer: deps.sme?.secretariat,
    mailEnabled: deps.mailEnabled,
  });
  const travel = new TravelService(db, clock, notifier, channels);
  const smeVisitMails = sme ? new SmeVisitMails(sme, clock) : null;
  const visits = buildVisitServices({ db, clock, notifier, channels, honoraria, surveys, smeVisitMails, smeCaseMails });
  const firstVisits = new FirstVisitService(db, clock, notifier, channels, visits.schedule, smeVisitMails);
  const briefings = new BriefingsService(db, clock, notifier);
  const helpdesk = new HelpdeskService(db, clock, notifier, channels);
  const finalReport = new FinalReportService(db, clock, program);
  const finalReportDelivery = new FinalReportDeliveryService(db, clock, finalReport, notifier);
  const announcements = new AnnouncementsService(db, clock, notifier, channels, sme, deps.mailEnabled);
  return {
    sme,
    surveys,
    briefings,
    helpdesk,
    dispatcher: deps.delivery,
    outbox: new OutboxService(db, clock),
    notifier,
    program,
    programYears,
    carryOver,
    roles,
    experts,
    channels,
    applications,
    reminders,
    digest,
    matching,
    ranking,
    honoraria,
    bank,
    travel,
    visits,
    firstVisits,
    finalReport,
    finalReportDelivery,
    announcements,
    imports: new ImportsService(db, clock, program),
    exports: new ExportsService(db, clock, program),
    shortage: new ShortageService(db, clock, program),
  };
}

/** The app's services: they deliver through the outbox dispatcher. */
export type Services = ReturnType<typeof buildServices<OutboxDispatcher>>;
