/**
 * Checks that text people typed is shown as text, never parsed as Slack markup. Walks message and
 * view payloads and sorts every text by how Slack reads it: `mrkdwn` text objects (section text,
 * section fields, context elements) and a message's top-level `text` are parsed, so raw hostile
 * markup must not be in them; `plain_text` objects (headers, buttons, options, labels) and input
 * `initial_value`s are shown as they are, so they must not carry entities (`&lt;` would show).
 */
import type { FakeSlack } from "./fake-slack.js";

/**
 * What a hostile person types into every free-text field: a channel ping, a disguised link, a
 * mention and a channel link of ids nobody uses elsewhere, and an entity that must stay literal.
 */
export const HOSTILE = "<!channel> <https://evil.example/login|申込フォームを開く> <@UHOSTILE> <#CHOSTILE> &amp;";

/** The parts of HOSTILE that Slack would turn into markup if they reached mrkdwn unescaped. */
export const HOSTILE_MARKUP = ["<!channel>", "<https://evil.example", "<@UHOSTILE>", "<#CHOSTILE>"];

/** How HOSTILE's channel ping reads once escaped: proof that the text is shown, not dropped. */
export const ESCAPED_PING = "&lt;!channel&gt;";

export type TextSlot = { kind: "mrkdwn" | "plain"; text: string; where: string };

/** Every text object, input initial value and (for messages) the top-level `text` of a payload. */
export function textSlots(payload: unknown, where: string): TextSlot[] {
  const out: TextSlot[] = [];
  const walk = (x: unknown, path: string) => {
    if (Array.isArray(x)) {
      for (const [i, item] of x.entries()) walk(item, `${path}[${i}]`);
      return;
    }
    if (!x || typeof x !== "object") return;
    const o = x as Record<string, unknown>;
    if (typeof o.text === "string" && (o.type === "mrkdwn" || o.type === "plain_text"))
      out.push({ kind: o.type === "mrkdwn" ? "mrkdwn" : "plain", text: o.text, where: path });
    if (typeof o.initial_value === "string") out.push({ kind: "plain", text: o.initial_value, where: path });
    for (const [k, v] of Object.entries(o))
      if (k !== "private_metadata" && typeof v === "object") walk(v, `${path}.${k}`);
  };
  walk(payload, where);
  return out;
}

/** The slots of a message: its `text` (parsed like mrkdwn), blocks and attachments. */
function messageSlots(m: { text?: unknown; blocks?: unknown; attachments?: unknown }, where: string): TextSlot[] {
  return [
    ...(typeof m.text === "string" ? [{ kind: "mrkdwn" as const, text: m.text, where: `${where}.text` }] : []),
    ...textSlots(m.blocks, `${where}.blocks`),
    ...textSlots(m.attachments, `${where}.attachments`),
  ];
}

/** Every slot of every successful call the fake Slack recorded, and of every response_url post. */
export function recordedSlots(fake: FakeSlack): TextSlot[] {
  const out: TextSlot[] = [];
  for (const call of fake.calls()) {
    if (!call.response?.ok) continue;
    const a = call.args;
    const where = `${call.method}→${String(a.channel ?? a.channel_id ?? a.user_id ?? a.view_id ?? a.trigger_id ?? "?")}`;
    switch (call.method) {
      case "chat.postMessage":
      case "chat.update":
      case "chat.postEphemeral":
      case "chat.scheduleMessage":
        out.push(...messageSlots(a, where));
        break;
      case "views.open":
      case "views.update":
      case "views.push":
      case "views.publish":
        out.push(...textSlots(a.view, where));
        break;
      case "files.completeUploadExternal":
        if (typeof a.initial_comment === "string")
          out.push({ kind: "mrkdwn", text: a.initial_comment, where: `${where}.initial_comment` });
        break;
      default:
        break;
    }
  }
  for (const r of fake.responses()) if (r.body) out.push(...messageSlots(r.body, `response_url ${r.url}`));
  return out;
}

export type MarkupFinding = { where: string; problem: string; text: string };

/** Raw hostile markup in mrkdwn, or entities in plain_text (shown literally to the reader). */
export function markupFindings(slots: TextSlot[]): MarkupFinding[] {
  const out: MarkupFinding[] = [];
  for (const s of slots) {
    if (s.kind === "mrkdwn") {
      for (const m of HOSTILE_MARKUP)
        if (s.text.includes(m)) out.push({ where: s.where, problem: `raw ${m} in mrkdwn`, text: s.text });
    } else if (/&lt;|&gt;/.test(s.text)) {
      out.push({ where: s.where, problem: "entity in plain_text", text: s.text });
    }
  }
  return out;
}

/** Fails with every finding, where it was and the text around it. */
export function assertNoMarkup(slots: TextSlot[]): void {
  const findings = markupFindings(slots);
  if (findings.length > 0)
    throw new Error(
      `user text reached Slack as markup (${findings.length}):\n${findings
        .slice(0, 25)
        .map((f) => `  ${f.where}: ${f.problem} in ${JSON.stringify(f.text.slice(0, 300))}`)
        .join("\n")}`,
    );
}
