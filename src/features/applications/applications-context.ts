import type { Database, DbClient } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { type Locale, toLocale } from "../../lib/i18n.js";
import type { Notifier } from "../outbox/notifier.js";
import type { SecretariatChannel } from "../program/program-channels.js";
import type { ProgramService } from "../program/program-service.js";
import type { Actor } from "../roles/actor.js";
import { findUserLocale } from "../roles/roles-repository.js";
import type { SmeService } from "../sme/sme-service.js";

/** What the applications' use cases share (the service's constructor arguments). */
export type ApplicationsContext = {
  db: Database;
  clock: Clock;
  notifier: Notifier;
  channels: SecretariatChannel;
  program: ProgramService;
  /** E-mail and links for contacts outside Slack; null when the web side is not configured. */
  sme: SmeService | null;
};

/** The language to write to a user in: the actor's own, or the one Slack last told us for them. */
export async function localeOf(tx: DbClient, actor: Actor, userId: string): Promise<Locale> {
  return userId === actor.userId ? actor.locale : toLocale(await findUserLocale(tx, userId));
}
