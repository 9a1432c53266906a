import { EXPERT_IDS } from "../../features/experts/experts-ids.js";
import { statusLabel } from "../../features/experts/views/expert-text.js";
import type { Actor } from "../../features/roles/actor.js";
import { actions, button, header, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";

/** App Home: an expert's own status (secretariat members who are also experts see it too). */
export async function expertHomeSection(actor: Actor, ctx: AppContext) {
  const own = await ctx.services.experts.findOwn(actor.userId);
  if (!own) return [];
  const ja = actor.locale === "ja";
  const open = await ctx.services.experts.openCases(own.id);
  return [
    header(ja ? "専門家としての状況" : "You as an expert"),
    section(
      ja
        ? `登録状況: *${statusLabel(own.status, "ja")}*\n担当中の案件: *${open}* / 上限 ${own.capacity} 件`
        : `Registration: *${statusLabel(own.status, "en")}*\nOpen cases: *${open}* of ${own.capacity}`,
    ),
    actions("home_expert_actions", [
      button(ja ? "登録内容を変更" : "Edit my profile", EXPERT_IDS.editProfileButton, String(own.id)),
    ]),
  ];
}
