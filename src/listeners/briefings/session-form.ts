import { BRIEFING_IDS } from "../../features/briefings/briefings-ids.js";
import { createModal } from "../../features/briefings/views/briefing-views.js";
import { briefingTexts } from "../../features/briefings/views/briefing-views.texts.js";
import { readDate, readText, readTime, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { esc } from "../../slack/mrkdwn.js";

const B = BRIEFING_IDS.blocks;
const V = BRIEFING_IDS.value;

/** "説明会を作成" in the secretariat's list. */
export async function openCreateSession({ actor, body, client }: ActionArgs) {
  await client.views.open({ trigger_id: body.trigger_id, view: createModal(actor.locale) });
  return undefined;
}

export async function submitCreateSession({ actor, values, ctx, client }: ViewArgs) {
  const v = values as StateValues;
  const service = ctx.services.briefings;
  const input = service.parseForm({
    held_on: readDate(v, B.heldOn, V),
    start_time: readTime(v, B.startTime, V),
    city: readText(v, B.city, V),
    venue: readText(v, B.venue, V),
    capacity: readText(v, B.capacity, V),
    video_url: readText(v, B.videoUrl, V),
  });
  const session = await service.create(actor, input);
  const text = briefingTexts(actor.locale).created({
    id: session.id,
    heldOn: session.heldOn,
    city: esc(session.city),
    capacity: session.capacity,
  });
  return {
    after: async () => {
      await client.chat.postMessage({ channel: actor.userId, text });
    },
  };
}
