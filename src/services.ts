import type { WebClient } from "@slack/web-api";
import type { Database } from "./db/client.js";
import { ExpertsService } from "./features/experts/experts-service.js";
import { Notifier } from "./features/outbox/notifier.js";
import { type DispatcherOptions, OutboxDispatcher } from "./features/outbox/outbox-dispatcher.js";
import { ProgramService } from "./features/program/program-service.js";
import { RolesService, type UserDirectory } from "./features/roles/roles-service.js";
import type { Clock } from "./lib/clock.js";
import type { Logger } from "./lib/logger.js";

export type ServiceDeps = {
  db: Database;
  clock: Clock;
  logger: Logger;
  /** Web API client used by the outbox (rate-limit errors surface to the dispatcher). */
  outboxClient: WebClient;
  directory: UserDirectory;
  /** Where secretariat notifications go when the program settings name no channel. */
  secretariatChannelId: string;
  dispatcherOptions?: Partial<DispatcherOptions>;
};

/** Builds every service once; listeners, jobs and the CLI use the same instances. */
export function buildServices(deps: ServiceDeps) {
  const { db, clock, logger } = deps;
  const dispatcher = new OutboxDispatcher(db, deps.outboxClient, clock, logger, deps.dispatcherOptions);
  const notifier = new Notifier(dispatcher, clock);
  const program = new ProgramService(db, clock);
  const roles = new RolesService(db, clock, deps.directory, logger);
  const channels = {
    secretariat: async () => (await program.currentOrNull())?.secretariatChannelId ?? deps.secretariatChannelId,
  };
  const experts = new ExpertsService(db, clock, notifier, channels);
  return { dispatcher, notifier, program, roles, experts, channels };
}

export type Services = ReturnType<typeof buildServices>;
