import { roundLabel } from "../../../../domain/curriculum.js";
import { formatSlashDate, formatYen } from "../../../../lib/dates.js";
import type { Locale } from "../../../../lib/i18n.js";
import {
  actions,
  type Block,
  type Button,
  button,
  context,
  fields,
  header,
  input,
  type ModalView,
  modal,
  section,
  textInput,
} from "../../../../slack/blocks.js";
import { esc, mrkdwnLink } from "../../../../slack/mrkdwn.js";
import { TRAVEL_IDS, TRAVEL_TEXT_LIMITS } from "../travel-ids.js";
import type { TravelExpense, TravelVisit } from "../travel-repository.js";
import { travelTexts } from "./travel-views.texts.js";

const B = TRAVEL_IDS.blocks;
const V = TRAVEL_IDS.value;

type VisitLabel = Pick<TravelVisit, "companyName" | "round" | "heldOn">;

function visitLine(v: VisitLabel, locale: Locale): string {
  return travelTexts(locale).visit({
    company: esc(v.companyName),
    round: roundLabel(v.round, locale),
    heldOn: v.heldOn ? formatSlashDate(v.heldOn) : "—",
  });
}

export function travelStatusLabel(status: string, locale: Locale): string {
  const t = travelTexts(locale);
  if (status === "accepted") return t.statusAccepted;
  if (status === "returned") return t.statusReturned;
  return t.statusSubmitted;
}

/** "交通費 12,340円（承認済み）" for the case page and the expert's list. */
export function travelLine(t: Pick<TravelExpense, "amountYen" | "status">, locale: Locale): string {
  return travelTexts(locale).line({
    amount: formatYen(t.amountYen, locale),
    status: travelStatusLabel(t.status, locale),
  });
}

/**
 * The expert's button for a held visit: claim, or fix a returned claim; none while in review,
 * once accepted, or once the visit's honorarium is paid.
 */
export function travelButton(
  visit: { id: number; round: number; status: string },
  travel: Pick<TravelExpense, "status"> | undefined,
  honorariumStatus: string | null,
  locale: Locale,
): Button | null {
  if (visit.status !== "held" || honorariumStatus === "paid") return null;
  const t = travelTexts(locale);
  const round = roundLabel(visit.round, locale);
  if (!travel) return button(t.button(round), TRAVEL_IDS.openButton, String(visit.id));
  if (travel.status === "returned") return button(t.fixButton(round), TRAVEL_IDS.openButton, String(visit.id));
  return null;
}

/** The claim modal; a returned claim comes back filled in, with the reason on top. */
export function travelModal(
  locale: Locale,
  visit: VisitLabel & { id: number },
  previous: TravelExpense | null,
): ModalView {
  const t = travelTexts(locale);
  const blocks: Block[] = [section(visitLine(visit, locale)), context([t.intro])];
  if (previous?.status === "returned" && previous.returnReason)
    blocks.push(section(t.returnedBecause(esc(previous.returnReason))));
  blocks.push(
    input(
      B.amount,
      t.amount,
      textInput(V, {
        initial: previous ? String(previous.amountYen) : null,
        maxLength: TRAVEL_TEXT_LIMITS.travel[B.amount],
      }),
      { hint: t.amountHint },
    ),
    input(
      B.description,
      t.description,
      textInput(V, {
        initial: previous?.description ?? null,
        multiline: true,
        maxLength: TRAVEL_TEXT_LIMITS.travel[B.description],
      }),
      { hint: t.descriptionHint },
    ),
    input(B.file, t.file, { type: "file_input", action_id: V, max_files: 1 }, { optional: true }),
    input(
      B.url,
      t.link,
      {
        type: "url_text_input",
        action_id: V,
        ...(previous?.receiptUrl ? { initial_value: previous.receiptUrl } : {}),
      },
      { optional: true, hint: t.fileOrLink },
    ),
  );
  return modal({
    callbackId: TRAVEL_IDS.modal,
    title: t.modalTitle,
    submit: previous ? t.resubmit : t.submit,
    close: t.cancel,
    metadata: { visitId: visit.id },
    blocks,
  });
}

/** The secretariat channel's message for a claim; without buttons once decided. In Japanese: one message for everyone. */
export function travelReviewMessage(visit: TravelVisit, e: TravelExpense) {
  const t = travelTexts("ja");
  const status = travelStatusLabel(e.status, "ja");
  const amount = formatYen(e.amountYen, "ja");
  const receipt = e.receiptUrl
    ? mrkdwnLink(e.receiptUrl, t.openLink)
    : e.receiptFileId
      ? t.slackFile(esc(e.receiptFileId))
      : "—";
  const blocks: Block[] = [
    header(t.reviewHead(status)),
    fields([
      `*${t.expert}*\n${esc(visit.expertName)}`,
      `*${t.visitLabel}*\n${visitLine(visit, "ja")}`,
      `*${t.amountLabel}*\n${amount}`,
      `*${t.receipt}*\n${receipt}`,
    ]),
    section(`*${t.route}*\n${esc(e.description)}`),
  ];
  if (e.status === "submitted")
    blocks.push(
      actions(`travel_review_${e.id}`, [
        button(t.accept, TRAVEL_IDS.acceptButton, String(e.id), "primary"),
        button(t.return, TRAVEL_IDS.returnButton, String(e.id), "danger"),
      ]),
    );
  else
    blocks.push(
      context([
        `${t.decidedBy({ status, by: e.reviewedBy ? `<@${e.reviewedBy}>` : "—" })}${e.returnReason ? t.reason(esc(e.returnReason)) : ""}`,
      ]),
    );
  return { text: t.reviewText({ expert: esc(visit.expertName), company: esc(visit.companyName), amount }), blocks };
}

/** DM to the expert when the secretariat decides; a returned claim carries the button to fix it. */
export function travelDecidedDm(visit: TravelVisit, e: TravelExpense, locale: Locale) {
  const t = travelTexts(locale);
  const what = { visit: visitLine(visit, locale), amount: formatYen(e.amountYen, locale) };
  if (e.status === "accepted") {
    const text = t.acceptedDm(what);
    return { text, blocks: [section(text)] };
  }
  const text = t.returnedDm({ ...what, reason: esc(e.returnReason ?? "") });
  const fix = travelButton(visit, e, visit.honorariumStatus, locale);
  return { text, blocks: [section(text), ...(fix ? [actions("travel_fix", [fix])] : [])] };
}

export function travelReturnModal(locale: Locale, visit: TravelVisit, e: TravelExpense): ModalView {
  const t = travelTexts(locale);
  return modal({
    callbackId: TRAVEL_IDS.returnModal,
    title: t.returnTitle,
    submit: t.returnSubmit,
    close: t.cancel,
    metadata: { travelId: e.id },
    blocks: [
      section(t.returnWhat({ expert: esc(visit.expertName), amount: formatYen(e.amountYen, locale) })),
      section(visitLine(visit, locale)),
      input(
        B.reason,
        t.reasonLabel,
        textInput(V, { multiline: true, maxLength: TRAVEL_TEXT_LIMITS.returnTravel[B.reason] }),
      ),
    ],
  });
}
