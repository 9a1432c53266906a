import { roundLabel } from "../../../domain/curriculum.js";
import { formatSlashDate, formatYen } from "../../../lib/dates.js";
import type { Locale } from "../../../lib/i18n.js";
import {
  actions,
  type Block,
  button,
  context,
  datePicker,
  header,
  input,
  modal,
  section,
  textInput,
} from "../../../slack/blocks.js";
import { esc } from "../../../slack/mrkdwn.js";
import { HONORARIA_IDS, HONORARIA_TEXT_LIMITS } from "../honoraria-ids.js";
import type { LineDetail } from "../honoraria-repository.js";
import { honorariaTexts } from "./honoraria-messages.texts.js";

const B = HONORARIA_IDS.blocks;
const V = HONORARIA_IDS.value;
const MAX_LINES_SHOWN = 30;

function lineText(l: LineDetail, locale: Locale): string {
  const t = honorariaTexts(locale);
  const held = l.heldOn ? formatSlashDate(l.heldOn) : "—";
  const status = l.status === "paid" ? t.paid(l.paidOn ? formatSlashDate(l.paidOn) : "—") : t.payable;
  return `• ${esc(l.companyName)} ${roundLabel(l.round, locale)}（${held}） ${formatYen(l.amountYen, locale)} — ${status}`;
}

/** DM to an expert when a batch pays some of their lines. */
export function paidDm(lines: LineDetail[], paidOn: string, locale: Locale) {
  const t = honorariaTexts(locale);
  const total = lines.reduce((s, l) => s + l.amountYen, 0);
  const head = t.paidHead({ paidOn: formatSlashDate(paidOn), count: lines.length, total: formatYen(total, locale) });
  const detail = lines.slice(0, MAX_LINES_SHOWN).map((l) => lineText(l, locale));
  const blocks: Block[] = [section(`*${head}*`), section(detail.join("\n")), context([t.seeOwn])];
  return { text: head, blocks };
}

/** `/visit honoraria`: an expert's own lines and totals. */
export function ownHonorariaMessage(own: { lines: LineDetail[]; payableYen: number; paidYen: number }, locale: Locale) {
  const t = honorariaTexts(locale);
  const head = t.ownHead;
  const summary = t.ownSummary({
    payable: formatYen(own.payableYen, locale),
    paid: formatYen(own.paidYen, locale),
    total: formatYen(own.payableYen + own.paidYen, locale),
    count: own.lines.length,
  });
  const blocks: Block[] = [header(head), section(summary)];
  if (own.lines.length === 0) blocks.push(section(t.noneYet));
  else {
    const shown = own.lines.slice(-MAX_LINES_SHOWN).map((l) => lineText(l, locale));
    blocks.push(section(shown.join("\n")));
    if (own.lines.length > MAX_LINES_SHOWN) blocks.push(context([t.latest(MAX_LINES_SHOWN)]));
  }
  return { text: `${head}: ${summary.replaceAll("*", "")}`, blocks };
}

/** `/desk honoraria`: what is payable, and the button to pay a batch. */
export function honorariaSummaryMessage(
  summary: {
    totals: { count: number; amountYen: number; experts: number };
    experts: { expertId: number; name: string; count: number; amountYen: number }[];
  },
  locale: Locale,
) {
  const t = honorariaTexts(locale);
  const totals = summary.totals;
  const head = t.summaryHead({
    count: totals.count,
    amount: formatYen(totals.amountYen, locale),
    experts: totals.experts,
  });
  const blocks: Block[] = [section(`*${head}*`)];
  if (summary.experts.length > 0)
    blocks.push(
      section(
        summary.experts
          .map((e) => `• ${esc(e.name)} — ${t.lines(e.count)} ${formatYen(e.amountYen, locale)}`)
          .join("\n"),
      ),
    );
  if (totals.count > 0)
    blocks.push(actions("honoraria_actions", [button(t.markPaidBatch, HONORARIA_IDS.openPayButton, "pay", "primary")]));
  return { text: head, blocks };
}

/** The batch modal: payment date, which experts (none = all), a cut-off day and a note. */
export function payModal(locale: Locale, today: string, totals: { count: number; amountYen: number }) {
  const t = honorariaTexts(locale);
  return modal({
    callbackId: HONORARIA_IDS.payModal,
    title: t.payTitle,
    submit: t.markPaid,
    close: t.cancel,
    metadata: {},
    blocks: [
      section(t.payIntro({ count: totals.count, amount: formatYen(totals.amountYen, locale) })),
      input(B.paidOn, t.paidOn, datePicker(V, today)),
      input(
        B.experts,
        t.experts,
        {
          type: "multi_external_select",
          action_id: HONORARIA_IDS.expertOptions,
          min_query_length: 0,
          placeholder: { type: "plain_text", text: t.searchByName },
        },
        { optional: true, hint: t.expertsHint },
      ),
      input(B.acceptedUntil, t.cutOff, datePicker(V), { optional: true, hint: t.cutOffHint }),
      input(B.note, t.note, textInput(V, { maxLength: HONORARIA_TEXT_LIMITS.pay[B.note] }), { optional: true }),
    ],
  });
}

export function batchResultText(
  r: { batchId: number; lines: LineDetail[]; amountYen: number; experts: number; duplicate: boolean },
  locale: Locale,
) {
  const t = honorariaTexts(locale);
  if (r.duplicate) return t.duplicate(r.batchId);
  return t.batchDone({
    batchId: r.batchId,
    count: r.lines.length,
    amount: formatYen(r.amountYen, locale),
    experts: r.experts,
  });
}
