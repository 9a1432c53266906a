import type { Locale } from "../../../lib/i18n.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { Announcement } from "../announcements-repository.js";
import type { AudienceCounts } from "../announcements-service.js";
import { announcementMessageTexts } from "./announcement-messages.texts.js";
import { segmentText } from "./announcement-text.js";

/** Slack's limit for one section's text. */
const SECTION_MAX = 3000;

/**
 * The secretariat's text, escaped (so `<!channel>` or `<@U…>` typed into it never pings; *bold*
 * and _italic_ stay), in sections of at most 3000 characters counted after escaping, cut at a
 * line break where one is near so a paragraph stays whole.
 */
export function bodySections(body: string): Block[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of body.split("\n")) {
    const piece = esc(line);
    const joined = current === "" ? piece : `${current}\n${piece}`;
    if (joined.length <= SECTION_MAX) {
      current = joined;
      continue;
    }
    if (current !== "") chunks.push(current);
    current = "";
    // A single line longer than a section: cut by characters, never inside an entity.
    let piecewise = "";
    for (const ch of line) {
      const e = esc(ch);
      if (piecewise.length + e.length > SECTION_MAX) {
        chunks.push(piecewise);
        piecewise = "";
      }
      piecewise += e;
    }
    current = piecewise;
  }
  if (current !== "") chunks.push(current);
  return chunks.map((c) => section(c));
}

/** What a recipient gets: the app's wording in their language, the secretariat's text as written. */
export function announcementDm(a: Pick<Announcement, "id" | "title" | "body">, locale: Locale, programName: string) {
  const t = announcementMessageTexts(locale);
  const from = programName ? t.fromProgram({ program: esc(programName), id: a.id }) : t.from(a.id);
  const blocks: Block[] = [
    context([`:mega: ${from}`]),
    header(a.title),
    ...bodySections(a.body),
    context([t.questions]),
  ];
  return { text: t.dmText(esc(a.title)), blocks };
}

/**
 * The count in words: 「Slack DM 120件 / メール 35件」; e-mail recipients not reached because
 * e-mail is not configured are said so, with how to send them later.
 */
export function countsText(c: AudienceCounts, locale: Locale): string {
  const t = announcementMessageTexts(locale);
  const pending = c.emailPending === 0 ? "" : c.emailPending === c.email ? t.pendingAll : t.pendingSome(c.emailPending);
  const parts = [t.slack(c.slack), t.email({ count: c.email, pending })];
  if (c.unreachable > 0) parts.push(t.unreachable(c.unreachable));
  return parts.join(" / ");
}

/** Who, in people: 「専門家 120人・指導先企業 35社」. */
export function peopleText(c: AudienceCounts, locale: Locale): string {
  const t = announcementMessageTexts(locale);
  const parts: string[] = [];
  if (c.experts > 0) parts.push(t.experts(c.experts));
  if (c.smes > 0) parts.push(t.smes(c.smes));
  return parts.join(t.peopleSeparator) || t.nobody;
}

/** The short record in the secretariat channel (Japanese, like the channel's other records; counts only). */
export function announcementRecord(
  a: Pick<Announcement, "id" | "title" | "segment" | "segmentParam">,
  counts: AudienceCounts,
  sentBy: string,
) {
  const t = announcementMessageTexts("ja");
  const text = t.record({ id: a.id, title: esc(a.title), people: peopleText(counts, "ja"), by: sentBy });
  return {
    text,
    blocks: [
      section(`:mega: ${text}`),
      context([t.recordSegment(esc(segmentText(a.segment, a.segmentParam, "ja"))), countsText(counts, "ja")]),
    ],
  };
}
