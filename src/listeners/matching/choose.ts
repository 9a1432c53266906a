import { recordedVia } from "../../features/matching/matching.schemas.js";
import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { recordChoiceModal } from "../../features/matching/views/matching-modals.js";
import { matchingReplyTexts } from "../../features/matching/views/matching-replies.texts.js";
import { todayJst } from "../../lib/clock.js";
import { readDate, readSelected, readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { esc } from "../../slack/mrkdwn.js";
import { IdValue, parsePayload } from "../../slack/payload.js";

const B = MATCHING_IDS.blocks;
const V = MATCHING_IDS.value;

/** The SME contact's Choose button in their DM (value "<proposal>:<expert>"). */
export async function chooseFromDm({ actor, value, ctx }: ActionArgs<[number, number]>) {
  const [proposalId, expertId] = value;
  const { expert } = await ctx.services.matching.choose(actor, proposalId, expertId, { via: "slack" });
  return { text: matchingReplyTexts(actor.locale).youChose(esc(expert.nameKanji)) };
}

/** "Record the SME's choice": the secretariat enters what the SME said by phone or mail. */
export async function openRecordChoice({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { proposal, title } = await ctx.services.matching.getOpenProposal(actor, value);
  await client.views.open({
    trigger_id: body.trigger_id,
    view: recordChoiceModal(
      actor.locale,
      { id: proposal.id, title },
      proposal.candidates.map((c) => c.expert),
      todayJst(ctx.clock),
    ),
  });
  return undefined;
}

export async function submitRecordChoice({ actor, values, ctx, metadata }: ViewArgs<{ proposalId: number }>) {
  const { proposalId } = metadata;
  const v = values as StateValues;
  const expertId = parsePayload(IdValue, readSelected(v, B.expert, V) ?? "", "expert");
  await ctx.services.matching.choose(actor, proposalId, expertId, {
    via: recordedVia(readSelected(v, B.via, V)),
    contactedOn: readDate(v, B.contactedOn, V),
    note: readText(v, B.note, V),
  });
  return { result: undefined };
}
