import type { Actor } from "../../features/roles/actor.js";
import { shortageBlocks } from "../../features/shortage/views/shortage-blocks.js";
import type { AppContext } from "../../slack/context.js";

/** App Home (secretariat): regions short of experts, with a recruit button each. */
export async function shortageHomeSection(actor: Actor, ctx: AppContext) {
  const overview = await ctx.services.shortage.home(actor);
  if (!overview) return [];
  return shortageBlocks(overview, actor.locale, "home");
}
