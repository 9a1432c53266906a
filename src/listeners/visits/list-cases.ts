import { caseListMessage } from "../../features/visits/views/visit-messages.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import { visitReplyTexts } from "./visits-listeners.texts.js";

/** `/visit` and `/visit list`: my active cases with the next steps as buttons. */
export async function listMyCases({ actor, ctx }: SubcommandArgs) {
  if (!actor.expert && actor.isSecretariat) return { text: visitReplyTexts(actor.locale).secretariatList };
  return caseListMessage(await ctx.services.visits.cases.listMine(actor), actor.locale);
}
