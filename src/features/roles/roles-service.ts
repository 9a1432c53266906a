import type { Database } from "../../db/client.js";
import type { Clock } from "../../lib/clock.js";
import { AppError } from "../../lib/errors.js";
import { both, toLocale } from "../../lib/i18n.js";
import type { Logger } from "../../lib/logger.js";
import { writeAudit } from "../audit/audit-repository.js";
import { type Actor, requireRole } from "./actor.js";
import { rolesTexts } from "./roles.texts.js";
import {
  deactivateSecretariatMember,
  findActorRecords,
  findSecretariatMember,
  listSecretariatMembers,
  saveSlackUser,
  upsertSecretariatMember,
} from "./roles-repository.js";

/** Looks a Slack user up (users.info with include_locale). */
export interface UserDirectory {
  lookup(userId: string): Promise<{ locale: string | null; realName: string | null } | null>;
}

const LOCALE_TTL_MS = 7 * 24 * 3600_000;
/**
 * A view submission must be answered within Slack's 3 s, and the actor is resolved before that
 * answer: a slow users.info falls back to the stored language rather than make the modal fail.
 */
const LOOKUP_BUDGET_MS = 1_000;

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export class RolesService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly directory: UserDirectory,
    private readonly logger: Logger,
  ) {}

  /** Resolves the acting user's roles and language on the server. */
  async resolveActor(userId: string): Promise<Actor> {
    const { member, expert, user } = await findActorRecords(this.db.read, userId);
    let locale = user?.locale ?? null;
    const stale = !user?.fetchedAt || this.clock.now().getTime() - user.fetchedAt.getTime() > LOCALE_TTL_MS;
    if (stale) {
      try {
        const found = await within(this.directory.lookup(userId), LOOKUP_BUDGET_MS);
        if (found) {
          locale = found.locale;
          // Only a cache for next time: a busy database must not hold up this request.
          saveSlackUser(this.db.client, userId, found, this.clock.now()).catch((error) =>
            this.logger.warn("could not store the user's locale", { userId, error: String(error) }),
          );
        }
      } catch (error) {
        this.logger.warn("users.info failed; using the stored locale", { userId, error: String(error) });
      }
    }
    return {
      userId,
      locale: toLocale(locale),
      isSecretariat: member?.active === true,
      expert: expert ? { id: expert.id, status: expert.status } : null,
    };
  }

  /** Makes the configured users secretariat members (first start; later ones come from Slack). */
  async seedSecretariat(userIds: string[]): Promise<void> {
    for (const userId of userIds) {
      await this.db.transaction(async (tx) => {
        const existing = await findSecretariatMember(tx, userId);
        if (existing) return;
        await upsertSecretariatMember(tx, userId, "config");
        await writeAudit(
          tx,
          {
            actor: "config",
            action: "secretariat.add",
            entityType: "secretariat_member",
            entityId: userId,
            after: { active: true },
          },
          this.clock.now(),
        );
      });
    }
  }

  async addMember(actor: Actor, targetUserId: string): Promise<{ added: boolean }> {
    requireRole(actor, "secretariat");
    return this.db.transaction(async (tx) => {
      const existing = await findSecretariatMember(tx, targetUserId);
      if (existing?.active) return { added: false };
      await upsertSecretariatMember(tx, targetUserId, actor.userId);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "secretariat.add",
          entityType: "secretariat_member",
          entityId: targetUserId,
          before: existing ? { active: false } : null,
          after: { active: true },
        },
        this.clock.now(),
      );
      return { added: true };
    });
  }

  async removeMember(actor: Actor, targetUserId: string): Promise<{ removed: boolean }> {
    requireRole(actor, "secretariat");
    if (targetUserId === actor.userId)
      throw new AppError(
        "rule_violation",
        both(rolesTexts, (t) => t.cannotRemoveSelf),
      );
    return this.db.transaction(async (tx) => {
      const existing = await findSecretariatMember(tx, targetUserId);
      if (!existing?.active) return { removed: false };
      await deactivateSecretariatMember(tx, targetUserId);
      await writeAudit(
        tx,
        {
          actor: actor.userId,
          action: "secretariat.remove",
          entityType: "secretariat_member",
          entityId: targetUserId,
          before: { active: true },
          after: { active: false },
        },
        this.clock.now(),
      );
      return { removed: true };
    });
  }

  async members(actor: Actor) {
    requireRole(actor, "secretariat");
    return listSecretariatMembers(this.db.client);
  }
}
