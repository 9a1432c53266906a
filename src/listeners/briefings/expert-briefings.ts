import { expertList, sessionTitle } from "../../features/briefings/views/briefing-views.js";
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
    const ja = actor.locale === "ja";
    const title = sessionTitle(session, actor.locale);
    if (repeated)
      return {
        text: ja
          ? `${title} にはすでに申し込んでいます（${status === "accepted" ? "参加確定" : `キャンセル待ち ${place}番目`}）。`
          : `You are already registered for ${title} (${status === "accepted" ? "confirmed" : `waitlist #${place}`}).`,
      };
    return {
      text:
        status === "accepted"
          ? ja
            ? `${title} への参加を受け付けました。`
            : `You are registered for ${title}.`
          : ja
            ? `${title} は満席のため、キャンセル待ち（${place}番目）で受け付けました。`
            : `${title} is full; you are on the waitlist (#${place}).`,
    };
  };
}

export function unregisterFromSession(home: HomeRegistry) {
  return async (args: ActionArgs<number>) => {
    const { actor, value, ctx } = args;
    const { session } = await ctx.services.briefings.unregister(actor, value);
    await refreshHome(args, home);
    return {
      text:
        actor.locale === "ja"
          ? `${sessionTitle(session, "ja")} への申込みを取り消しました。`
          : `Your registration for ${sessionTitle(session, "en")} was cancelled.`,
    };
  };
}
