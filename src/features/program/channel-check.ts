import type { WebClient } from "@slack/web-api";
import type { Localized } from "../../lib/errors.js";

/** Which program channel: the secretariat's receives SME data, the digest only aggregates. */
export type ChannelRole = "secretariat" | "digest";

export type ChannelFacts = { id: string; name: string | null; isPrivate: boolean; isMember: boolean };

/**
 * The narrow Slack port the channel rules need (conversations.info). `inspect` answers null when
 * Slack says the channel does not exist for the bot (a private channel it was not invited to looks
 * the same), and throws when Slack cannot be asked.
 */
export interface ChannelInspector {
  inspect(channelId: string): Promise<ChannelFacts | null>;
}

/** `unverifiable`: Slack could not be asked (network, timeout) or refused the question (e.g. missing_scope). */
export type ChannelProblemCode = "public" | "not_member" | "not_found" | "unverifiable";
export type ChannelProblem = { code: ChannelProblemCode; message: Localized };

const BOT_NAME = "@セキュリティ指導デスク";

/**
 * The rule for a channel the program posts to: the secretariat channel must be private (it shows
 * applicants' names and contacts) and the bot a member; the digest channel may be public but the
 * bot must be in it. Null when the channel is fine.
 */
export async function checkProgramChannel(
  inspector: ChannelInspector,
  role: ChannelRole,
  channelId: string,
): Promise<ChannelProblem | null> {
  let facts: ChannelFacts | null;
  try {
    facts = await inspector.inspect(channelId);
  } catch (error) {
    const refusal = (error as { data?: { error?: string } }).data?.error;
    if (refusal)
      return {
        code: "unverifiable",
        message: {
          ja: `Slack がチャンネル ${channelId} の確認を拒否しました（${refusal}）。アプリの権限（channels:read / groups:read）を確認してください。`,
          en: `Slack refused to describe channel ${channelId} (${refusal}). Check the app's scopes (channels:read / groups:read).`,
        },
      };
    return {
      code: "unverifiable",
      message: {
        ja: `Slack に接続できないため、チャンネル ${channelId} を確認できませんでした。しばらくしてからもう一度お試しください。`,
        en: `Could not reach Slack to check channel ${channelId}. Please try again in a moment.`,
      },
    };
  }
  if (!facts)
    return {
      code: "not_found",
      message: {
        ja: `チャンネル ${channelId} が見つかりません。チャンネル詳細の一番下にある ID を確認してください（非公開チャンネルは /invite ${BOT_NAME} で先にボットを招待してください）。`,
        en: `Channel ${channelId} was not found. Check the ID at the bottom of the channel details (for a private channel, first invite the bot with /invite ${BOT_NAME}).`,
      },
    };
  const label = facts.name ? `#${facts.name}` : channelId;
  if (role === "secretariat" && !facts.isPrivate)
    return {
      code: "public",
      message: {
        ja: `${label} は公開チャンネルです。申込者の情報が見えてしまうため、非公開チャンネルを指定してください。`,
        en: `${label} is a public channel. Applicants' information would be visible to everyone there: choose a private channel.`,
      },
    };
  if (!facts.isMember)
    return {
      code: "not_member",
      message: {
        ja: `ボットが ${label} に参加していません。/invite ${BOT_NAME} で招待してください。`,
        en: `The bot is not a member of ${label}. Invite it with /invite ${BOT_NAME}.`,
      },
    };
  return null;
}

/**
 * conversations.info through a Web API client (scopes channels:read and groups:read). `timeoutMs`
 * bounds the whole check: a modal submission must be answered within Slack's 3 s.
 */
export function slackChannelInspector(client: WebClient, opts: { timeoutMs?: number } = {}): ChannelInspector {
  return {
    async inspect(channelId) {
      const call = client.conversations.info({ channel: channelId }).then(
        (res) => {
          const c = (res.channel ?? {}) as { id?: string; name?: string; is_private?: boolean; is_member?: boolean };
          return {
            id: c.id ?? channelId,
            name: c.name ?? null,
            isPrivate: c.is_private === true,
            isMember: c.is_member === true,
          };
        },
        (error: { code?: string; data?: { error?: string } }) => {
          if (error.code === "slack_webapi_platform_error" && error.data?.error === "channel_not_found") return null;
          throw error;
        },
      );
      if (!opts.timeoutMs) return call;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("conversations.info timed out")), opts.timeoutMs);
      });
      try {
        return await Promise.race([call, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
