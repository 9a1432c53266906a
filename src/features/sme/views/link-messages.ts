import { formatInstant } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, button, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { ApplicationDetail } from "../../applications/applications-repository.js";
import { SME_IDS } from "../sme-ids.js";
import type { LinkStatus } from "../sme-service.js";
import { linkMessagesTexts } from "./link-messages.texts.js";

function title(a: ApplicationDetail): string {
  return `#${a.id} ${esc(a.company.name)}`;
}

/** `/desk link <id>`: whom the personal link goes to, whether one works now, and the resend button. */
export function linkStatusMessage(s: LinkStatus, locale: Locale) {
  const t = linkMessagesTexts(locale);
  const a = s.application;
  const live = s.live
    ? t.live({ issued: formatInstant(s.live.issuedAt, locale), expires: formatInstant(s.live.expiresAt, locale) })
    : t.noLive;
  const text = t.status({ title: title(a), name: esc(a.contactName), email: esc(a.contactEmail), live });
  return {
    text,
    blocks: [section(text), actions(`sme_link_${a.id}`, [button(t.resendButton, SME_IDS.resendButton, String(a.id))])],
  };
}

/** After a resend: what happened, for the secretariat member who asked. */
export function linkResentText(a: ApplicationDetail, mailed: boolean, locale: Locale): string {
  const t = linkMessagesTexts(locale);
  if (!mailed) return t.resentNoMail(title(a));
  return t.resent({ title: title(a), name: esc(a.contactName), email: esc(a.contactEmail) });
}
