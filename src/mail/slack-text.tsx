import type { ComponentChildren } from "preact";

/**
 * Text a person wrote in Slack's style (*bold*, _italic_, ~strike~, `code`, "> " quotes), turned
 * into mail: the plain-text part keeps it as typed (the markers are the plain-text convention
 * Slack borrowed, and several mail programs show them as emphasis); the HTML part renders them as
 * elements. Everything else is text: `<!channel>`, `<https://…|label>` or `<b>` typed by someone
 * stay visible characters (the template engine escapes them); bare http(s) URLs become links.
 */

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "url"; text: string }
  | { kind: "code"; text: string }
  | { kind: "bold" | "italic" | "strike"; children: Inline[] };

const MARKERS = { "*": "bold", _: "italic", "~": "strike" } as const;

/**
 * A marker opens after the start or a character that is not a letter or digit (so snake_case and
 * 2*3*4 stay as typed), is followed by a non-space, and closes on the same line before a
 * non-letter-or-digit — Slack's rule, which lets Japanese text (no spaces) be emphasised.
 */
const FORMAT =
  /(?<![A-Za-z0-9])([*_~])(?=\S)([^\n]*?\S)\1(?![A-Za-z0-9])|`([^`\n]+)`|(https?:\/\/[^\s<>"'|「」『』（）()、。]+)/g;

/** Splits one paragraph's text into plain runs and formatted runs (one level of nesting inside). */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(FORMAT)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: "text", text: text.slice(last, at) });
    if (m[1] && m[2] !== undefined) {
      const kind = MARKERS[m[1] as keyof typeof MARKERS];
      out.push({ kind, children: depth < 1 ? parseInline(m[2], depth + 1) : [{ kind: "text", text: m[2] }] });
    } else if (m[3] !== undefined) out.push({ kind: "code", text: m[3] });
    else out.push({ kind: "url", text: m[4] as string });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
  return out;
}

function renderInline(runs: Inline[]): ComponentChildren {
  return runs.map((r) => {
    switch (r.kind) {
      case "text":
        return r.text;
      case "url":
        return (
          <a href={r.text} style={{ color: "#0017c1", wordBreak: "break-all" }}>
            {r.text}
          </a>
        );
      case "code":
        return <code style={{ fontFamily: "monospace", background: "#f1f1f4", padding: "0 2px" }}>{r.text}</code>;
      case "bold":
        return <strong>{renderInline(r.children)}</strong>;
      case "italic":
        return <em>{renderInline(r.children)}</em>;
      default:
        return <s>{renderInline(r.children)}</s>;
    }
  });
}

function withBreaks(lines: string[]): ComponentChildren {
  return lines.map((line, i) => (
    <>
      {i > 0 && <br />}
      {renderInline(parseInline(line))}
    </>
  ));
}

/** Paragraphs (split at blank lines) for the HTML part; a paragraph of "> " lines is a quote. */
export function SlackText({ text, style }: { text: string; style: Record<string, string> }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t\u3000]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ""))
    .filter((p) => p.trim() !== "");
  return (
    <>
      {paragraphs.map((p) => {
        const lines = p.split("\n");
        if (lines.every((l) => /^>\s?/.test(l)))
          return (
            <blockquote style={{ ...style, borderLeft: "4px solid #ccc", paddingLeft: "12px", marginLeft: "0" }}>
              {withBreaks(lines.map((l) => l.replace(/^>\s?/, "")))}
            </blockquote>
          );
        return <p style={style}>{withBreaks(lines)}</p>;
      })}
    </>
  );
}

/** The plain-text part: as typed, with line ends normalised and trailing spaces dropped. */
export function slackPlainText(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/, ""));
}
