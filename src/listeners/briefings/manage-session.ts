import { BRIEFING_IDS } from "../../features/briefings/briefings-ids.js";
import {
  attendanceModal,
  cancelModal,
  secretariatList,
  sessionTitle,
  videoModal,
} from "../../features/briefings/views/briefing-views.js";
import { briefingTexts } from "../../features/briefings/views/briefing-views.texts.js";
import { readMulti, readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";

const B = BRIEFING_IDS.blocks;
const V = BRIEFING_IDS.value;

/** Closing or reopening registration answers with the refreshed list. */
export async function closeRegistration({ actor, value, ctx }: ActionArgs<number>) {
  await ctx.services.briefings.setRegistrationOpen(actor, value, false);
  return secretariatList(await ctx.services.briefings.listForSecretariat(actor), actor.locale);
}

export async function reopenRegistration({ actor, value, ctx }: ActionArgs<number>) {
  await ctx.services.briefings.setRegistrationOpen(actor, value, true);
  return secretariatList(await ctx.services.briefings.listForSecretariat(actor), actor.locale);
}

export async function openCancelSession({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const session = await ctx.services.briefings.get(value);
  await client.views.open({ trigger_id: body.trigger_id, view: cancelModal(actor.locale, session) });
  return undefined;
}

export async function submitCancelSession({ actor, values, ctx, client, metadata }: ViewArgs<{ sessionId: number }>) {
  const { sessionId } = metadata;
  const { told } = await ctx.services.briefings.cancelSession(
    actor,
    sessionId,
    readText(values as StateValues, B.reason, V),
  );
  const session = await ctx.services.briefings.get(sessionId);
  const text = briefingTexts(actor.locale).cancelledAndTold({ session: sessionTitle(session, actor.locale), told });
  return {
    after: async () => {
      await client.chat.postMessage({ channel: actor.userId, text });
    },
  };
}

export async function openAttendance({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const session = await ctx.services.briefings.attendanceSession(actor, value);
  await client.views.open({ trigger_id: body.trigger_id, view: attendanceModal(actor.locale, session) });
  return undefined;
}

export async function submitAttendance({ actor, values, ctx, client, metadata }: ViewArgs<{ sessionId: number }>) {
  const { sessionId } = metadata;
  const v = values as StateValues;
  const ids = Object.keys(v)
    .filter((blockId) => blockId.startsWith(B.attendedPrefix))
    .flatMap((blockId) => readMulti(v, blockId, V).map(Number));
  const { attended } = await ctx.services.briefings.recordAttendance(actor, sessionId, ids);
  const text = briefingTexts(actor.locale).attendanceRecorded({ id: sessionId, attended });
  return {
    after: async () => {
      await client.chat.postMessage({ channel: actor.userId, text });
    },
  };
}

export async function openVideo({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const session = await ctx.services.briefings.get(value);
  await client.views.open({ trigger_id: body.trigger_id, view: videoModal(actor.locale, session) });
  return undefined;
}

export async function submitVideo({ actor, values, ctx, metadata }: ViewArgs<{ sessionId: number }>) {
  const { sessionId } = metadata;
  const v = values as StateValues;
  const raw = readText(v, B.videoViews, V);
  await ctx.services.briefings.recordVideo(actor, sessionId, {
    url: readText(v, B.videoUrl, V),
    views: raw === "" ? Number.NaN : Number(raw),
  });
  return { result: undefined };
}
