import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  context,
  fields,
  header,
  input,
  type ModalView,
  modal,
  option,
  section,
  staticSelect,
  textInput,
} from "../../../slack/blocks.js";
import { esc, mrkdwnLink } from "../../../slack/mrkdwn.js";
import { caseTitle } from "../../visits/views/visit-messages.js";
import { deliverableKindLabel, deliverableStatusLabel } from "../../visits/views/visit-text.js";
import { DELIVERABLE_KINDS } from "../../visits/visits.schemas.js";
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../visits/visits-ids.js";
import type { CaseRecord, Deliverable } from "../../visits/visits-repository.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

/** Hand in a deliverable for one case: its kind, a title, and a Slack file or a link. */
export function deliverableModal(locale: Locale, c: CaseRecord): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: VISIT_IDS.deliverableModal,
    title: ja ? "成果物の提出" : "Hand in a deliverable",
    submit: ja ? "提出する" : "Submit",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { caseId: c.id },
    blocks: [
      section(`*${caseTitle(c, locale)}*`),
      input(
        B.kind,
        ja ? "成果物の種類" : "Kind",
        staticSelect(
          V,
          DELIVERABLE_KINDS.map((k) => option(deliverableKindLabel(k, locale), k)),
          { placeholder: ja ? "選択してください" : "Choose" },
        ),
      ),
      input(B.title, ja ? "タイトル" : "Title", textInput(V, { maxLength: VISIT_TEXT_LIMITS.deliverable[B.title] }), {
        optional: true,
      }),
      input(B.file, ja ? "ファイル" : "File", { type: "file_input", action_id: V, max_files: 1 }, { optional: true }),
      input(
        B.url,
        ja ? "リンク（共有ストレージのURLなど）" : "Link (e.g. a shared-storage URL)",
        { type: "url_text_input", action_id: V },
        { optional: true, hint: ja ? "ファイルかリンクのどちらかが必要です。" : "A file or a link is required." },
      ),
    ],
  });
}

/** The secretariat channel's message for a deliverable; without buttons once decided. */
export function deliverableReviewMessage(c: CaseRecord, d: Deliverable, comment?: string | null) {
  const decided = d.status !== "submitted";
  const where = d.url ? mrkdwnLink(d.url, "リンクを開く") : d.fileId ? `Slackファイル ${esc(d.fileId)}` : "—";
  const blocks: Block[] = [
    header(`成果物 — ${deliverableStatusLabel(d.status, "ja")}`),
    fields([
      `*案件*\n#${c.id} ${esc(c.companyName)}`,
      `*専門家*\n${esc(c.expert.nameKanji)}`,
      `*種類*\n${deliverableKindLabel(d.kind, "ja")}`,
      `*タイトル*\n${d.title ? esc(d.title) : "—"}`,
      `*所在*\n${where}`,
    ]),
  ];
  if (decided)
    blocks.push(
      context([
        `${deliverableStatusLabel(d.status, "ja")} — <@${d.reviewedBy}>${comment ? ` ・ コメント: ${esc(comment)}` : ""}`,
      ]),
    );
  else
    blocks.push(
      actions(`deliverable_review_${d.id}`, [
        button("受理する", VISIT_IDS.acceptDeliverableButton, String(d.id), "primary"),
        button("差し戻す（コメントを入力）", VISIT_IDS.returnDeliverableButton, String(d.id), "danger"),
      ]),
    );
  return {
    text: `成果物（${deliverableStatusLabel(d.status, "ja")}）: #${c.id} ${esc(c.companyName)} ${deliverableKindLabel(d.kind, "ja")}`,
    blocks,
  };
}

export function deliverableDecidedDm(c: CaseRecord, d: Deliverable, comment: string | null, locale: Locale) {
  const ja = locale === "ja";
  const kind = deliverableKindLabel(d.kind, locale);
  const text =
    d.status === "accepted"
      ? ja
        ? `${caseTitle(c, "ja")} の成果物「${kind}」が受理されました。`
        : `The ${kind} of ${caseTitle(c, "en")} was accepted.`
      : ja
        ? `${caseTitle(c, "ja")} の成果物「${kind}」が差し戻されました。コメント: ${esc(comment ?? "")}　修正版を「成果物を提出」から提出してください。`
        : `The ${kind} of ${caseTitle(c, "en")} was returned. Comment: ${esc(comment ?? "")}. Hand in a revised one with “Hand in a deliverable”.`;
  return { text, blocks: [section(text)] };
}

export function deliverableReturnModal(locale: Locale, d: Deliverable): ModalView {
  const ja = locale === "ja";
  return modal({
    callbackId: VISIT_IDS.deliverableReturnModal,
    title: ja ? "成果物の差戻し" : "Return a deliverable",
    submit: ja ? "差し戻す" : "Return",
    close: ja ? "キャンセル" : "Cancel",
    metadata: { deliverableId: d.id },
    blocks: [
      section(
        ja
          ? `「${deliverableKindLabel(d.kind, "ja")}」${d.title ? `（${esc(d.title)}）` : ""}を差し戻します。コメントは専門家に届きます。`
          : `Return the ${deliverableKindLabel(d.kind, "en")}${d.title ? ` (${esc(d.title)})` : ""}. The expert receives your comment.`,
      ),
      input(
        B.comment,
        ja ? "修正してほしい点" : "What should be revised",
        textInput(V, { multiline: true, maxLength: VISIT_TEXT_LIMITS.returnDeliverable[B.comment] }),
      ),
    ],
  });
}
