import { BRIEFING_IDS } from "../../features/briefings/briefings-ids.js";
import {
  attendanceModal,
  cancelModal,
  secretariatList,
  sessionTitle,
  videoModal,
} from "../../features/briefings/views/briefing-views.js";
import { readMulti, readText, type StateValues } from "../../slack/blocks.js";
import { type ActionArgs, readMetadata, type ViewArgs } from "../../slack/interactions.js";

const B = BRIEFING_IDS.blocks;
const V = BRIEFING_IDS.value;

/** Closing or reopening registration answers with the refreshed list. */
export async function closeRegistration({ actor, value, ctx }: ActionArgs) {
  await ctx.services.briefings.setRegistrationOpen(actor, Number(value), false);
  return secretariatList(await ctx.services.briefings.listForSecretariat(actor), actor.locale);
}

export async function reopenRegistration({ actor, value, ctx }: ActionArgs) {
  await ctx.services.briefings.setRegistrationOpen(actor, Number(value), true);
  return secretariatList(await ctx.services.briefings.listForSecretariat(actor), actor.locale);
}

export async function openCancelSession({ actor, value, body, client, ctx }: ActionArgs) {
  const session = await ctx.services.briefings.get(Number(value));
  await client.views.open({ trigger_id: body.trigger_id, view: cancelModal(actor.locale, session) as never });
  return undefined;
}

export async function submitCancelSession({ actor, view, values, ctx, client }: ViewArgs) {
  const { sessionId } = readMetadata<{ sessionId: number }>(view);
  const { told } = await ctx.services.briefings.cancelSession(
    actor,
    Number(sessionId),
    readText(values as StateValues, B.reason, V),
  );
  const session = await ctx.services.briefings.get(Number(sessionId));
  const ja = actor.locale === "ja";
  return {
    after: async () => {
      await client.chat.postMessage({
        channel: actor.userId,
        text: ja
          ? `説明会 ${sessionTitle(session, "ja")} を中止し、申込者 ${told} 名に通知しました。`
          : `Cancelled ${sessionTitle(session, "en")} and told ${told} registrants.`,
      });
    },
  };
}

export async function openAttendance({ actor, value, body, client, ctx }: ActionArgs) {
  const session = await ctx.services.briefings.attendanceSession(actor, Number(value));
  await client.views.open({ trigger_id: body.trigger_id, view: attendanceModal(actor.locale, session) as never });
  return undefined;
}

export async function submitAttendance({ actor, view, values, ctx, client }: ViewArgs) {
  const { sessionId } = readMetadata<{ sessionId: number }>(view);
  const v = values as StateValues;
  const ids = Object.keys(v)
    .filter((blockId) => blockId.startsWith(B.attendedPrefix))
    .flatMap((blockId) => readMulti(v, blockId, V).map(Number));
  const { attended } = await ctx.services.briefings.recordAttendance(actor, Number(sessionId), ids);
  const ja = actor.locale === "ja";
  return {
    after: async () => {
      await client.chat.postMessage({
        channel: actor.userId,
        text: ja
          ? `説明会 #${sessionId} の出席者 ${attended} 名を記録しました。`
          : `Recorded ${attended} attendees for session #${sessionId}.`,
      });
    },
  };
}

export async function openVideo({ actor, value, body, client, ctx }: ActionArgs) {
  const session = await ctx.services.briefings.get(Number(value));
  await client.views.open({ trigger_id: body.trigger_id, view: videoModal(actor.locale, session) as never });
  return undefined;
}

export async function submitVideo({ actor, view, values, ctx }: ViewArgs) {
  const { sessionId } = readMetadata<{ sessionId: number }>(view);
  const v = values as StateValues;
  const raw = readText(v, B.videoViews, V);
  await ctx.services.briefings.recordVideo(actor, Number(sessionId), {
    url: readText(v, B.videoUrl, V),
    views: raw === "" ? Number.NaN : Number(raw),
  });
  return { result: undefined };
}
