import { createHash } from "node:crypto";
import { transferQueuedText } from "../../features/honoraria/bank/views/bank-messages.js";
import type { ActionArgs } from "../../slack/interactions.js";

/**
 * A batch's transfer-file button (secretariat): the file goes to the secretariat channel. Keyed by
 * the file's content, so a double click shares one file and a file changed since (an account
 * corrected) is shared again.
 */
export async function sendTransferFile({ actor, value, ctx }: ActionArgs<number>) {
  const file = await ctx.services.bank.transferFile(actor, value);
  const key = `${value}:${createHash("sha256").update(file.content).digest("hex").slice(0, 32)}`;
  const sent = await ctx.services.bank.sendTransferFile(actor, value, key);
  return { text: transferQueuedText({ batchId: value, ...sent }, actor.locale) };
}
