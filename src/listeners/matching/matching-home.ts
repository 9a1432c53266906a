import { matchingHomeBlocks } from "../../features/matching/views/matching-home.js";
import type { Actor } from "../../features/roles/actor.js";
import type { AppContext } from "../../slack/context.js";

const SHOWN = 5;

/** App Home (secretariat): what waits at each matching step (see `matchingHomeBlocks`). */
export async function matchingHomeSection(actor: Actor, ctx: AppContext) {
  const home = await ctx.services.matching.home(actor, SHOWN);
  if (!home) return [];
  return matchingHomeBlocks(actor.locale, home);
}
