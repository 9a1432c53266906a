import type { Locale } from "../../../lib/i18n.js";
import { type Block, context, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import type { Announcement } from "../announcements-repository.js";
import type { AudienceCounts } from "../announcements-service.js";
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
  const ja = locale === "ja";
  const from = programName
    ? ja
      ? `${esc(programName)} 事務局からのお知らせ（#${a.id}）`
      : `From the secretariat of ${esc(programName)} (announcement #${a.id})`
    : ja
      ? `事務局からのお知らせ（#${a.id}）`
      : `From the secretariat (announcement #${a.id})`;
  const blocks: Block[] = [
    context([`:mega: ${from}`]),
    header(a.title),
    ...bodySections(a.body),
    context([
      ja
        ? "このお知らせへのご質問は `/desk faq` から事務局にお寄せください。"
        : "Questions about this? Ask the secretariat through `/desk faq`.",
    ]),
  ];
  const text = ja ? `事務局からのお知らせ: ${esc(a.title)}` : `From the secretariat: ${esc(a.title)}`;
  return { text, blocks };
}

/**
 * The count in words: 「Slack DM 120件 / メール 35件」; e-mail recipients not reached because
 * e-mail is not configured are said so, with how to send them later.
 */
export function countsText(c: AudienceCounts, locale: Locale): string {
  const ja = locale === "ja";
  const pending =
    c.emailPending === 0
      ? ""
      : c.emailPending === c.email
        ? ja
          ? "（メール送信が設定されていないため届きません。設定後に desk announce send-pending で送信できます）"
          : " (not reached: e-mail is not configured; send them later with desk announce send-pending)"
        : ja
          ? `（うち ${c.emailPending}件はメール未設定のため未送信）`
          : ` (${c.emailPending} not sent: e-mail is not configured)`;
  const parts = [
    ja ? `Slack DM ${c.slack}件` : `Slack DM: ${c.slack}`,
    ja ? `メール ${c.email}件${pending}` : `e-mail: ${c.email}${pending}`,
  ];
  if (c.unreachable > 0)
    parts.push(ja ? `連絡先なし ${c.unreachable}人（送信されません）` : `no contact: ${c.unreachable} (not sent)`);
  return parts.join(" / ");
}

/** Who, in people: 「専門家 120人・指導先企業 35社」. */
export function peopleText(c: AudienceCounts, locale: Locale): string {
  const ja = locale === "ja";
  const parts: string[] = [];
  if (c.experts > 0) parts.push(ja ? `専門家 ${c.experts}人` : `${c.experts} experts`);
  if (c.smes > 0) parts.push(ja ? `指導先企業 ${c.smes}件` : `${c.smes} SMEs`);
  return parts.join(ja ? "・" : ", ") || (ja ? "0人" : "nobody");
}

/** The short record in the secretariat channel (Japanese, like the channel's other records; counts only). */
export function announcementRecord(
  a: Pick<Announcement, "id" | "title" | "segment" | "segmentParam">,
  counts: AudienceCounts,
  sentBy: string,
) {
  const text = `お知らせ #${a.id}「${esc(a.title)}」を ${peopleText(counts, "ja")} に送信しました（<@${sentBy}>）`;
  return {
    text,
    blocks: [
      section(`:mega: ${text}`),
      context([`宛先: ${esc(segmentText(a.segment, a.segmentParam, "ja"))}`, countsText(counts, "ja")]),
    ],
  };
}
