import { unfixedHomeBlocks } from "../../features/first-visits/views/first-visit-home.js";
import type { Actor } from "../../features/roles/actor.js";
import type { AppContext } from "../../slack/context.js";

const SHOWN = 8;

/** App Home (secretariat): matched cases whose first visit is not fixed, oldest first. */
export async function unfixedFirstVisitsHomeSection(actor: Actor, ctx: AppContext) {
  if (!actor.isSecretariat) return [];
  const list = await ctx.services.firstVisits.listUnfixed(actor, SHOWN);
  return unfixedHomeBlocks(actor.locale, list, list.today);
}
