import { transferQueuedText } from "../../features/honoraria/bank/views/bank-messages.js";
import type { ActionArgs } from "../../slack/interactions.js";

/** A batch's transfer-file button (secretariat; the service refuses anyone else): the file goes to the secretariat channel. */
export async function sendTransferFile({ actor, value, ctx }: ActionArgs<number>) {
  const sent = await ctx.services.bank.sendTransferFile(actor, value);
  return { text: transferQueuedText({ batchId: value, ...sent }, actor.locale) };
}
