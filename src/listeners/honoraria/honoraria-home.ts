import { HONORARIA_IDS } from "../../features/honoraria/honoraria-ids.js";
import type { Actor } from "../../features/roles/actor.js";
import { formatYen } from "../../lib/dates.js";
import { actions, type Block, button, section } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";

/** App Home: payable totals for the secretariat; own totals for experts with honoraria. */
export async function honorariaHomeSection(actor: Actor, ctx: AppContext): Promise<Block[]> {
  const ja = actor.locale === "ja";
  const blocks: Block[] = [];
  if (actor.isSecretariat) {
    const { totals } = await ctx.services.honoraria.payableSummary(actor);
    blocks.push(
      section(
        ja
          ? `*謝金* 支払待ち ${totals.count}件 ${formatYen(totals.amountYen, actor.locale)}（専門家 ${totals.experts}名）`
          : `*Honoraria* payable: ${totals.count} lines, ${formatYen(totals.amountYen, actor.locale)} (${totals.experts} experts)`,
      ),
    );
    if (totals.count > 0)
      blocks.push(
        actions("home_honoraria_pay", [
          button(ja ? "支払済みにする（まとめて）" : "Mark paid (batch)", HONORARIA_IDS.openPayButton, "pay"),
        ]),
      );
  }
  if (actor.expert?.status === "active") {
    const own = await ctx.services.honoraria.mine(actor);
    if (own.lines.length > 0)
      blocks.push(
        section(
          ja
            ? `*あなたの謝金* 支払待ち ${formatYen(own.payableYen, actor.locale)} ・ 支払済み ${formatYen(own.paidYen, actor.locale)}`
            : `*Your honoraria* payable ${formatYen(own.payableYen, actor.locale)} · paid ${formatYen(own.paidYen, actor.locale)}`,
        ),
        actions("home_honoraria_own", [
          button(ja ? "謝金の明細を見る" : "See my honoraria", HONORARIA_IDS.showOwnButton, "own"),
        ]),
      );
  }
  return blocks;
}
