import { caseListMessage } from "../../features/visits/views/visit-messages.js";
import type { SubcommandArgs } from "../../slack/command-router.js";

/** `/visit` and `/visit list`: my active cases with the next steps as buttons. */
export async function listMyCases({ actor, ctx }: SubcommandArgs) {
  if (!actor.expert && actor.isSecretariat)
    return {
      text:
        actor.locale === "ja"
          ? "事務局の方は `/desk case 案件番号` で案件ページを開けます。確認待ちの報告書は App ホームに表示されます。"
          : "Secretariat members open a case page with `/desk case <number>`; reports waiting for review are on the App Home.",
    };
  return caseListMessage(await ctx.services.visits.cases.listMine(actor), actor.locale);
}
