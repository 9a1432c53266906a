import type { Actor } from "../../features/roles/actor.js";
import type { SmeService } from "../../features/sme/sme-service.js";
import { linkResentText, linkStatusMessage } from "../../features/sme/views/link-messages.js";
import { AppError } from "../../lib/errors.js";
import type { SubcommandArgs } from "../../slack/command-router.js";
import type { AppContext } from "../../slack/context.js";
import type { ActionArgs } from "../../slack/interactions.js";
import { parseIdArg } from "../../slack/payload.js";

/** The SME side is off without PUBLIC_BASE_URL / LINK_SECRET: no pages, so no links to send. */
function smeOf(ctx: AppContext): SmeService {
  const sme = ctx.services.sme;
  if (!sme)
    throw new AppError("invalid_state", {
      ja: "SME向けのWebページが設定されていないため、リンクは送れません（PUBLIC_BASE_URL と LINK_SECRET を設定してください。`desk doctor` で確認できます）。",
      en: "The SME web pages are not configured, so no link can be sent (set PUBLIC_BASE_URL and LINK_SECRET; `desk doctor` checks them).",
    });
  return sme;
}

async function resend(actor: Actor, applicationId: number, ctx: AppContext) {
  const { application, mailed } = await smeOf(ctx).resendLink(actor, applicationId);
  return { text: linkResentText(application, mailed, actor.locale) };
}

/** `/desk link <application>` shows the link's state; `/desk link <application> resend` sends a new one. */
export async function linkCommand({ actor, rest, ctx }: SubcommandArgs) {
  const ja = actor.locale === "ja";
  const [idText = "", verb = "", ...extra] = rest.trim().split(/\s+/);
  const applicationId = parseIdArg(idText);
  if (applicationId === null || (verb !== "" && verb !== "resend") || extra.length > 0)
    return {
      text: ja
        ? "申込番号を指定してください（例: `/desk link 12` でリンクの状態を表示、`/desk link 12 resend` で再送）。"
        : "Give the application number (e.g. `/desk link 12` shows the link, `/desk link 12 resend` sends a new one).",
    };
  if (verb === "resend") return resend(actor, applicationId, ctx);
  return linkStatusMessage(await smeOf(ctx).linkStatus(actor, applicationId), actor.locale);
}

/** 「SMEにリンクを再送する」 on the `/desk link` reply. */
export async function resendFromButton({ actor, value, ctx }: ActionArgs<number>) {
  return resend(actor, value, ctx);
}
