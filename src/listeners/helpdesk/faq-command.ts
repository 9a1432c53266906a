import { helpdeskTexts } from "../../features/helpdesk/helpdesk.texts.js";
import { askModal, faqListReply, faqModal, faqSearchReply } from "../../features/helpdesk/views/helpdesk-views.js";
import type { ModalView } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import { parseIdArg } from "../../slack/payload.js";

/**
 * `/desk faq [words]`: the FAQ list, or the answers to a question. Secretariat members also use
 * `/desk faq add`, `/desk faq edit N` and `/desk faq delete N`.
 */
export async function faqCommand({ actor, rest, ctx, client, command }: SubcommandArgs) {
  const service = ctx.services.helpdesk;
  const [verb = "", arg = ""] = rest.split(/\s+/);
  const id = parseIdArg(arg);
  const open = async (view: ModalView) => {
    await client.views.open({ trigger_id: command.trigger_id, view });
    return undefined;
  };
  if (actor.isSecretariat) {
    if (verb === "add") return open(faqModal(actor.locale, null));
    if (verb === "edit" && id !== null) return open(faqModal(actor.locale, await service.getFaq(actor, id)));
    if (verb === "delete" && id !== null) {
      await service.deleteFaq(actor, id);
      return { text: helpdeskTexts(actor.locale).faqDeleted(id) };
    }
  }
  if (verb === "ask") return open(askModal(actor.locale));
  if (rest === "") return faqListReply(await service.listFaq(), actor.locale, actor.isSecretariat);
  return faqSearchReply(
    rest,
    await service.search(rest),
    actor.locale,
    await service.placeholders(),
    actor.isSecretariat,
  );
}
