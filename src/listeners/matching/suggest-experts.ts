import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from "@slack/bolt";
import { prefectureOrNone } from "../../features/experts/views/expert-text.js";
import { matchingReplyTexts } from "../../features/matching/views/matching-replies.texts.js";
import { option } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";
import { parsePayload, SuggestionQuery } from "../../slack/payload.js";
import { logUnexpected } from "../../slack/reply.js";

type OptionsArgs = SlackOptionsMiddlewareArgs<"block_suggestion"> & AllMiddlewareArgs;

/**
 * Options for the matching expert searches: active experts whose kanji or kana name contains
 * what was typed, with where they are and their load; at most 100 as Slack allows. Only the
 * secretariat gets options; a failure answers none rather than an error.
 */
export function suggestExperts(ctx: AppContext) {
  return async ({ ack, body }: OptionsArgs) => {
    try {
      const actor = await ctx.services.roles.resolveActor(body.user.id);
      if (!actor.isSecretariat) {
        await ack({ options: [] });
        return;
      }
      const experts = await ctx.services.matching.searchExperts(
        actor,
        parsePayload(SuggestionQuery, body.value ?? "", "query"),
      );
      await ack({
        options: experts.map((e) =>
          option(
            `${e.nameKanji}（${e.nameKana}）`,
            String(e.id),
            matchingReplyTexts(actor.locale).suggestionLoad({
              where: prefectureOrNone(e.prefecture, actor.locale),
              open: e.open,
              capacity: e.capacity,
            }),
          ),
        ),
      });
    } catch (error) {
      logUnexpected(ctx.logger, error, "options matching expert search");
      await ack({ options: [] });
    }
  };
}
