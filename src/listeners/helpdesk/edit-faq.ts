import { HELPDESK_IDS } from "../../features/helpdesk/helpdesk-ids.js";
import { faqModal } from "../../features/helpdesk/views/helpdesk-views.js";
import { readMulti, readText, type StateValues } from "../../slack/blocks.js";
import { type ActionArgs, readMetadata, type ViewArgs } from "../../slack/interactions.js";

const B = HELPDESK_IDS.blocks;
const V = HELPDESK_IDS.value;

/** "FAQを編集" / "FAQを追加" (value "new"). */
export async function openFaqEditor({ actor, value, body, client, ctx }: ActionArgs) {
  const entry = value === "new" ? null : await ctx.services.helpdesk.getFaq(actor, Number(value));
  await client.views.open({ trigger_id: body.trigger_id, view: faqModal(actor.locale, entry) as never });
  return undefined;
}

export async function submitFaq({ actor, view, values, ctx }: ViewArgs) {
  const { entryId } = readMetadata<{ entryId: number | null }>(view);
  const v = values as StateValues;
  const service = ctx.services.helpdesk;
  if (entryId && readMulti(v, B.remove, V).includes(HELPDESK_IDS.removeValue)) {
    await service.deleteFaq(actor, entryId);
    return { result: undefined };
  }
  const input = service.parseFaq({
    questionJa: readText(v, B.questionJa, V),
    answerJa: readText(v, B.answerJa, V),
    questionEn: readText(v, B.questionEn, V),
    answerEn: readText(v, B.answerEn, V),
    keywords: readText(v, B.keywords, V),
  });
  await service.saveFaq(actor, entryId ?? null, input);
  return { result: undefined };
}
