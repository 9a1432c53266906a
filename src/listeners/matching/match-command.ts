import { MATCHING_IDS } from "../../features/matching/matching-ids.js";
import { approvalModal, proposeModal } from "../../features/matching/views/matching-modals.js";
import { actions, button, section } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import { parseIdArg } from "../../slack/payload.js";

/** "12", "#12" → 12; anything else → null. */
export const parseNumberArg = parseIdArg;

/** `/desk match <application id>`: the next matching step for that application. */
export async function matchCommand({ actor, rest, command, client, ctx }: SubcommandArgs) {
  const ja = actor.locale === "ja";
  const applicationId = parseNumberArg(rest);
  if (applicationId === null)
    return {
      text: ja
        ? "申込番号を指定してください（例: `/desk match 12`）。"
        : "Give the application number (e.g. `/desk match 12`).",
    };
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
      const text = ja
        ? `申込み #${applicationId} は候補を案内済みで、企業の選択を待っています。電話やメールで選択を受けた場合は記録してください。`
        : `Application #${applicationId} has candidates waiting for the SME's choice. If the SME told you by phone or mail, record it.`;
      return {
        text,
        blocks: [
          section(text),
          actions("matching_waiting", [
            button(
              ja ? "企業に代わって選択を記録" : "Record the SME's choice",
              MATCHING_IDS.recordChoiceButton,
              String(entry.proposalId),
            ),
          ]),
        ],
      };
    }
    case "info":
      return { text: entry.message[actor.locale] };
  }
}
