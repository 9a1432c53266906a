import { BRIEFING_IDS } from "../../features/briefings/briefings-ids.js";
import { counts, expertSessionBlocks, sessionTitle } from "../../features/briefings/views/briefing-views.js";
import { briefingTexts } from "../../features/briefings/views/briefing-views.texts.js";
import type { Actor } from "../../features/roles/actor.js";
import { actions, button, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";

/** App Home for experts: open briefing sessions with a register / cancel button each. */
export async function expertBriefingHome(actor: Actor, ctx: AppContext) {
  if (!actor.expert || (actor.expert.status !== "active" && actor.expert.status !== "pending")) return [];
  const { sessions, own, places } = await ctx.services.briefings.listForExpert(actor);
  if (sessions.length === 0) return [];
  return [header(briefingTexts(actor.locale).sessions), ...expertSessionBlocks(sessions, own, places, actor.locale, 5)];
}

/** App Home for the secretariat: upcoming sessions at a glance. */
export async function secretariatBriefingHome(actor: Actor, ctx: AppContext) {
  if (!actor.isSecretariat) return [];
  const t = briefingTexts(actor.locale);
  const sessions = (await ctx.services.briefings.listForSecretariat(actor)).filter(
    (s) => s.status === "open" || s.status === "closed",
  );
  const lines = sessions.slice(0, 8).map((s) => {
    const c = counts(s);
    return t.homeLine({
      id: s.id,
      session: sessionTitle(s, actor.locale),
      capacity: s.capacity,
      accepted: c.accepted,
      waitlisted: c.waitlisted,
    });
  });
  return [
    header(t.homeSecretariat),
    section(lines.length > 0 ? lines.join("\n") : t.noUpcoming),
    actions("home_briefing_admin", [button(t.createSession, BRIEFING_IDS.createButton, "new")]),
  ];
}
