import { EXPERT_IDS } from "../../features/experts/experts-ids.js";
import { expertMessagesTexts } from "../../features/experts/views/expert-messages.texts.js";
import { statusLabel } from "../../features/experts/views/expert-text.js";
import type { Actor } from "../../features/roles/actor.js";
import { actions, button, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";

/** App Home: an expert's own status (secretariat members who are also experts see it too). */
export async function expertHomeSection(actor: Actor, ctx: AppContext) {
  const own = await ctx.services.experts.findOwn(actor.userId);
  if (!own) return [];
  const t = expertMessagesTexts(actor.locale);
  const open = await ctx.services.experts.openCases(own.id);
  return [
    header(t.homeHeader),
    section(t.homeStatus({ status: statusLabel(own.status, actor.locale), open, capacity: own.capacity })),
    actions("home_expert_actions", [button(t.editProfile, EXPERT_IDS.editProfileButton, String(own.id))]),
  ];
}
