import { z } from "zod";
import { HELPDESK_IDS } from "../../features/helpdesk/helpdesk-ids.js";
import { faqModal } from "../../features/helpdesk/views/helpdesk-views.js";
import { readMulti, readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { IdNumber, metadataSchema } from "../../slack/payload.js";

const B = HELPDESK_IDS.blocks;
const V = HELPDESK_IDS.value;

/** "FAQを編集" / "FAQを追加" (value "new"). */
export async function openFaqEditor({ actor, value, body, client, ctx }: ActionArgs<"new" | number>) {
  const entry = value === "new" ? null : await ctx.services.helpdesk.getFaq(actor, value);
  await client.views.open({ trigger_id: body.trigger_id, view: faqModal(actor.locale, entry) });
  return undefined;
}

/** The FAQ modal's metadata: the entry edited, or null for a new one. */
export const FaqMetadata = metadataSchema(z.object({ entryId: IdNumber.nullable() }));

export async function submitFaq({ actor, metadata, values, ctx }: ViewArgs<z.infer<typeof FaqMetadata>>) {
  const { entryId } = metadata;
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
