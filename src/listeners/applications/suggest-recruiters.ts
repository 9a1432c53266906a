import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from "@slack/bolt";
import { prefectureName } from "../../domain/prefectures.js";
import { option } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";
import { parsePayload, SuggestionQuery } from "../../slack/payload.js";
import { logUnexpected } from "../../slack/reply.js";

type OptionsArgs = SlackOptionsMiddlewareArgs<"block_suggestion"> & AllMiddlewareArgs;

/**
 * Options for the preferred-expert select: active experts matching what was typed (kanji or
 * kana), at most 100 as Slack allows. A failure answers no options rather than an error.
 */
export function suggestRecruiters(ctx: AppContext) {
  return async ({ ack, body }: OptionsArgs) => {
    try {
      const [actor, experts] = await Promise.all([
        ctx.services.roles.resolveActor(body.user.id),
        ctx.services.applications.suggestRecruiters(parsePayload(SuggestionQuery, body.value ?? "", "query")),
      ]);
      await ack({
        options: experts.map((e) =>
          option(
            `${e.nameKanji}（${e.nameKana}）`,
            String(e.id),
            e.prefecture ? prefectureName(e.prefecture, actor.locale) : undefined,
          ),
        ),
      });
    } catch (error) {
      logUnexpected(ctx.logger, error, "options application_recruiter");
      await ack({ options: [] });
    }
  };
}
