import { AppError } from "../../lib/errors.js";
import type { SubcommandArgs } from "../../slack/command-router.js";

const USAGE = {
  ja: "使い方: `/desk admin add @ユーザー`、`/desk admin remove @ユーザー`、`/desk admin list`",
  en: "Usage: `/desk admin add @user`, `/desk admin remove @user`, `/desk admin list`",
};

/** Slack sends mentions as <@U123|name> (escaped) or the user may paste a raw ID. */
export function parseUserMention(text: string): string | null {
  const m = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/.exec(text) ?? /^([UW][A-Z0-9]{2,})$/.exec(text.trim());
  return m ? m[1] : null;
}

export async function adminCommand({ actor, rest, ctx }: SubcommandArgs) {
  const [verb, ...others] = rest.split(/\s+/);
  const target = parseUserMention(others.join(" "));
  const ja = actor.locale === "ja";
  if (verb === "list") {
    const members = await ctx.services.roles.members(actor);
    return {
      text:
        (ja ? "*事務局メンバー*\n" : "*Secretariat members*\n") +
        members.map((m) => `• <@${m.slackUserId}>`).join("\n"),
    };
  }
  if ((verb !== "add" && verb !== "remove") || !target) {
    throw new AppError("invalid_input", USAGE);
  }
  if (verb === "add") {
    const { added } = await ctx.services.roles.addMember(actor, target);
    return {
      text: added
        ? ja
          ? `<@${target}> を事務局メンバーに追加しました。`
          : `Added <@${target}> to the secretariat.`
        : ja
          ? `<@${target}> はすでに事務局メンバーです。`
          : `<@${target}> is already a secretariat member.`,
    };
  }
  const { removed } = await ctx.services.roles.removeMember(actor, target);
  return {
    text: removed
      ? ja
        ? `<@${target}> を事務局メンバーから外しました。`
        : `Removed <@${target}> from the secretariat.`
      : ja
        ? `<@${target}> は事務局メンバーではありません。`
        : `<@${target}> is not a secretariat member.`,
  };
}
