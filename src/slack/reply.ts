import type { RespondFn } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { isAppError } from "../lib/errors.js";
import { both, type Locale } from "../lib/i18n.js";
import type { Logger } from "../lib/logger.js";
import { isMalformedPayload } from "./payload.js";
import { slackTexts } from "./slack.texts.js";

export type Reply = { text: string; blocks?: unknown[] };

const UNEXPECTED = both(slackTexts, (t) => t.unexpected);

/**
 * What a request the app cannot read gets (a button from an outdated message, a hand-made
 * payload): nothing was done, try again from the current screen.
 */
export const MALFORMED_TEXT = both(slackTexts, (t) => t.malformed);

/** The text a user reads for an error: their message for AppError, a calm generic one otherwise. */
export function errorText(error: unknown, locale: Locale): string {
  if (isMalformedPayload(error)) return MALFORMED_TEXT[locale];
  return isAppError(error) ? error.userMessage[locale] : UNEXPECTED[locale];
}

/**
 * Logs a failed request: a refusal (AppError) as info, a payload that did not parse as one warning
 * without a stack (nothing failed; someone sent what our views never write), anything else as an
 * error with its stack.
 */
export function logUnexpected(logger: Logger, error: unknown, where: string): void {
  if (isMalformedPayload(error)) {
    logger.warn("malformed payload refused", { where, part: error.what, issues: error.issues });
    return;
  }
  if (isAppError(error)) {
    logger.info("refused", { where, code: error.code, detail: error.message });
    return;
  }
  logger.error("handler failed", {
    where,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}

/**
 * Tells one user something privately: through response_url when the request has one, else as a
 * DM (modals and App Home have no response_url).
 */
export async function replyPrivately(
  opts: { respond?: RespondFn; client: WebClient; userId: string; logger: Logger },
  reply: Reply,
): Promise<void> {
  if (opts.respond) {
    try {
      await opts.respond({
        response_type: "ephemeral",
        replace_original: false,
        text: reply.text,
        ...(reply.blocks ? { blocks: reply.blocks } : {}),
      });
      return;
    } catch (error) {
      // An expired or failing response_url must not swallow the answer: it goes by DM instead.
      opts.logger.warn("response_url failed; replying by DM", { userId: opts.userId, error: String(error) });
    }
  }
  try {
    await opts.client.chat.postMessage({
      channel: opts.userId,
      text: reply.text,
      ...(reply.blocks ? { blocks: reply.blocks } : {}),
    });
  } catch (error) {
    opts.logger.error("could not deliver a private reply", { userId: opts.userId, error: String(error) });
  }
}
