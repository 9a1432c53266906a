import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import { type ApplyModalMetadata, applyModal } from "../../features/applications/views/application-form.js";
import type { Actor } from "../../features/roles/actor.js";
import type { StateValues } from "../../slack/blocks.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs, ViewArgs } from "../../slack/interactions.js";
import { metadataSchema } from "../../slack/payload.js";
import { readApplicationForm } from "./read-application-form.js";

/** The secretariat enters applications received elsewhere; anyone else applies for themselves. */
async function openApplyModal(actor: Actor, ctx: AppContext, client: WebClient, triggerId: string) {
  const { today, window } = await ctx.services.applications.formDefaults();
  const view = applyModal(actor.locale, {
    mode: actor.isSecretariat ? "secretariat" : "applicant",
    today,
    window,
    contactUser: actor.isSecretariat ? null : actor.userId,
  });
  await client.views.open({ trigger_id: triggerId, view: view });
}

/** `/apply` */
export async function openApply({ actor, command, client, ctx }: SubcommandArgs) {
  await openApplyModal(actor, ctx, client, command.trigger_id);
  return undefined;
}

/** The App Home's "open the application form" button. */
export async function openApplyFromHome({ actor, body, client, ctx }: ActionArgs) {
  await openApplyModal(actor, ctx, client, body.trigger_id);
  return undefined;
}

/** The application modal's metadata: who fills it in (the SME itself or the secretariat for it). */
export const ApplyMetadata = metadataSchema(z.object({ mode: z.enum(["applicant", "secretariat"]) }));

export async function submitApply({ actor, view, values, metadata, ctx }: ViewArgs<ApplyModalMetadata>) {
  // The role decides on the server; the form's mode only says which fields were shown.
  const onBehalf = actor.isSecretariat && metadata.mode === "secretariat";
  const service = ctx.services.applications;
  const input = service.parseForm(readApplicationForm(values as StateValues), onBehalf);
  await service.apply(actor, input, { submissionKey: view.id, onBehalf });
  return { result: undefined };
}
