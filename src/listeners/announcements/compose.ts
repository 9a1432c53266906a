import type { BlockAction } from "@slack/bolt";
import { ANNOUNCE_IDS } from "../../features/announcements/announcements-ids.js";
import { composeModal, previewModal } from "../../features/announcements/views/announcement-modals.js";
import { readSelected, readText } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { MalformedPayload } from "../../slack/payload.js";

const B = ANNOUNCE_IDS.blocks;
const V = ANNOUNCE_IDS.value;

/** The compose modal's submit: save the draft and show the preview in the same modal. */
export async function submitCompose({ actor, view, values, ctx }: ViewArgs) {
  const service = ctx.services.announcements;
  const input = service.parseCompose({
    segment: readSelected(values, B.segment, V),
    area: readSelected(values, B.area, V),
    smeStatus: readSelected(values, B.smeStatus, V),
    title: readText(values, B.title, V),
    body: readText(values, B.body, V),
  });
  const draft = await service.saveDraft(actor, view.id, input);
  const counts = await service.previewCounts(actor, draft);
  return {
    result: {
      response_action: "update" as const,
      view: previewModal(actor.locale, draft, counts, await service.programName()),
    },
  };
}

/** "Edit" on the preview: back to the compose modal, filled in with the draft. */
export async function editDraft({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const view = (body as BlockAction & { view?: { id: string; hash?: string } }).view;
  if (!view) throw new MalformedPayload("view", "the edit button is only on the preview modal");
  const draft = await ctx.services.announcements.getDraft(actor, value);
  await client.views.update({
    view_id: view.id,
    ...(view.hash ? { hash: view.hash } : {}),
    view: composeModal(actor.locale, draft),
  });
  return undefined;
}
