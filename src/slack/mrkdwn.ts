/**
 * Text from people (forms, imports, CSV, Slack profiles) is data, never markup. Slack parses
 * `<!channel>`, `<@U…>`, `<#C…>` and `<url|label>` in mrkdwn and in a message's `text`; its own rule
 * for showing such text literally is to replace `&`, `<` and `>` with entities (`*`, `_`, `~` may
 * stay). `plain_text` objects are not parsed and must not be escaped (the entities would show).
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Short alias for view code: `${esc(company.name)}`. */
export const esc = escapeMrkdwn;

/**
 * A link we build from stored data (a deliverable's or a video's URL). Only http(s) URLs become
 * links; the characters that would end Slack's `<url|label>` early are percent-encoded, and the
 * label is escaped. Anything else is shown as escaped text, so it can never turn into markup.
 */
export function mrkdwnLink(url: string, label: string): string {
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return esc(trimmed);
  const safe = trimmed.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
  return `<${safe}|${esc(label)}>`;
}
