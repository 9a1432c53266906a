import type { Actor } from "../../features/roles/actor.js";
import type { SmeService } from "../../features/sme/sme-service.js";
import { linkResentText, linkStatusMessage } from "../../features/sme/views/link-messages.js";
import { linkMessagesTexts } from "../../features/sme/views/link-messages.texts.js";
import { AppError } from "../../lib/errors.js";
import { both } from "../../lib/i18n.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs } from "../../slack/interactions.js";
import { parseIdArg } from "../../slack/payload.js";

/** The SME side is off without PUBLIC_BASE_URL / LINK_SECRET: no pages, so no links to send. */
function smeOf(ctx: AppContext): SmeService {
  const sme = ctx.services.sme;
  if (!sme)
    throw new AppError(
      "invalid_state",
      both(linkMessagesTexts, (t) => t.webOff),
    );
  return sme;
}

async function resend(actor: Actor, applicationId: number, ctx: AppContext) {
  const { application, mailed } = await smeOf(ctx).resendLink(actor, applicationId);
  return { text: linkResentText(application, mailed, actor.locale) };
}

/** `/desk link <application>` shows the link's state; `/desk link <application> resend` sends a new one. */
export async function linkCommand({ actor, rest, ctx }: SubcommandArgs) {
  const [idText = "", verb = "", ...extra] = rest.trim().split(/\s+/);
  const applicationId = parseIdArg(idText);
  if (applicationId === null || (verb !== "" && verb !== "resend") || extra.length > 0)
    return { text: linkMessagesTexts(actor.locale).giveNumber };
  if (verb === "resend") return resend(actor, applicationId, ctx);
  return linkStatusMessage(await smeOf(ctx).linkStatus(actor, applicationId), actor.locale);
}

/** 「SMEにリンクを再送する」 on the `/desk link` reply. */
export async function resendFromButton({ actor, value, ctx }: ActionArgs<number>) {
  return resend(actor, value, ctx);
}
