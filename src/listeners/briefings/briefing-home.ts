import { BRIEFING_IDS } from "../../features/briefings/briefings-ids.js";
import { counts, expertSessionBlocks, sessionTitle } from "../../features/briefings/views/briefing-views.js";
import type { Actor } from "../../features/roles/actor.js";
import { actions, button, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";

/** App Home for experts: open briefing sessions with a register / cancel button each. */
export async function expertBriefingHome(actor: Actor, ctx: AppContext) {
  if (!actor.expert || (actor.expert.status !== "active" && actor.expert.status !== "pending")) return [];
  const { sessions, own, places } = await ctx.services.briefings.listForExpert(actor);
  if (sessions.length === 0) return [];
  const ja = actor.locale === "ja";
  return [
    header(ja ? "事業説明会" : "Briefing sessions"),
    ...expertSessionBlocks(sessions, own, places, actor.locale, 5),
  ];
}

/** App Home for the secretariat: upcoming sessions at a glance. */
export async function secretariatBriefingHome(actor: Actor, ctx: AppContext) {
  if (!actor.isSecretariat) return [];
  const ja = actor.locale === "ja";
  const sessions = (await ctx.services.briefings.listForSecretariat(actor)).filter(
    (s) => s.status === "open" || s.status === "closed",
  );
  const lines = sessions.slice(0, 8).map((s) => {
    const c = counts(s);
    return ja
      ? `• #${s.id} ${sessionTitle(s, "ja")} — 定員 ${s.capacity}・確定 ${c.accepted}・待ち ${c.waitlisted}`
      : `• #${s.id} ${sessionTitle(s, "en")} — capacity ${s.capacity}, accepted ${c.accepted}, waitlisted ${c.waitlisted}`;
  });
  return [
    header(ja ? "事業説明会（事務局）" : "Briefing sessions (secretariat)"),
    section(lines.length > 0 ? lines.join("\n") : ja ? "予定されている説明会はありません。" : "No upcoming session."),
    actions("home_briefing_admin", [
      button(ja ? "説明会を作成" : "Create a session", BRIEFING_IDS.createButton, "new"),
    ]),
  ];
}
