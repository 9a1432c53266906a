import { surveyModal } from "../../features/surveys/views/survey-views.js";
import type { ActionArgs } from "../../slack/interactions.js";

/** The button in the invitation DM, a reminder, App Home or the secretariat's entry request. */
export async function openSurvey({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const form = await ctx.services.surveys.openForm(actor, value);
  await client.views.open({
    trigger_id: body.trigger_id,
    view: surveyModal({ locale: actor.locale, ...form }),
  });
  return undefined;
}
