import type { Actor } from "../../features/roles/actor.js";
import { ownSurveysReply } from "../../features/surveys/views/survey-views.js";
import type { AppContext } from "../../slack/context.js";

/** App Home: surveys waiting for this person's answer (nothing when there are none). */
export async function surveyHomeSection(actor: Actor, ctx: AppContext) {
  const open = await ctx.services.surveys.ownOpen(actor);
  if (open.length === 0) return [];
  return ownSurveysReply(open.slice(0, 5), actor.locale).blocks;
}
