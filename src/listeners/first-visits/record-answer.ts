import { AnswerChannelSchema } from "../../features/first-visits/first-visits.schemas.js";
import { firstVisitErrorTexts } from "../../features/first-visits/first-visits.texts.js";
import { FIRST_VISIT_IDS } from "../../features/first-visits/first-visits-ids.js";
import { recordAnswerModal } from "../../features/first-visits/views/first-visit-modals.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { readSelected, readText } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { openFromAction } from "../visits/open-modal.js";

const B = FIRST_VISIT_IDS.blocks;
const V = FIRST_VISIT_IDS.value;

/** 「SMEの回答を記録する」 (secretariat channel message, App Home, case page): value = proposal id. */
export async function openRecordAnswer({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { case: c, proposal } = await ctx.services.firstVisits.answerContext(actor, value);
  await openFromAction(
    client,
    body,
    recordAnswerModal(actor.locale, {
      case: c,
      proposalId: proposal.id,
      options: proposal.options,
      noteToSme: proposal.noteToSme,
    }),
  );
  return undefined;
}

export async function submitRecordAnswer({ actor, values, metadata, ctx }: ViewArgs<{ proposalId: number }>) {
  const answer = readSelected(values, B.answer, V);
  const channel = AnswerChannelSchema.safeParse(readSelected(values, B.channel, V));
  const by = { kind: "secretariat" as const, actor, channel: channel.success ? channel.data : null };
  const note = readText(values, B.answerNote, V);
  if (answer === FIRST_VISIT_IDS.noneFitsValue) {
    await ctx.services.firstVisits.askForOthers(by, metadata.proposalId, note);
    return { result: undefined };
  }
  const option = Number(answer);
  if (!answer || !Number.isInteger(option) || option < 1)
    throw new AppError(
      "invalid_input",
      both(firstVisitErrorTexts, (t) => t.chooseAnswer),
      { field: B.answer },
    );
  await ctx.services.firstVisits.confirm(by, metadata.proposalId, option);
  return { result: undefined };
}
