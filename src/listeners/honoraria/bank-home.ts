import { expertBankHome, secretariatBankHome } from "../../features/honoraria/bank/views/bank-messages.js";
import type { Actor } from "../../features/roles/actor.js";
import type { Block } from "../../slack/blocks.js";
import type { AppContext } from "../../slack/context.js";

/** App Home: an expert's own bank account; for the secretariat the payer and the batches' transfer files. */
export async function bankHomeSection(actor: Actor, ctx: AppContext): Promise<Block[]> {
  const blocks: Block[] = [];
  if (actor.isSecretariat) {
    const [payer, batches] = await Promise.all([
      ctx.services.bank.payer(actor),
      ctx.services.bank.recentBatches(actor),
    ]);
    blocks.push(...secretariatBankHome(actor.locale, payer, batches));
  }
  if (actor.expert && actor.expert.status !== "rejected" && actor.expert.status !== "withdrawn") {
    const { account } = await ctx.services.bank.accountOf(actor, actor.expert.id);
    blocks.push(...expertBankHome(actor.locale, actor.expert.id, account));
  }
  return blocks;
}
