import { HONORARIA_IDS } from "../../features/honoraria/honoraria-ids.js";
import { honorariaTexts } from "../../features/honoraria/views/honoraria-messages.texts.js";
import type { Actor } from "../../features/roles/actor.js";
import { formatYen } from "../../lib/dates.js";
import { actions, type Block, button, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";

/** App Home: payable totals for the secretariat; own totals for experts with honoraria. */
export async function honorariaHomeSection(actor: Actor, ctx: AppContext): Promise<Block[]> {
  const t = honorariaTexts(actor.locale);
  const blocks: Block[] = [];
  if (actor.isSecretariat) {
    const summary = await ctx.services.honoraria.payableSummary(actor);
    const { totals } = summary;
    blocks.push(
      section(
        `${t.homePayable({
          count: totals.count,
          amount: formatYen(totals.amountYen, actor.locale),
          experts: totals.experts,
        })}\n${t.summaryFigures({
          travel: formatYen(totals.travelYen, actor.locale),
          withheld: formatYen(summary.estimatedWithheldYen, actor.locale),
          net: formatYen(totals.amountYen + totals.travelYen - summary.estimatedWithheldYen, actor.locale),
        })}`,
      ),
    );
    if (totals.count > 0)
      blocks.push(actions("home_honoraria_pay", [button(t.markPaidBatch, HONORARIA_IDS.openPayButton, "pay")]));
  }
  if (actor.expert?.status === "active") {
    const own = await ctx.services.honoraria.mine(actor);
    if (own.lines.length > 0)
      blocks.push(
        section(
          `${t.homeOwn({ payable: formatYen(own.payableYen, actor.locale), paid: formatYen(own.paidYen, actor.locale) })}\n${t.ownMoney({ travel: formatYen(own.travelYen, actor.locale), withheld: formatYen(own.withheldYen, actor.locale), net: formatYen(own.paidNetYen, actor.locale) })}`,
        ),
        actions("home_honoraria_own", [button(t.seeMine, HONORARIA_IDS.showOwnButton, "own")]),
      );
  }
  return blocks;
}
