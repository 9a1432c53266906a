import { AppError, type Localized } from "../../lib/errors.js";
import { both, type Locale } from "../../lib/i18n.js";
import { rolesTexts } from "./roles.texts.js";

/** Who is acting, resolved on the server for every request. */
export type Actor = {
  userId: string;
  locale: Locale;
  isSecretariat: boolean;
  /** The user's expert record, whatever its status (null when they never registered). */
  expert: { id: number; status: string } | null;
};

/** The audit log's name for someone acting on the public web pages (a web applicant, an SME by its link). */
export const WEB_ACTOR_ID = "web";

/** The web visitor: not a Slack user, never secretariat or expert; what they may do is decided by their link. */
export function webActor(locale: Locale): Actor {
  return { userId: WEB_ACTOR_ID, locale, isSecretariat: false, expert: null };
}

export type Role = "anyone" | "expert" | "secretariat" | "expert_or_secretariat";

export function isActiveExpert(actor: Actor): boolean {
  return actor.expert?.status === "active";
}

export function hasRole(actor: Actor, role: Role): boolean {
  switch (role) {
    case "anyone":
      return true;
    case "secretariat":
      return actor.isSecretariat;
    case "expert":
      return isActiveExpert(actor);
    case "expert_or_secretariat":
      return actor.isSecretariat || isActiveExpert(actor);
  }
}

const REFUSALS: Record<Exclude<Role, "anyone">, Localized> = {
  secretariat: both(rolesTexts, (t) => t.onlySecretariat),
  expert: both(rolesTexts, (t) => t.onlyExpert),
  expert_or_secretariat: both(rolesTexts, (t) => t.onlyExpertOrSecretariat),
};

/** Throws a refusal that says why, in the actor's language. */
export function requireRole(actor: Actor, role: Role): void {
  if (role === "anyone" || hasRole(actor, role)) return;
  throw new AppError("forbidden", REFUSALS[role], { log: `forbidden: ${actor.userId} lacks ${role}` });
}
