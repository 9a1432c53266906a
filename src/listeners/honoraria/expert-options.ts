import type { App } from "@slack/bolt";
import { honorariaServiceTexts } from "../../features/honoraria/honoraria.texts.js";
import { HONORARIA_IDS } from "../../features/honoraria/honoraria-ids.js";
import { formatYen } from "../../lib/dates.js";
import { option } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";
import { parsePayload, SuggestionQuery } from "../../slack/payload.js";
import { logUnexpected } from "../../slack/reply.js";

/** The pay modal's expert search: experts with payable lines whose name matches (≤ 100 options). */
export function registerExpertOptions(app: App, ctx: AppContext): void {
  app.options(HONORARIA_IDS.expertOptions, async ({ ack, body }) => {
    try {
      const actor = await ctx.services.roles.resolveActor(body.user.id);
      const rows = await ctx.services.honoraria.expertOptions(
        actor,
        parsePayload(SuggestionQuery, body.value ?? "", "query"),
      );
      await ack({
        options: rows.map((r) =>
          option(
            `${r.name} — ${honorariaServiceTexts(actor.locale).optionLines(r.count)} ${formatYen(r.amountYen, actor.locale)}`,
            String(r.expertId),
          ),
        ),
      });
    } catch (error) {
      logUnexpected(ctx.logger, error, "honoraria expert options");
      await ack({ options: [] });
    }
  });
}
