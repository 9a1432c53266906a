import type { WebClient } from "@slack/web-api";
import type { Database } from "./db/client.js";
import { AnnouncementsService } from "./features/announcements/announcements-service.js";
import { ApplicationsService } from "./features/applications/applications-service.js";
import { BriefingsService } from "./features/briefings/briefings-service.js";
import { DigestService } from "./features/digest/digest-service.js";
import { ExpertsService } from "./features/experts/experts-service.js";
import { FirstVisitService } from "./features/first-visits/first-visits-service.js";
import { SmeVisitMails } from "./features/first-visits/sme-visit-mails.js";
import { HelpdeskService } from "./features/helpdesk/helpdesk-service.js";
import { HonorariaService } from "./features/honoraria/honoraria-service.js";
import { MatchingService } from "./features/matching/matching-service.js";
import { RankingSettingsService } from "./features/matching/ranking-settings-service.js";
import type { Mailer } from "./features/outbox/mailer.js";
import { Notifier } from "./features/outbox/notifier.js";
import { type DispatcherOptions, OutboxDispatcher } from "./features/outbox/outbox-dispatcher.js";
import type { ChannelInspector } from "./features/program/channel-check.js";
import { programChannels } from "./features/program/program-channels.js";
import { ProgramService } from "./features/program/program-service.js";
import { RemindersService } from "./features/reminders/reminders-service.js";
import { ReportDeliveryService, ReportsService } from "./features/reports/reports-service.js";
import { RolesService, type UserDirectory } from "./features/roles/roles-service.js";
import { SmeCaseMails } from "./features/sme/sme-case-mails.js";
import { SmeService, type SmeSettings } from "./features/sme/sme-service.js";
import { SurveysService } from "./features/surveys/surveys-service.js";
import { buildVisitServices } from "./features/visits/visits-services.js";
import type { Clock } from "./lib/clock.js";
import type { Logger } from "./lib/logger.js";

export type ServiceDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  /** Web API client used by the outbox (rate-limit errors surface to the dispatcher). */
  outboxClient: WebClient;
  directory: UserDirectory;
  /** Checks a channel before it becomes a program channel (conversations.info). */
  channelInspector: ChannelInspector;
  /** Where secretariat notifications go when the program settings name no channel. */
  secretariatChannelId: string;
  /** Where the digest goes when the program settings name no digest channel. */
  digestChannelId?: string | null;
  dispatcherOptions?: Partial<DispatcherOptions>;
  /** Sends the outbox's e-mail (null: MAIL_FROM not set, no mail). */
  mailer?: Mailer | null;
  /** The public pages and SME links (null: PUBLIC_BASE_URL / LINK_SECRET not set, Slack only). */
  sme?: SmeSettings | null;
};

/** Builds every service once; listeners, jobs and the CLI use the same instances. */
export function buildServices(deps: ServiceDeps) {
  const { db, clock, logger } = deps;
  const dispatcher = new OutboxDispatcher(
    db,
    deps.outboxClient,
    clock,
    logger,
    deps.dispatcherOptions,
    deps.mailer ?? null,
  );
  const notifier = new Notifier(dispatcher, clock);
  const program = new ProgramService(db, clock, deps.channelInspector);
  const sme = deps.sme ? new SmeService(db, clock, notifier, program, deps.sme) : null;
  const roles = new RolesService(db, clock, deps.directory, logger);
  const channels = programChannels(program, {
    secretariat: deps.secretariatChannelId,
    digest: deps.digestChannelId ?? null,
  });
  const experts = new ExpertsService(db, clock, notifier, channels);
  const smeCaseMails = sme ? new SmeCaseMails(sme) : null;
  const surveys = new SurveysService(db, clock, notifier, channels, smeCaseMails);
  const applications = new ApplicationsService(db, clock, notifier, channels, program, sme);
  const matching = new MatchingService(db, clock, notifier, channels, program, sme);
  const ranking = new RankingSettingsService(db, clock, program);
  const reminders = new RemindersService(db, clock, notifier, program, channels, logger);
  const digest = new DigestService(db, notifier, program, channels, logger);
  const honoraria = new HonorariaService(db, clock, notifier);
  const smeVisitMails = sme ? new SmeVisitMails(sme, clock) : null;
  const visits = buildVisitServices({ db, clock, notifier, channels, honoraria, surveys, smeVisitMails, smeCaseMails });
  const firstVisits = new FirstVisitService(db, clock, notifier, channels, visits.schedule, smeVisitMails);
  const briefings = new BriefingsService(db, clock, notifier);
  const helpdesk = new HelpdeskService(db, clock, notifier, channels);
  const reports = new ReportsService(db, clock, program);
  const reportDelivery = new ReportDeliveryService(db, clock, reports, notifier);
  const announcements = new AnnouncementsService(db, clock, notifier, channels, sme, Boolean(deps.mailer));
  return {
    sme,
    surveys,
    briefings,
    helpdesk,
    dispatcher,
    notifier,
    program,
    roles,
    experts,
    channels,
    applications,
    reminders,
    digest,
    matching,
    ranking,
    honoraria,
    visits,
    firstVisits,
    reports,
    reportDelivery,
    announcements,
  };
}

export type Services = ReturnType<typeof buildServices>;
