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
