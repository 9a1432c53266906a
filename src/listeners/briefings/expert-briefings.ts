import { expertList, sessionTitle } from "../../features/briefings/views/briefing-views.js";
import { briefingTexts } from "../../features/briefings/views/briefing-views.texts.js";
import type { Actor } from "../../features/roles/actor.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { HomeRegistry } from "../../slack/home.js";
import type { ActionArgs } from "../../slack/interactions.js";

async function listFor(actor: Actor, ctx: AppContext) {
  const { sessions, own, places } = await ctx.services.briefings.listForExpert(actor);
  return expertList(sessions, own, places, actor.locale);
}

/** `/expert briefings` and the "see other sessions" button of a cancellation notice. */
export async function showBriefings({ actor, ctx }: SubcommandArgs | ActionArgs) {
  return listFor(actor, ctx);
}

/** After a click on App Home the Home tab is redrawn so the button matches the new state. */
async function refreshHome(args: ActionArgs<number>, home: HomeRegistry) {
  const container = (args.body as { container?: { type?: string } }).container;
  if (container?.type === "view" && args.body.view?.type === "home")
    await home.publish(args.client, args.actor, args.ctx);
}

export function registerForSession(home: HomeRegistry) {
  return async (args: ActionArgs<number>) => {
    const { actor, value, ctx } = args;
    const { status, place, session, repeated } = await ctx.services.briefings.register(actor, value);
    await refreshHome(args, home);
    const t = briefingTexts(actor.locale);
    const title = sessionTitle(session, actor.locale);
    if (repeated)
      return {
        text: status === "accepted" ? t.alreadyAccepted(title) : t.alreadyWaitlisted({ session: title, place }),
      };
    return { text: status === "accepted" ? t.registered(title) : t.onWaitlist({ session: title, place }) };
  };
}

export function unregisterFromSession(home: HomeRegistry) {
  return async (args: ActionArgs<number>) => {
    const { actor, value, ctx } = args;
    const { session } = await ctx.services.briefings.unregister(actor, value);
    await refreshHome(args, home);
    return { text: briefingTexts(actor.locale).unregistered(sessionTitle(session, actor.locale)) };
  };
}
