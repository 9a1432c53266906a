import { defineMessages } from "../../../lib/i18n.js";

/** `/desk link`: the SME page link's state, its resend, and why a link cannot be sent. */
export const linkMessagesTexts = defineMessages("sme.link", {
  ja: {
    live: (p: { issued: string; expires: string }) => `有効なリンクあり（発行 ${p.issued}、有効期限 ${p.expires}）`,
    noLive: "有効なリンクはありません（次のメールで新しいリンクが発行されます）",
    status: (p: { title: string; name: string; email: string; live: string }) =>
      `*SME専用ページのリンク: ${p.title}*\n送り先: ${p.name} 様（${p.email}）\n${p.live}\n再送すると新しいリンクをメールで送り、以前のリンクは使えなくなります。`,
    resendButton: "SMEにリンクを再送する",
    resentNoMail: (title: string) =>
      `${title}: 新しいリンクを発行しましたが、メールは送られませんでした（担当者は Slack で連絡を受けています）。`,
    resent: (p: { title: string; name: string; email: string }) =>
      `${p.title}: ${p.name} 様（${p.email}） に新しいリンクをメールで送りました。以前のリンクは使えなくなりました。`,
    notFound: (id: number) => `申込番号 #${id} の申込みは見つかりません。`,
    onSlack: (id: number) =>
      `申込み #${id} の担当者は Slack で連絡を受けています。専用ページのリンクはメールで連絡を受ける方にだけ送ります。`,
    noEmail: (id: number) =>
      `申込み #${id} には担当者のメールアドレスが登録されていないため、リンクを送れません。電話などでメールアドレスを確認してください。`,
    webOff:
      "SME向けのWebページが設定されていないため、リンクは送れません（PUBLIC_BASE_URL と LINK_SECRET を設定してください。`desk doctor` で確認できます）。",
    giveNumber:
      "申込番号を指定してください（例: `/desk link 12` でリンクの状態を表示、`/desk link 12 resend` で再送）。",
    commandUsage: "link <申込番号> [resend]",
    commandSummary:
      "SME専用ページのリンクの状態を表示する（resend: 新しいリンクをメールで再送し、以前のリンクを無効にする）",
  },
  en: {
    live: (p) => `A link works now (issued ${p.issued}, valid until ${p.expires})`,
    noLive: "No link works now (the next mail issues a new one)",
    status: (p) =>
      `*SME page link: ${p.title}*\nSent to: ${p.name} (${p.email})\n${p.live}\nResending mails a new link; the earlier link stops working.`,
    resendButton: "Resend the link to the SME",
    resentNoMail: (title) => `${title}: a new link was issued but no mail was sent (the contact is reached on Slack).`,
    resent: (p) => `${p.title}: a new link was mailed to ${p.name} (${p.email}). The earlier link no longer works.`,
    notFound: (id) => `There is no application #${id}.`,
    onSlack: (id) =>
      `The contact of application #${id} is reached on Slack; the page link is sent only to contacts reached by e-mail.`,
    noEmail: (id) =>
      `Application #${id} has no contact e-mail address, so the link cannot be sent. Ask the contact for one by phone.`,
    webOff:
      "The SME web pages are not configured, so no link can be sent (set PUBLIC_BASE_URL and LINK_SECRET; `desk doctor` checks them).",
    giveNumber:
      "Give the application number (e.g. `/desk link 12` shows the link, `/desk link 12 resend` sends a new one).",
    commandUsage: "link <application number> [resend]",
    commandSummary: "Show the SME page link (resend: mail a new link and invalidate the old one)",
  },
});
