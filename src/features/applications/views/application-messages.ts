import { formatDayLabel } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import { actions, type Block, button, context, fields, header, section } from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { MATCHING_IDS } from "../../matching/matching-ids.js";
import { APPLICATION_IDS } from "../applications-ids.js";
import type { ApplicationDetail } from "../applications-repository.js";
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
  const ja = locale === "ja";
  return actions(`${place}_${a.id}`, [
    button(ja ? "有効" : "Valid", APPLICATION_IDS.validButton, String(a.id), "primary"),
    button(
      ja ? "無効（理由を入力）" : "Invalid (give a reason)",
      APPLICATION_IDS.invalidButton,
      String(a.id),
      "danger",
    ),
  ]);
}

/** The secretariat channel's message for a new application; without buttons once screened. */
export function applicationReviewMessage(a: ApplicationDetail) {
  const screened = a.status !== "received";
  const status = STATUS_LABELS[a.status as keyof typeof STATUS_LABELS]?.ja ?? a.status;
  const blocks: Block[] = [
    header(screened ? `中小企業の申込み — ${status}` : "中小企業の申込み（審査待ち）"),
    fields(applicationSummaryFields(a, "ja")),
  ];
  const notes = warningNotes(a, "ja");
  if (notes.length > 0) blocks.push(section(notes.map((n) => `:warning: ${n}`).join("\n")));
  blocks.push(
    context([
      `申込番号 #${a.id} ・ 受付日 ${formatDayLabel(a.receivedOn, "ja")}${a.submittedBy ? ` ・ 入力者 <@${a.submittedBy}>` : ""}`,
    ]),
  );
  if (screened) {
    const by = a.screenedBy ? ` — <@${a.screenedBy}>` : "";
    const reason = a.status === "invalid" ? `\n理由: ${invalidReasonText(a.invalidReason, "ja")}` : "";
    blocks.push(section(`*${status}*${by}${reason}`));
    if (a.status === "valid")
      blocks.push(
        actions(`application_next_${a.id}`, [
          button("候補の専門家を提示する", MATCHING_IDS.proposeButton, String(a.id), "primary"),
        ]),
      );
  } else {
    blocks.push(screeningButtons(a, "ja", "application_review"));
  }
  const text = screened
    ? `中小企業の申込み ${applicationTitle(a)}: ${status}`
    : `中小企業の申込み: ${applicationTitle(a)}`;
  return { text, blocks };
}

export function receiptDm(a: ApplicationDetail, locale: Locale) {
  const text =
    locale === "ja"
      ? `${esc(a.company.name)} 様の専門家指導のお申込みを受け付けました（申込番号 #${a.id}、受付日 ${formatDayLabel(a.receivedOn, "ja")}）。事務局で内容を確認し、結果をこのアプリのメッセージでお知らせします。`
      : `We received the application of ${esc(a.company.name)} for expert guidance (application #${a.id}, received ${formatDayLabel(a.receivedOn, "en")}). The secretariat will check it and tell you the result in this app's messages.`;
  return { text, blocks: [section(text)] };
}

export function validDm(a: ApplicationDetail, locale: Locale) {
  const text =
    locale === "ja"
      ? `お申込み（${applicationTitle(a)}）を確認し、有効な申込みとして受け付けました。事務局から指導を担当する専門家の候補をご案内しますので、お待ちください。`
      : `Your application (${applicationTitle(a)}) has been checked and accepted. The secretariat will propose experts to guide you; please wait for their message.`;
  return { text, blocks: [section(text)] };
}

export function invalidDm(a: ApplicationDetail, locale: Locale) {
  const reason = invalidReasonText(a.invalidReason, locale);
  const text =
    locale === "ja"
      ? `申し訳ありませんが、お申込み（${applicationTitle(a)}）は受け付けられませんでした。\n理由: ${reason}\nご不明な点は事務局までお問い合わせください。`
      : `We are sorry: your application (${applicationTitle(a)}) could not be accepted.\nReason: ${reason}\nPlease contact the secretariat with any questions.`;
  return { text, blocks: [section(text)] };
}

/** Slack refuses messages over 50 blocks: a header, two blocks per item and a footer stay below it. */
export const QUEUE_MESSAGE_ITEMS = 20;

/** `/desk queue`: applications waiting for screening, oldest first, each with its buttons. */
export function queueMessage(items: ApplicationDetail[], total: number, locale: Locale) {
  const ja = locale === "ja";
  if (total === 0) {
    const text = ja ? "審査待ちの申込みはありません。" : "No applications are waiting for screening.";
    return { text, blocks: [section(text)] };
  }
  const blocks: Block[] = [
    header(ja ? `審査待ちの申込み（${total}件・古い順）` : `Waiting for screening (${total}, oldest first)`),
  ];
  blocks.push(...queueItems(items, locale, "application_queue"));
  const more = total - items.length;
  if (more > 0)
    blocks.push(
      context([
        ja
          ? `ほか ${more} 件あります。審査すると次の申込みが表示されます。`
          : `${more} more are waiting; screen these to see the next ones.`,
      ]),
    );
  const text = ja ? `審査待ちの申込み: ${total}件` : `Applications waiting for screening: ${total}`;
  return { text, blocks };
}

export function queueItems(items: ApplicationDetail[], locale: Locale, place: string): Block[] {
  return items.flatMap((a) => {
    const notes = warningNotes(a, locale);
    const line = applicationLine(a, locale) + (notes.length > 0 ? `\n:warning: ${notes.join(" / ")}` : "");
    return [section(line), screeningButtons(a, locale, place)];
  });
}
