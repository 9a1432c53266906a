import type { WebClient } from "@slack/web-api";
import type { Localized } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { programErrorsTexts } from "./views/program-errors.texts.js";

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
        message: both(programErrorsTexts, (t) => t.channelRefused({ channel: channelId, refusal })),
      };
    return {
      code: "unverifiable",
      message: both(programErrorsTexts, (t) => t.channelUnreachable(channelId)),
    };
  }
  if (!facts)
    return {
      code: "not_found",
      message: both(programErrorsTexts, (t) => t.channelNotFound(channelId)),
    };
  const label = facts.name ? `#${facts.name}` : channelId;
  if (role === "secretariat" && !facts.isPrivate)
    return {
      code: "public",
      message: both(programErrorsTexts, (t) => t.channelPublic(label)),
    };
  if (!facts.isMember)
    return {
      code: "not_member",
      message: both(programErrorsTexts, (t) => t.botNotMember(label)),
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
