/** What Slack shows for escaped mrkdwn: people's text as they typed it (a terminal parses no markup). */
function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Plain-text rendering of Block Kit for terminals (`npm run demo`): mrkdwn texts are shown as Slack
 * shows them (entities decoded), plain_text as it is.
 */
export function blocksToText(blocks: readonly unknown[]): string {
  const out: string[] = [];
  const text = (t: unknown) => {
    if (!t || typeof t !== "object" || !("text" in t)) return "";
    const o = t as { type?: unknown; text: unknown };
    return o.type === "mrkdwn" ? unescapeMrkdwn(String(o.text)) : String(o.text);
  };
  for (const raw of blocks) {
    const b = raw as Record<string, any>;
    switch (b.type) {
      case "header":
        out.push(`■ ${text(b.text)}`);
        break;
      case "section":
        if (b.text) out.push(text(b.text));
        if (Array.isArray(b.fields)) out.push(b.fields.map(text).join("\n"));
        break;
      case "context":
        out.push((b.elements ?? []).map(text).filter(Boolean).join("  "));
        break;
      case "divider":
        out.push("─".repeat(40));
        break;
      case "actions":
        out.push((b.elements ?? []).map((e: Record<string, unknown>) => `[${text(e.text)}]`).join(" "));
        break;
      case "rich_text":
        break;
      default:
        if (b.text) out.push(text(b.text));
    }
  }
  return out.filter((l) => l !== "").join("\n");
}
