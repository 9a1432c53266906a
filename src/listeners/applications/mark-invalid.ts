import { z } from "zod";
import { APPLICATION_IDS } from "../../features/applications/applications-ids.js";
import { applicationErrorsTexts } from "../../features/applications/views/application-errors.texts.js";
import { type InvalidModalMetadata, invalidReasonModal } from "../../features/applications/views/application-form.js";
import { applicationTitle } from "../../features/applications/views/application-text.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import { readSelected, readText, type StateValues } from "../../slack/blocks.js";
import type { HomeRegistry } from "../../slack/home.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { IdNumber, metadataSchema } from "../../slack/payload.js";

const B = APPLICATION_IDS.blocks;
const V = APPLICATION_IDS.value;

/** The Invalid button opens a modal for the reason (only while the application waits for screening). */
export async function openMarkInvalid({ actor, value, body, client, ctx }: ActionArgs<number>) {
  const application = await ctx.services.applications.get(actor, value);
  if (application.status !== "received") {
    throw new AppError(
      "already_done",
      both(applicationErrorsTexts, (t) => t.alreadyScreenedTitle(applicationTitle(application))),
    );
  }
  const fromHome = body.view?.type === "home";
  await client.views.open({
    trigger_id: body.trigger_id,
    view: invalidReasonModal(actor.locale, application, fromHome),
  });
  return undefined;
}

/** The invalid-reason modal's metadata. */
export const InvalidMetadata = metadataSchema(z.object({ applicationId: IdNumber, fromHome: z.boolean() }));

export async function submitMarkInvalid(
  { actor, metadata, values, client, ctx }: ViewArgs<InvalidModalMetadata>,
  home: HomeRegistry,
) {
  const { applicationId, fromHome } = metadata;
  const v = values as StateValues;
  await ctx.services.applications.markInvalid(
    actor,
    applicationId,
    readSelected(v, B.reason, V),
    readText(v, B.reasonDetail, V),
  );
  return fromHome ? { after: () => home.publish(client, actor, ctx) } : undefined;
}
