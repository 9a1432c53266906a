import { applicationErrorsTexts } from "../../features/applications/views/application-errors.texts.js";
import { applicationTitle } from "../../features/applications/views/application-text.js";
import type { HomeRegistry } from "../../slack/home.js";
import type { ActionArgs } from "../../slack/interactions.js";
import { refreshAfterScreening } from "./refresh-after-screening.js";

/** The Valid button (secretariat channel, `/desk queue`, App Home). */
export async function markValid(args: ActionArgs<number>, home: HomeRegistry) {
  const { actor, value, ctx } = args;
  const application = await ctx.services.applications.markValid(actor, value);
  if (await refreshAfterScreening(args, home)) return undefined;
  return { text: applicationErrorsTexts(actor.locale).markedValid(applicationTitle(application)) };
}
