import { BANK_IDS } from "../../features/honoraria/bank/bank-ids.js";
import { payerModal, payerSummary } from "../../features/honoraria/bank/views/bank-messages.js";
import { bankTexts } from "../../features/honoraria/bank/views/bank-messages.texts.js";
import { readSelected, readText } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";

const B = BANK_IDS.blocks;
const V = BANK_IDS.value;

/** The payer settings (secretariat; the service refuses anyone else). */
export async function openPayer({ actor, body, client, ctx }: ActionArgs) {
  const payer = await ctx.services.bank.payer(actor);
  await client.views.open({ trigger_id: body.trigger_id, view: payerModal(actor.locale, payer) });
  return undefined;
}

export async function submitPayer({ actor, values, client, ctx }: ViewArgs) {
  const payer = await ctx.services.bank.setPayer(actor, {
    code: readText(values, B.payerCode, V),
    name: readText(values, B.payerName, V),
    bank: readSelected(values, B.bank, BANK_IDS.bankOptions),
    branch: readSelected(values, B.branch, BANK_IDS.branchOptions),
    accountType: readSelected(values, B.accountType, V),
    accountNumber: readText(values, B.accountNumber, V),
  });
  return {
    result: undefined,
    after: async () => {
      await client.chat.postMessage({
        channel: actor.userId,
        text: bankTexts(actor.locale).payerSaved(payerSummary(payer, actor.locale)),
      });
    },
  };
}
