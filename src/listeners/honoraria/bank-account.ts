import { BANK_IDS } from "../../features/honoraria/bank/bank-ids.js";
import { accountModal, accountSummary } from "../../features/honoraria/bank/views/bank-messages.js";
import { bankTexts } from "../../features/honoraria/bank/views/bank-messages.texts.js";
import type { Actor } from "../../features/roles/actor.js";
import { readSelected, readText } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";

const B = BANK_IDS.blocks;
const V = BANK_IDS.value;

async function open(
  actor: Actor,
  ctx: AppContext,
  client: SubcommandArgs["client"],
  triggerId: string,
  expertId: number,
) {
  const { expertName, account } = await ctx.services.bank.accountOf(actor, expertId);
  await client.views.open({
    trigger_id: triggerId,
    view: accountModal(actor.locale, { id: expertId, name: expertName }, account),
  });
}

/** `/expert bank`: the person's own bank-account modal. */
export async function bankCommand({ actor, command, client, ctx }: SubcommandArgs) {
  await open(actor, ctx, client, command.trigger_id, ctx.services.bank.ownExpertId(actor));
  return undefined;
}

/** The App Home button; the service lets only the expert themself and the secretariat open it. */
export async function openAccount({ actor, body, value, client, ctx }: ActionArgs<number>) {
  await open(actor, ctx, client, body.trigger_id, value);
  return undefined;
}

export async function submitAccount({ actor, view, values, metadata, client, ctx }: ViewArgs<{ expertId: number }>) {
  const saved = await ctx.services.bank.saveAccount(
    actor,
    metadata.expertId,
    {
      bank: readSelected(values, B.bank, BANK_IDS.bankOptions),
      branch: readSelected(values, B.branch, BANK_IDS.branchOptions),
      accountType: readSelected(values, B.accountType, V),
      accountNumber: readText(values, B.accountNumber, V),
      holderName: readText(values, B.holderName, V),
      payeeKind: readSelected(values, B.payeeKind, V),
      invoiceNumber: readText(values, B.invoiceNumber, V),
    },
    view.id,
  );
  return {
    result: undefined,
    after: async () => {
      await client.chat.postMessage({
        channel: actor.userId,
        text: bankTexts(actor.locale).saved(accountSummary(saved, actor.locale, { full: true })),
      });
    },
  };
}
