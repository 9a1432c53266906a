import { TRAVEL_IDS } from "../../features/honoraria/travel/travel-ids.js";
import { travelModal, travelReturnModal } from "../../features/honoraria/travel/views/travel-views.js";
import { travelTexts } from "../../features/honoraria/travel/views/travel-views.texts.js";
import { readText, type StateValues } from "../../slack/blocks.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { openFromAction } from "../visits/open-modal.js";

const B = TRAVEL_IDS.blocks;
const V = TRAVEL_IDS.value;

/** The claim modal for a held visit (its expert; a returned claim comes back filled in). */
export async function openTravel({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { visit, travel } = await ctx.services.travel.claimable(actor, value);
  await openFromAction(client, body, travelModal(actor.locale, visit, travel));
  return undefined;
}

export async function submitTravel({ actor, view, values, ctx, metadata }: ViewArgs<{ visitId: number }>) {
  const v = values as StateValues;
  const files = (v[B.file]?.[V] as { files?: { id: string }[] } | undefined)?.files ?? [];
  await ctx.services.travel.submit(
    actor,
    {
      visitId: metadata.visitId,
      amount: readText(v, B.amount, V),
      description: readText(v, B.description, V),
      receiptFileId: files[0]?.id ?? null,
      receiptUrl: readText(v, B.url, V),
    },
    view.id,
  );
  return { result: undefined };
}

export async function acceptTravel({ actor, value, ctx }: ActionArgs<number>) {
  await ctx.services.travel.accept(actor, value);
  return { text: travelTexts(actor.locale).acceptedReply };
}

export async function openReturnTravel({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const { visit, travel } = await ctx.services.travel.reviewable(actor, value);
  await openFromAction(client, body, travelReturnModal(actor.locale, visit, travel));
  return undefined;
}

export async function submitReturnTravel({ actor, values, ctx, metadata }: ViewArgs<{ travelId: number }>) {
  await ctx.services.travel.returnForRevision(actor, metadata.travelId, readText(values as StateValues, B.reason, V));
  return { result: undefined };
}
