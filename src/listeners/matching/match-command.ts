import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { approvalModal, proposeModal } from "../../features/matching/views/matching-modals.js";
import { matchingReplyTexts } from "../../features/matching/views/matching-replies.texts.js";
import { actions, button, section } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import { parseIdArg } from "../../slack/payload.js";

/** "12", "#12" → 12; anything else → null. */
export const parseNumberArg = parseIdArg;

/** `/desk match <application id>`: the next matching step for that application. */
export async function matchCommand({ actor, rest, command, client, ctx }: SubcommandArgs) {
  const t = matchingReplyTexts(actor.locale);
  const applicationId = parseNumberArg(rest);
  if (applicationId === null) return { text: t.matchNeedsNumber };
  const entry = await ctx.services.matching.matchEntry(actor, applicationId);
  switch (entry.kind) {
    case "propose":
      await client.views.open({
        trigger_id: command.trigger_id,
        view: proposeModal(actor.locale, entry.preview),
      });
      return undefined;
    case "approve":
      await client.views.open({
        trigger_id: command.trigger_id,
        view: approvalModal(actor.locale, entry.preview),
      });
      return undefined;
    case "waiting": {
      const text = t.waiting(applicationId);
      return {
        text,
        blocks: [
          section(text),
          actions("matching_waiting", [
            button(t.recordChoiceButton, MATCHING_IDS.recordChoiceButton, String(entry.proposalId)),
          ]),
        ],
      };
    }
    case "info":
      return { text: entry.message[actor.locale] };
  }
}
