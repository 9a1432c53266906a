import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, fields, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { MATCHING_IDS } from "../../matching/matching-ids.js";
import { APPLICATION_IDS } from "../applications-ids.js";
import type { ApplicationDetail } from "../applications-repository.js";
import { applicationMessagesTexts } from "./application-messages.texts.js";
import {
  applicationLine,
  applicationSummaryFields,
  applicationTitle,
  invalidReasonText,
  STATUS_LABELS,
  warningNotes,
} from "./application-text.js";

/** Valid / Invalid buttons for one application (block ids differ per application within a message). */
export function screeningButtons(a: ApplicationDetail, locale: Locale, place: string): Block {
  const t = applicationMessagesTexts(locale);
  return actions(`${place}_${a.id}`, [
    button(t.valid, APPLICATION_IDS.validButton, String(a.id), "primary"),
    button(t.invalidButton, APPLICATION_IDS.invalidButton, String(a.id), "danger"),
  ]);
}

/** The secretariat channel's message for a new application (in Japanese); without buttons once screened. */
export function applicationReviewMessage(a: ApplicationDetail) {
  const t = applicationMessagesTexts("ja");
  const screened = a.status !== "received";
  const status = STATUS_LABELS[a.status as keyof typeof STATUS_LABELS]?.ja ?? a.status;
  const blocks: Block[] = [
    header(screened ? t.screenedHeader(status) : t.reviewHeader),
    fields(applicationSummaryFields(a, "ja")),
  ];
  const notes = warningNotes(a, "ja");
  if (notes.length > 0) blocks.push(section(notes.map((n) => `:warning: ${n}`).join("\n")));
  blocks.push(
    context([
      t.reviewContext({ id: a.id, day: formatDayLabel(a.receivedOn, "ja") }) +
        (a.submittedBy ? t.enteredBy(a.submittedBy) : ""),
    ]),
  );
  if (screened) {
    const by = a.screenedBy ? ` — <@${a.screenedBy}>` : "";
    const reason = a.status === "invalid" ? t.reasonLine(invalidReasonText(a.invalidReason, "ja")) : "";
    blocks.push(section(`*${status}*${by}${reason}`));
    if (a.status === "valid")
      blocks.push(
        actions(`application_next_${a.id}`, [
          button(t.proposeButton, MATCHING_IDS.proposeButton, String(a.id), "primary"),
        ]),
      );
  } else {
    blocks.push(screeningButtons(a, "ja", "application_review"));
  }
  const text = screened ? t.screenedText({ title: applicationTitle(a), status }) : t.reviewText(applicationTitle(a));
  return { text, blocks };
}

export function receiptDm(a: ApplicationDetail, locale: Locale) {
  const text = applicationMessagesTexts(locale).receipt({
    company: esc(a.company.name),
    id: a.id,
    day: formatDayLabel(a.receivedOn, locale),
  });
  return { text, blocks: [section(text)] };
}

export function validDm(a: ApplicationDetail, locale: Locale) {
  const text = applicationMessagesTexts(locale).validDm(applicationTitle(a));
  return { text, blocks: [section(text)] };
}

export function invalidDm(a: ApplicationDetail, locale: Locale) {
  const reason = invalidReasonText(a.invalidReason, locale);
  const text = applicationMessagesTexts(locale).invalidDm({ title: applicationTitle(a), reason });
  return { text, blocks: [section(text)] };
}

/** Slack refuses messages over 50 blocks: a header, two blocks per item and a footer stay below it. */
export const QUEUE_MESSAGE_ITEMS = 20;

/** `/desk queue`: applications waiting for screening, oldest first, each with its buttons. */
export function queueMessage(items: ApplicationDetail[], total: number, locale: Locale) {
  const t = applicationMessagesTexts(locale);
  if (total === 0) return { text: t.queueEmpty, blocks: [section(t.queueEmpty)] };
  const blocks: Block[] = [header(t.queueHeader(total))];
  blocks.push(...queueItems(items, locale, "application_queue"));
  const more = total - items.length;
  if (more > 0) blocks.push(context([t.queueMore(more)]));
  return { text: t.queueText(total), blocks };
}

export function queueItems(items: ApplicationDetail[], locale: Locale, place: string): Block[] {
  return items.flatMap((a) => {
    const notes = warningNotes(a, locale);
    const line = applicationLine(a, locale) + (notes.length > 0 ? `\n:warning: ${notes.join(" / ")}` : "");
    return [section(line), screeningButtons(a, locale, place)];
  });
}
