/** Plain-text rendering of Block Kit for terminals (`npm run demo`, `desk run --dry-run`). */
export function blocksToText(blocks: readonly unknown[]): string {
  const out: string[] = [];
  const text = (t: unknown) => (t && typeof t === "object" && "text" in t ? String((t as { text: unknown }).text) : "");
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
