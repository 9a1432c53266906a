import { applyPromptBlocks, secretariatHomeBlocks } from "../../features/applications/views/applications-home.js";
import type { Actor } from "../../features/roles/actor.js";
import type { AppContext } from "../../slack/context.js";

/** How many queue items and pending experts the Home tab shows (the rest: `/desk queue`). */
const HOME_ITEMS = 5;

/** App Home: the secretariat's screening overview, or how to apply for someone with no role. */
export async function applicationsHomeSection(actor: Actor, ctx: AppContext) {
  if (actor.isSecretariat)
    return secretariatHomeBlocks(await ctx.services.applications.dashboard(actor, HOME_ITEMS), actor.locale);
  if (!actor.expert) return applyPromptBlocks(actor.locale);
  return [];
}
