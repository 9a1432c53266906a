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
import { VISIT_IDS, VISIT_TEXT_LIMITS } from "../../visits/visits-ids.js";
import { DELIVERABLE_KINDS } from "../cases.schemas.js";
import type { CaseRecord } from "../cases-repository.js";
import type { Deliverable } from "../deliverables-repository.js";
import { deliverableReviewTexts, deliverableTexts } from "./deliverable-views.texts.js";

const B = VISIT_IDS.blocks;
const V = VISIT_IDS.value;

/** Hand in a deliverable for one case: its kind, a title, and a Slack file or a link. */
export function deliverableModal(locale: Locale, c: CaseRecord): ModalView {
  const t = deliverableTexts(locale);
  return modal({
    callbackId: VISIT_IDS.deliverableModal,
    title: t.modalTitle,
    submit: t.submit,
    close: t.cancel,
    metadata: { caseId: c.id },
    blocks: [
      section(`*${caseTitle(c, locale)}*`),
      input(
        B.kind,
        t.kind,
        staticSelect(
          V,
          DELIVERABLE_KINDS.map((k) => option(deliverableKindLabel(k, locale), k)),
          { placeholder: t.choose },
        ),
      ),
      input(B.title, t.title, textInput(V, { maxLength: VISIT_TEXT_LIMITS.deliverable[B.title] }), {
        optional: true,
      }),
      input(B.file, t.file, { type: "file_input", action_id: V, max_files: 1 }, { optional: true }),
      input(B.url, t.link, { type: "url_text_input", action_id: V }, { optional: true, hint: t.fileOrLink }),
    ],
  });
}

/**
 * The secretariat channel's message for a deliverable; without buttons once decided. In Japanese:
 * it is posted once for the whole channel.
 */
export function deliverableReviewMessage(c: CaseRecord, d: Deliverable, comment?: string | null) {
  const t = deliverableReviewTexts("ja");
  const decided = d.status !== "submitted";
  const status = deliverableStatusLabel(d.status, "ja");
  const kind = deliverableKindLabel(d.kind, "ja");
  const where = d.url ? mrkdwnLink(d.url, t.openLink) : d.fileId ? t.slackFile(esc(d.fileId)) : "—";
  const blocks: Block[] = [
    header(t.head(status)),
    fields([
      `*${t.case}*\n#${c.id} ${esc(c.companyName)}`,
      `*${t.expert}*\n${esc(c.expert.nameKanji)}`,
      `*${t.kind}*\n${kind}`,
      `*${t.title}*\n${d.title ? esc(d.title) : "—"}`,
      `*${t.where}*\n${where}`,
    ]),
  ];
  if (decided) blocks.push(context([`${status} — <@${d.reviewedBy}>${comment ? t.comment(esc(comment)) : ""}`]));
  else
    blocks.push(
      actions(`deliverable_review_${d.id}`, [
        button(t.accept, VISIT_IDS.acceptDeliverableButton, String(d.id), "primary"),
        button(t.return, VISIT_IDS.returnDeliverableButton, String(d.id), "danger"),
      ]),
    );
  return { text: t.text({ status, caseId: c.id, company: esc(c.companyName), kind }), blocks };
}

export function deliverableDecidedDm(c: CaseRecord, d: Deliverable, comment: string | null, locale: Locale) {
  const t = deliverableTexts(locale);
  const what = { title: caseTitle(c, locale), kind: deliverableKindLabel(d.kind, locale) };
  const text = d.status === "accepted" ? t.accepted(what) : t.returned({ ...what, comment: esc(comment ?? "") });
  return { text, blocks: [section(text)] };
}

export function deliverableReturnModal(locale: Locale, d: Deliverable): ModalView {
  const t = deliverableTexts(locale);
  return modal({
    callbackId: VISIT_IDS.deliverableReturnModal,
    title: t.returnTitle,
    submit: t.returnSubmit,
    close: t.cancel,
    metadata: { deliverableId: d.id },
    blocks: [
      section(t.returnWhat({ kind: deliverableKindLabel(d.kind, locale), title: d.title ? esc(d.title) : null })),
      input(
        B.comment,
        t.whatToRevise,
        textInput(V, { multiline: true, maxLength: VISIT_TEXT_LIMITS.returnDeliverable[B.comment] }),
      ),
    ],
  });
}
