import { rolesTexts } from "../../features/roles/roles.texts.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import type { SubcommandArgs } from "../../slack/command-router.js";

/** Slack sends mentions as <@U123|name> (escaped) or the user may paste a raw ID. */
export function parseUserMention(text: string): string | null {
  const m = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/.exec(text) ?? /^([UW][A-Z0-9]{2,})$/.exec(text.trim());
  return m ? m[1] : null;
}

export async function adminCommand({ actor, rest, ctx }: SubcommandArgs) {
  const [verb, ...others] = rest.split(/\s+/);
  const target = parseUserMention(others.join(" "));
  const t = rolesTexts(actor.locale);
  if (verb === "list") {
    const members = await ctx.services.roles.members(actor);
    return {
      text: t.membersHead + members.map((m) => `• <@${m.slackUserId}>`).join("\n"),
    };
  }
  if ((verb !== "add" && verb !== "remove") || !target) {
    throw new AppError(
      "invalid_input",
      both(rolesTexts, (r) => r.adminUsage),
    );
  }
  if (verb === "add") {
    const { added } = await ctx.services.roles.addMember(actor, target);
    return {
      text: added ? t.added(target) : t.alreadyMember(target),
    };
  }
  const { removed } = await ctx.services.roles.removeMember(actor, target);
  return {
    text: removed ? t.removed(target) : t.notMember(target),
  };
}
