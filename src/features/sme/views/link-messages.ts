import { formatInstant } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, button, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { ApplicationDetail } from "../../applications/applications-repository.js";
import { SME_IDS } from "../sme-ids.js";
import type { LinkStatus } from "../sme-service.js";

function title(a: ApplicationDetail): string {
  return `#${a.id} ${esc(a.company.name)}`;
}

/** `/desk link <id>`: whom the personal link goes to, whether one works now, and the resend button. */
export function linkStatusMessage(s: LinkStatus, locale: Locale) {
  const ja = locale === "ja";
  const a = s.application;
  const live = s.live
    ? ja
      ? `有効なリンクあり（発行 ${formatInstant(s.live.issuedAt, "ja")}、有効期限 ${formatInstant(s.live.expiresAt, "ja")}）`
      : `A link works now (issued ${formatInstant(s.live.issuedAt, "en")}, valid until ${formatInstant(s.live.expiresAt, "en")})`
    : ja
      ? "有効なリンクはありません（次のメールで新しいリンクが発行されます）"
      : "No link works now (the next mail issues a new one)";
  const text = ja
    ? `*SME専用ページのリンク: ${title(a)}*\n送り先: ${esc(a.contactName)} 様（${esc(a.contactEmail)}）\n${live}\n再送すると新しいリンクをメールで送り、以前のリンクは使えなくなります。`
    : `*SME page link: ${title(a)}*\nSent to: ${esc(a.contactName)} (${esc(a.contactEmail)})\n${live}\nResending mails a new link; the earlier link stops working.`;
  return {
    text,
    blocks: [
      section(text),
      actions(`sme_link_${a.id}`, [
        button(ja ? "SMEにリンクを再送する" : "Resend the link to the SME", SME_IDS.resendButton, String(a.id)),
      ]),
    ],
  };
}

/** After a resend: what happened, for the secretariat member who asked. */
export function linkResentText(a: ApplicationDetail, mailed: boolean, locale: Locale): string {
  const ja = locale === "ja";
  if (!mailed)
    return ja
      ? `${title(a)}: 新しいリンクを発行しましたが、メールは送られませんでした（担当者は Slack で連絡を受けています）。`
      : `${title(a)}: a new link was issued but no mail was sent (the contact is reached on Slack).`;
  return ja
    ? `${title(a)}: ${esc(a.contactName)} 様（${esc(a.contactEmail)}） に新しいリンクをメールで送りました。以前のリンクは使えなくなりました。`
    : `${title(a)}: a new link was mailed to ${esc(a.contactName)} (${esc(a.contactEmail)}). The earlier link no longer works.`;
}
