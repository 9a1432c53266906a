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
import type { OwnHonoraria } from "../honoraria-rules.js";
import type { NoticeDelivery } from "../notices/payment-notices.js";
import { honorariaTexts } from "./honoraria-messages.texts.js";

const B = HONORARIA_IDS.blocks;
const V = HONORARIA_IDS.value;
const MAX_LINES_SHOWN = 30;

/** What `/desk honoraria` and App Home show: payable totals, with withholding as a batch would take it now. */
export type PayableSummary = {
  totals: { count: number; amountYen: number; travelYen: number; experts: number };
  experts: {
    expertId: number;
    name: string;
    count: number;
    amountYen: number;
    travelYen: number;
    estimatedWithheldYen: number;
  }[];
  estimatedWithheldYen: number;
  /** Payable lines whose travel waits for review (a batch leaves them for later). */
  travelInReview: number;
};

function lineText(l: LineDetail, locale: Locale): string {
  const t = honorariaTexts(locale);
  const held = l.heldOn ? formatSlashDate(l.heldOn) : "—";
  const yen = (n: number) => formatYen(n, locale);
  const figures =
    l.status === "paid"
      ? t.paidFigures({
          fee: yen(l.amountYen),
          travel: yen(l.travelYen),
          withheld: yen(l.withheldYen),
          net: yen(l.netYen),
        })
      : t.payableFigures({ fee: yen(l.amountYen), travel: yen(l.travelYen) });
  const status = l.status === "paid" ? t.paid(l.paidOn ? formatSlashDate(l.paidOn) : "—") : t.payable;
  return `• ${esc(l.companyName)} ${roundLabel(l.round, locale)}（${held}） ${figures} — ${status}`;
}

/** `/visit honoraria`: an expert's own lines and totals. */
export function ownHonorariaMessage(own: OwnHonoraria, locale: Locale) {
  const t = honorariaTexts(locale);
  const head = t.ownHead;
  const summary = t.ownSummary({
    payable: formatYen(own.payableYen, locale),
    paid: formatYen(own.paidYen, locale),
    total: formatYen(own.payableYen + own.paidYen, locale),
    count: own.lines.length,
  });
  const money = t.ownMoney({
    travel: formatYen(own.travelYen, locale),
    withheld: formatYen(own.withheldYen, locale),
    net: formatYen(own.paidNetYen, locale),
  });
  const blocks: Block[] = [header(head), section(`${summary}\n${money}`)];
  if (own.lines.length === 0) blocks.push(section(t.noneYet));
  else {
    const shown = own.lines.slice(-MAX_LINES_SHOWN).map((l) => lineText(l, locale));
    blocks.push(section(shown.join("\n")));
    if (own.lines.length > MAX_LINES_SHOWN) blocks.push(context([t.latest(MAX_LINES_SHOWN)]));
  }
  blocks.push(context([t.noticeHint]));
  return { text: `${head}: ${summary.replaceAll("*", "")}`, blocks };
}

/** `/desk honoraria`: what is payable, and the button to pay a batch. */
export function honorariaSummaryMessage(summary: PayableSummary, locale: Locale) {
  const t = honorariaTexts(locale);
  const totals = summary.totals;
  const head = t.summaryHead({
    count: totals.count,
    amount: formatYen(totals.amountYen, locale),
    experts: totals.experts,
  });
  const yen = (n: number) => formatYen(n, locale);
  const blocks: Block[] = [
    section(`*${head}*`),
    section(
      t.summaryFigures({
        travel: yen(totals.travelYen),
        withheld: yen(summary.estimatedWithheldYen),
        net: yen(totals.amountYen + totals.travelYen - summary.estimatedWithheldYen),
      }),
    ),
  ];
  if (summary.experts.length > 0)
    blocks.push(
      section(
        summary.experts
          .map(
            (e) =>
              `• ${esc(e.name)} — ${t.lines(e.count)} ${t.expertFigures({ fee: yen(e.amountYen), travel: yen(e.travelYen), withheld: yen(e.estimatedWithheldYen) })}`,
          )
          .join("\n"),
      ),
    );
  if (summary.travelInReview > 0) blocks.push(context([t.travelInReview(summary.travelInReview)]));
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
  r: {
    batchId: number;
    lines: LineDetail[];
    amountYen: number;
    travelYen: number;
    withheldYen: number;
    netYen: number;
    experts: number;
    heldBack: number;
    duplicate: boolean;
    notices: NoticeDelivery;
  },
  locale: Locale,
) {
  const t = honorariaTexts(locale);
  const yen = (n: number) => formatYen(n, locale);
  const out = [
    r.duplicate
      ? t.duplicate(r.batchId)
      : t.batchDone({ batchId: r.batchId, count: r.lines.length, amount: yen(r.amountYen), experts: r.experts }),
    t.batchFigures({ travel: yen(r.travelYen), withheld: yen(r.withheldYen), net: yen(r.netYen) }),
    t.noticesSent({ slack: r.notices.slack, email: r.notices.email }),
  ];
  if (r.notices.unreachable.length > 0) out.push(t.noticesUnreachable(r.notices.unreachable.map(esc).join("、")));
  if (r.heldBack > 0) out.push(t.heldBack(r.heldBack));
  return out.join("\n");
}
